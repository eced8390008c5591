package org.l10nwb.core.glossary;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.xml.SafeXml;

/**
 * Reads TBX glossaries: TBX v3 (ISO 30042:2019, root {@code <tbx>}, {@code conceptEntry} /
 * {@code langSec} / {@code termSec}) in DCA style ({@code <termNote type="administrativeStatus">})
 * and DCT style ({@code <basic:administrativeStatus>}), and TBX 2008 (root {@code <martif>},
 * {@code termEntry} / {@code langSet} / {@code tig} or {@code ntig}).
 *
 * <p>Only what the workbench uses is kept: terms with their status, part of speech, gender and
 * usage note, definitions, subject field and notes at each level. Transactions, cross-references
 * and the header are skipped.
 *
 * <p>Security: a DOCTYPE that only names an external DTD (usual in TBX 2008 files) is accepted
 * and the DTD is never read; a DOCTYPE with an internal subset that declares entities is refused.
 * No entity is ever expanded.
 */
public final class TbxReader {
    public static final String TBX_NS = "urn:iso:std:iso:30042:ed-2";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final XMLInputFactory factory = SafeXml.inputFactory();

    public Glossary read(Path file) {
        return read(file, TextFiles.readBytes(file));
    }

    public Glossary read(Path file, byte[] bytes) {
        SafeXml.checkUtf8(file, bytes);
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            return new Parse(file, r, bytes).glossary();
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(file, e);
        } finally {
            SafeXml.closeQuietly(r);
        }
    }

    /** Whitespace collapsed, NFC: terms and notes as people see them. */
    static String clean(String text) {
        return Normalizer.normalize(text.replaceAll("\\s+", " ").strip(), Normalizer.Form.NFC);
    }

    private static final class Parse {
        private final Path file;
        private final XMLStreamReader r;
        /** The document's bytes, for the DOCTYPE check. */
        private final byte[] bytes;
        private final List<Concept> concepts = new ArrayList<>();
        private String mainLanguage;
        private boolean v3;
        private int anonymous;

        // The entry being read; null outside one.
        private String conceptId;
        private SourcePosition conceptPos;
        private String subjectField;
        private String conceptDefinition;
        private List<String> conceptNotes;
        private List<LanguageSection> sections;

        private String lang;
        private String langDefinition;
        private List<String> langNotes;
        private List<Term> terms;

        private boolean inTerm;
        private String termText;
        private SourcePosition termPos;
        private TermStatus status;
        private String pos;
        private String gender;
        private String usage;
        private List<String> termNotes;

        Parse(Path file, XMLStreamReader r, byte[] bytes) {
            this.file = file;
            this.r = r;
            this.bytes = bytes;
        }

        private SourcePosition here() {
            return SafeXml.position(file, r);
        }

        private WorkbenchException invalid(String message) {
            return new WorkbenchException(here(), message);
        }

        Glossary glossary() throws XMLStreamException {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    if (SafeXml.declaresEntities(r.getText(), bytes, Math.min(bytes.length, 1 << 16))) {
                        throw invalid("the DOCTYPE declares entities; refused (entities are never expanded)");
                    }
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    root();
                    break;
                }
            }
            if (concepts.isEmpty() && mainLanguage == null && !v3) {
                throw new WorkbenchException(SourcePosition.of(file), "empty document, expected <tbx> or <martif>");
            }
            return new Glossary(List.of(file), mainLanguage, concepts);
        }

        private void root() throws XMLStreamException {
            String name = r.getLocalName();
            if ("tbx".equals(name) && TBX_NS.equals(r.getNamespaceURI())) {
                v3 = true;
            } else if (!"martif".equals(name)) {
                throw invalid("root element is <" + name + ">, expected <tbx> (TBX v3, namespace " + TBX_NS
                        + ") or <martif> (TBX 2008)");
            }
            String l = r.getAttributeValue(XML_NS, "lang");
            mainLanguage = l == null ? null : language(l);
            int depth = 1;
            while (depth > 0) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (start()) {
                        depth--;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    end();
                }
            }
            if (concepts.isEmpty()) {
                throw new WorkbenchException(SourcePosition.of(file), "the glossary has no concept entries");
            }
        }

        /** Handles a start tag; answers true when it consumed the whole element. */
        private boolean start() throws XMLStreamException {
            String name = r.getLocalName();
            boolean tbxElement = r.getNamespaceURI() == null || r.getNamespaceURI().isEmpty()
                    || TBX_NS.equals(r.getNamespaceURI());
            if (!tbxElement) {
                // DCT style: the data category is the element name, in the dialect's namespace.
                dataCategory(name, name, elementText());
                return true;
            }
            switch (name) {
                case "tbxHeader", "martifHeader", "back" -> {
                    skip();
                    return true;
                }
                case "conceptEntry", "termEntry" -> startConcept();
                case "langSec", "langSet" -> startLanguage();
                case "termSec", "tig", "ntig" -> startTerm();
                case "term" -> {
                    requireTerm("term");
                    SourcePosition at = here();
                    String text = clean(elementText());
                    if (text.isEmpty()) {
                        throw new WorkbenchException(at, "empty <term>");
                    }
                    termText = text;
                    termPos = at;
                    return true;
                }
                case "termNote", "descrip", "admin" -> {
                    String type = r.getAttributeValue(null, "type");
                    dataCategory(name, type == null ? "" : type, elementText());
                    return true;
                }
                case "note" -> {
                    note(clean(elementText()));
                    return true;
                }
                case "transacGrp", "xref", "ref", "transac", "transacNote", "date" -> {
                    skip();
                    return true;
                }
                default -> {
                    // structural elements (text, body, descripGrp, termGrp, adminGrp…) are walked into
                }
            }
            return false;
        }

        private void end() {
            switch (r.getLocalName()) {
                case "conceptEntry", "termEntry" -> endConcept();
                case "langSec", "langSet" -> endLanguage();
                case "termSec", "tig", "ntig" -> endTerm();
                default -> {
                    // nothing to close
                }
            }
        }

        private void startConcept() {
            if (conceptId != null) {
                throw invalid("<" + r.getLocalName() + "> inside another concept entry");
            }
            String id = r.getAttributeValue(null, "id");
            conceptPos = here();
            if (id == null || id.isBlank()) {
                if (v3) {
                    throw invalid("<conceptEntry> has no id");
                }
                id = "entry-" + (++anonymous);
            }
            conceptId = id.strip();
            subjectField = null;
            conceptDefinition = null;
            conceptNotes = new ArrayList<>();
            sections = new ArrayList<>();
        }

        private void endConcept() {
            concepts.add(new Concept(conceptId, subjectField, conceptDefinition, conceptNotes, sections, conceptPos));
            conceptId = null;
        }

        private void startLanguage() {
            if (conceptId == null) {
                throw invalid("<" + r.getLocalName() + "> outside a concept entry");
            }
            String l = r.getAttributeValue(XML_NS, "lang");
            if (l == null) {
                throw invalid("<" + r.getLocalName() + "> has no xml:lang");
            }
            lang = language(l);
            langDefinition = null;
            langNotes = new ArrayList<>();
            terms = new ArrayList<>();
        }

        private void endLanguage() {
            sections.add(new LanguageSection(lang, langDefinition, langNotes, terms));
            lang = null;
        }

        private void startTerm() {
            if (lang == null) {
                throw invalid("<" + r.getLocalName() + "> outside a language section");
            }
            inTerm = true;
            termText = null;
            termPos = here();
            status = null;
            pos = null;
            gender = null;
            usage = null;
            termNotes = new ArrayList<>();
        }

        private void endTerm() {
            if (termText == null) {
                throw new WorkbenchException(termPos, "<" + r.getLocalName() + "> has no <term>");
            }
            terms.add(new Term(termText, status == null ? TermStatus.ADMITTED : status, pos, gender, usage,
                    termNotes, termPos));
            inTerm = false;
        }

        private void requireTerm(String element) {
            if (!inTerm) {
                throw invalid("<" + element + "> outside a term section");
            }
        }

        private String language(String tag) {
            try {
                return LocaleTag.of(tag).tag();
            } catch (WorkbenchException e) {
                throw invalid(e.getMessage());
            }
        }

        private void dataCategory(String element, String type, String rawText) {
            String text = clean(rawText);
            if (text.isEmpty()) {
                return;
            }
            switch (type) {
                case "administrativeStatus", "normativeAuthorization", "usageStatus" -> {
                    if (inTerm) {
                        TermStatus s = TermStatus.parse(text);
                        if (s == null) {
                            throw invalid("unknown " + type + " '" + text + "'");
                        }
                        status = s;
                    }
                }
                case "partOfSpeech" -> {
                    if (inTerm) {
                        pos = text;
                    }
                }
                case "grammaticalGender" -> {
                    if (inTerm) {
                        gender = text;
                    }
                }
                case "usageNote" -> {
                    if (inTerm) {
                        usage = text;
                    } else {
                        note(text);
                    }
                }
                case "definition" -> {
                    if (lang != null) {
                        langDefinition = text;
                    } else if (conceptId != null) {
                        conceptDefinition = text;
                    }
                }
                case "subjectField" -> {
                    if (conceptId != null) {
                        subjectField = text;
                    }
                }
                case "note" -> note(text);
                default -> {
                    // context, source, customer, termType… are not used by the workbench
                }
            }
        }

        private void note(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (inTerm) {
                termNotes.add(text);
            } else if (lang != null) {
                langNotes.add(text);
            } else if (conceptId != null) {
                conceptNotes.add(text);
            }
        }

        /** The text of the current element and its descendants; leaves the reader on its end tag. */
        private String elementText() throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> depth++;
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            sb.append(r.getText());
                    default -> {
                        // comments and processing instructions are not text
                    }
                }
            }
            return sb.toString();
        }

        private void skip() throws XMLStreamException {
            elementText();
        }
    }
}
