package org.l10nwb.core.glossary;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.xml.XmlCursor;

/**
 * Reads TBX glossaries: TBX v3 (ISO 30042:2019, root {@code <tbx>}, {@code conceptEntry} /
 * {@code langSec} / {@code termSec}) in DCA style ({@code <termNote type="administrativeStatus">})
 * and DCT style ({@code <basic:administrativeStatus>}), and TBX 2008 (root {@code <martif>},
 * {@code termEntry} / {@code langSet} / {@code tig} or {@code ntig}).
 *
 * <p>What the workbench uses is read into the model (terms with their status, part of speech,
 * gender and usage note, inflection hints ({@code termNote} types {@value #INFLECTION} and
 * {@value #INFLECTED_FORM}, or the notes an export writes for them), definitions, subject field and notes at each level); every other data
 * category (context sentences, sources, term types, geographical usage, cross-references,
 * transactions with their dates and responsibility…) is kept as a {@link DataCategory} at its
 * level, so that an export keeps it. The header is skipped. An empty {@code <term>} is a warning
 * ({@link Glossary#warnings}) and the term is left out: one blank cell in a large export must not
 * make the whole glossary unusable.
 *
 * <p>Security: a DOCTYPE that only names an external DTD (usual in TBX 2008 files) is accepted
 * and the DTD is never read; a DOCTYPE with an internal subset that declares entities is refused.
 * No entity is ever expanded.
 */
public final class TbxReader {
    public static final String TBX_NS = "urn:iso:std:iso:30042:ed-2";
    /** The {@code termNote} type of a term's inflection hint ({@link Inflection}). */
    public static final String INFLECTION = "x-inflection";
    /** The {@code termNote} type of a form of a term given by the glossary; repeatable. */
    public static final String INFLECTED_FORM = "x-inflectedForm";

    public Glossary read(Path file) {
        return read(file, TextFiles.readBytes(file, org.l10nwb.core.io.InputKind.GLOSSARY, org.l10nwb.core.io.InputLimits.DEFAULTS));
    }

    public Glossary read(Path file, byte[] bytes) {
        try (XmlCursor x = XmlCursor.open(file, bytes)) {
            return new Parse(x).glossary();
        }
    }

    /** Whitespace collapsed, NFC: terms and notes as people see them. */
    static String clean(String text) {
        String collapsed = singleSpaced(text) ? text : WHITE_SPACE.matcher(text).replaceAll(" ");
        String s = collapsed.strip();
        return composed(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /** Whether {@code \\s+} would change nothing: no white space but single spaces (most terms). */
    private static boolean singleSpaced(String text) {
        char before = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || (c == ' ' && before == ' ')) {
                return false;
            }
            before = c;
        }
        return true;
    }

    /**
     * Whether the text is NFC for sure without normalising it: every character is of a range that
     * has neither combining marks nor characters NFC replaces (Latin below U+0300, Cyrillic without
     * its combining marks, Georgian), as terms of the languages served mostly are.
     */
    private static boolean composed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c < 0x300 || (c >= 0x400 && c < 0x483) || (c >= 0x48A && c < 0x530)
                    || (c >= 0x10A0 && c < 0x1100);
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    private static final class Parse {
        private final XmlCursor x;
        private final List<Concept> concepts = new ArrayList<>();
        private final List<Glossary.Warning> warnings = new ArrayList<>();
        private List<DataCategory> conceptExtra;
        private List<DataCategory> langExtra;
        private List<DataCategory> termExtra;
        private boolean emptyTerm;
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
        private String inflection;
        private List<String> inflectedForms;

        Parse(XmlCursor x) {
            this.x = x;
        }

        Glossary glossary() {
            if (!x.toRoot("TBX", true)) {
                throw WorkbenchException.inFile(x.file(), "empty document, expected <tbx> or <martif>");
            }
            root();
            return new Glossary(List.of(x.file()), mainLanguage, concepts, warnings);
        }

        private void root() {
            String name = x.localName();
            if ("tbx".equals(name) && TBX_NS.equals(x.namespace())) {
                v3 = true;
            } else if (!"martif".equals(name)) {
                throw x.error("root element is <" + name + ">, expected <tbx> (TBX v3, namespace " + TBX_NS
                        + ") or <martif> (TBX 2008)");
            }
            String l = x.attribute(XMLConstants.XML_NS_URI, "lang");
            mainLanguage = l == null ? null : language(l);
            int depth = 1;
            while (depth > 0) {
                int ev = x.next();
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
                throw WorkbenchException.inFile(x.file(), "the glossary has no concept entries");
            }
        }

        /** Handles a start tag; answers true when it consumed the whole element. */
        private boolean start() {
            String name = x.localName();
            String ns = x.namespace();
            boolean tbxElement = ns == null || ns.isEmpty() || TBX_NS.equals(ns);
            if (!tbxElement) {
                // DCT style: the data category is the element name, in the dialect's namespace.
                String element = TbxBasic.dcaElement(name);
                String target = x.attribute("target");
                dataCategory(element == null ? name : element, name, x.textWithin(), target);
                return true;
            }
            switch (name) {
                case "tbxHeader", "martifHeader", "back" -> {
                    x.skipElement();
                    return true;
                }
                case "conceptEntry", "termEntry" -> startConcept();
                case "langSec", "langSet" -> startLanguage();
                case "termSec", "tig", "ntig" -> startTerm();
                case "term" -> {
                    requireTerm("term");
                    SourcePosition at = x.position();
                    String text = clean(x.textWithin());
                    if (text.isEmpty()) {
                        warnings.add(new Glossary.Warning(at, "empty <term>; the term is left out"));
                        emptyTerm = true;
                        return true;
                    }
                    termText = text;
                    termPos = at;
                    return true;
                }
                case "termNote", "descrip", "admin", "ref", "xref", "transac", "transacNote", "date" -> {
                    String type = x.attribute("type");
                    String target = x.attribute("target");
                    dataCategory(name, type == null ? "" : type, x.textWithin(), target);
                    return true;
                }
                case "note" -> {
                    note(clean(x.textWithin()));
                    return true;
                }
                case "transacGrp" -> {
                    transactionGroup();
                    return true;
                }
                default -> {
                    // structural elements (text, body, descripGrp, termGrp, adminGrp…) are walked into
                }
            }
            return false;
        }

        private void end() {
            switch (x.localName()) {
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
                throw x.error("<" + x.localName() + "> inside another concept entry");
            }
            String id = x.attribute("id");
            conceptPos = x.position();
            if (id == null || id.isBlank()) {
                if (v3) {
                    throw x.error("<conceptEntry> has no id");
                }
                id = "entry-" + (++anonymous);
            }
            conceptId = id.strip();
            subjectField = null;
            conceptDefinition = null;
            conceptNotes = new ArrayList<>();
            conceptExtra = new ArrayList<>();
            sections = new ArrayList<>();
        }

        private void endConcept() {
            concepts.add(new Concept(conceptId, subjectField, conceptDefinition, conceptNotes, sections, conceptPos,
                    conceptExtra));
            conceptId = null;
        }

        private void startLanguage() {
            if (conceptId == null) {
                throw x.error("<" + x.localName() + "> outside a concept entry");
            }
            if (lang != null) {
                // well-formed but not TBX; the inner section's end would leave the outer one without a language
                throw x.error("<" + x.localName() + "> inside a language section");
            }
            String l = x.attribute(XMLConstants.XML_NS_URI, "lang");
            if (l == null) {
                throw x.error("<" + x.localName() + "> has no xml:lang");
            }
            lang = language(l);
            langDefinition = null;
            langNotes = new ArrayList<>();
            langExtra = new ArrayList<>();
            terms = new ArrayList<>();
        }

        private void endLanguage() {
            sections.add(new LanguageSection(lang, langDefinition, langNotes, terms, langExtra));
            lang = null;
        }

        private void startTerm() {
            if (lang == null) {
                throw x.error("<" + x.localName() + "> outside a language section");
            }
            if (inTerm) {
                throw x.error("<" + x.localName() + "> inside a term section");
            }
            inTerm = true;
            termText = null;
            termPos = x.position();
            status = null;
            pos = null;
            gender = null;
            usage = null;
            termNotes = new ArrayList<>();
            termExtra = new ArrayList<>();
            emptyTerm = false;
            inflection = null;
            inflectedForms = new ArrayList<>();
        }

        private void endTerm() {
            if (termText == null && emptyTerm) {
                inTerm = false;
                return;
            }
            if (termText == null) {
                throw new WorkbenchException(termPos, "<" + x.localName() + "> has no <term>");
            }
            terms.add(new Term(termText, status == null ? TermStatus.ADMITTED : status, pos, gender, usage,
                    termNotes, termPos, termExtra, inflection, inflectedForms));
            inTerm = false;
        }

        private void requireTerm(String element) {
            if (!inTerm) {
                throw x.error("<" + element + "> outside a term section");
            }
        }

        private String language(String tag) {
            String known = languageTags.get(tag);
            if (known != null) {
                return known;
            }
            try {
                String canonical = LocaleTag.of(tag).tag();
                languageTags.put(tag, canonical);
                return canonical;
            } catch (WorkbenchException e) {
                throw x.error(e.getMessage());
            }
        }

        /** Tag as written → its canonical form: a glossary names a few languages in every concept. */
        private final java.util.Map<String, String> languageTags = new java.util.HashMap<>();

        /** A {@code transacGrp}: its transaction, date, responsibility and notes, kept together. */
        private void transactionGroup() {
            List<DataCategory> parts = new ArrayList<>();
            int depth = 1;
            while (depth > 0) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = x.localName();
                    String ns = x.namespace();
                    boolean dct = ns != null && !ns.isEmpty() && !TBX_NS.equals(ns);
                    String element = dct ? TbxBasic.dcaElement(name) : name;
                    String type = dct ? name : x.attribute("type");
                    String target = x.attribute("target");
                    String value = clean(x.textWithin());
                    DataCategory kept = "note".equals(name) ? TbxWriter.kept(value) : null;
                    if (kept != null && kept.element().equals("transac")) {
                        // the original transaction type the export kept beside Basic's value
                        parts.replaceAll(p -> p.element().equals("transac") ? kept : p);
                        continue;
                    }
                    if (kept != null) {
                        parts.add(kept);
                        continue;
                    }
                    parts.add(new DataCategory(element == null ? name : element, type, value, target, List.of()));
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            extra(new DataCategory("transacGrp", "", "", null, parts));
        }

        private void extra(DataCategory d) {
            if (inTerm) {
                termExtra.add(d);
            } else if (lang != null) {
                langExtra.add(d);
            } else if (conceptId != null) {
                conceptExtra.add(d);
            }
        }

        private void dataCategory(String element, String type, String rawText, String target) {
            String text = clean(rawText);
            if (text.isEmpty() && target == null) {
                return;
            }
            switch (type) {
                case "administrativeStatus", "normativeAuthorization", "usageStatus" -> {
                    if (inTerm) {
                        TermStatus s = TermStatus.parse(text);
                        if (s == null) {
                            throw x.error("unknown " + type + " '" + text + "'");
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
                // the workbench's private data categories (docs/glossary.md); DCT style by local name
                case INFLECTION, "inflection" -> {
                    if (inTerm) {
                        inflection = text;
                    }
                }
                case INFLECTED_FORM, "inflectedForm" -> {
                    if (inTerm && !inflectedForms.contains(text)) {
                        inflectedForms.add(text);
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
                default -> extra(new DataCategory(element, type, text, target, List.of()));
            }
        }

        private void note(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (inTerm && text.startsWith(TbxWriter.ORIGINAL_PART_OF_SPEECH)) {
                // written by the export where TBX-Basic has no such part of speech: the original comes back
                pos = text.substring(TbxWriter.ORIGINAL_PART_OF_SPEECH.length());
                return;
            }
            if (inTerm && text.startsWith(INFLECTION + ": ") && inflection == null) {
                // the export keeps the workbench's inflection hints as notes: TBX-Basic has no such termNote
                inflection = text.substring(INFLECTION.length() + 2);
                return;
            }
            if (inTerm && text.startsWith(INFLECTED_FORM + ": ")) {
                String form = text.substring(INFLECTED_FORM.length() + 2);
                if (!inflectedForms.contains(form)) {
                    inflectedForms.add(form);
                }
                return;
            }
            if (inTerm && text.startsWith(TbxWriter.USAGE_NOTE) && usage == null) {
                usage = text.substring(TbxWriter.USAGE_NOTE.length());
                return;
            }
            DataCategory kept = TbxWriter.kept(text);
            if (kept != null) {
                // a data category the export could only keep as a note
                if (inTerm && kept.type().equals("grammaticalGender") && gender == null) {
                    gender = kept.value();
                } else {
                    extra(kept);
                }
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

    }
}
