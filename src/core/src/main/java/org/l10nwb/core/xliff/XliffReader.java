package org.l10nwb.core.xliff;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.l10nwb.core.xml.XmlText;
import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xml.SafeXml;

/**
 * Reads XLIFF 1.2 into the workbench model, with the line and column of every unit and target.
 *
 * <p>Written on the JDK's StAX parser rather than through Okapi's XLIFF filter because checks and
 * the translator's shell need positions in the file ({@code article.xlf:42:7}) and an exact model
 * of segments, states and notes, which the filter's event stream does not keep. The parser is
 * hardened: a document type declaration is refused outright, so no entity, internal or external,
 * is ever expanded.
 */
public final class XliffReader {
    public static final String NS = "urn:oasis:names:tc:xliff:document:1.2";
    private static final Set<String> INLINE_STANDALONE = Set.of("x", "bx", "ex", "ph", "bpt", "ept", "it");

    private final XMLInputFactory factory;

    public XliffReader() {
        factory = SafeXml.inputFactory();
    }

    /** Reads a file; every problem becomes a one-line {@link WorkbenchException} naming it. */
    public XliffDocument read(Path file) {
        return read(file, TextFiles.readBytes(file));
    }

    /** Reads XLIFF bytes; {@code file} is used in messages and positions. */
    public XliffDocument read(Path file, byte[] bytes) {
        SafeXml.checkUtf8(file, bytes);
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            return new Parse(file, r).document();
        } catch (XMLStreamException e) {
            throw malformed(file, e);
        } finally {
            SafeXml.closeQuietly(r);
        }
    }

    /**
     * Parses XLIFF 1.2 inline markup (text with {@code <g>}, {@code <x/>}, {@code <ph>}…) into a
     * fragment. Used by format adapters that produce XLIFF inline markup for extracted text.
     */
    public Fragment parseInline(String markup) {
        String wrapped = "<source xmlns=\"" + NS + "\">" + markup + "</source>";
        Path where = Path.of("<inline>");
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new java.io.StringReader(wrapped));
            r.nextTag();
            List<Run> runs = new ArrayList<>();
            new Parse(where, r).inline(runs);
            return Fragment.of(runs);
        } catch (XMLStreamException e) {
            throw malformed(where, e);
        } finally {
            SafeXml.closeQuietly(r);
        }
    }

    static WorkbenchException malformed(Path file, XMLStreamException e) {
        return SafeXml.malformed(file, e);
    }

    /** One parse of one document. */
    private static final class Parse {
        private final Path file;
        private final XMLStreamReader r;

        Parse(Path file, XMLStreamReader r) {
            this.file = file;
            this.r = r;
        }

        private SourcePosition here() {
            Location loc = r.getLocation();
            return SourcePosition.of(file, loc.getLineNumber(), loc.getColumnNumber());
        }

        private WorkbenchException invalid(String message) {
            return new WorkbenchException(here(), message);
        }

        XliffDocument document() throws XMLStreamException {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw invalid("DOCTYPE declarations are not allowed in XLIFF (entities are never expanded)");
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    return xliff();
                }
            }
            throw new WorkbenchException(SourcePosition.of(file), "empty document, expected <xliff>");
        }

        private XliffDocument xliff() throws XMLStreamException {
            if (!"xliff".equals(r.getLocalName())) {
                throw invalid("root element is <" + r.getLocalName() + ">, expected <xliff>");
            }
            String version = r.getAttributeValue(null, "version");
            if (!NS.equals(r.getNamespaceURI()) || !"1.2".equals(version)) {
                throw invalid("only XLIFF 1.2 is supported (namespace " + NS + ", version=\"1.2\"); found "
                        + (r.getNamespaceURI() == null ? "no namespace" : r.getNamespaceURI())
                        + (version == null ? "" : ", version=\"" + version + "\""));
            }
            List<XliffFile> files = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (isXliff("file")) {
                    files.add(file());
                } else {
                    skipElement();
                }
            }
            drainToEnd();
            if (files.isEmpty()) {
                throw new WorkbenchException(SourcePosition.of(file), "no <file> element");
            }
            return new XliffDocument(files);
        }

        private XliffFile file() throws XMLStreamException {
            Map<String, String> attrs = attributes();
            String original = attrs.remove("original");
            String datatype = attrs.remove("datatype");
            String srcLang = attrs.remove("source-language");
            String trgLang = attrs.remove("target-language");
            if (original == null) {
                throw invalid("<file> has no 'original' attribute");
            }
            if (srcLang == null || srcLang.isBlank()) {
                throw invalid("<file> has no 'source-language' attribute");
            }
            List<TransUnit> units = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (isXliff("body")) {
                    body(units, ids);
                } else {
                    skipElement();
                }
            }
            return new XliffFile(original, datatype == null ? "plaintext" : datatype, srcLang, trgLang, attrs, units);
        }

        private void body(List<TransUnit> units, Set<String> ids) throws XMLStreamException {
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (isXliff("group")) {
                    body(units, ids);
                } else if (isXliff("trans-unit")) {
                    TransUnit tu = transUnit();
                    if (!ids.add(tu.id())) {
                        throw new WorkbenchException(tu.position(), "duplicate trans-unit id '" + tu.id() + "'");
                    }
                    units.add(tu);
                } else {
                    skipElement();
                }
            }
        }

        private TransUnit transUnit() throws XMLStreamException {
            SourcePosition position = here();
            Map<String, String> attrs = attributes();
            String id = attrs.remove("id");
            attrs.remove("xml:space");
            if (id == null || id.isBlank()) {
                throw new WorkbenchException(position, "<trans-unit> has no 'id' attribute");
            }
            Content source = null;
            Content segSource = null;
            Content target = null;
            TargetState state = null;
            String qualifier = null;
            SourcePosition targetPosition = null;
            List<Note> notes = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (isXliff("source")) {
                    source = container("source");
                } else if (isXliff("seg-source")) {
                    segSource = container("seg-source");
                } else if (isXliff("target")) {
                    String s = r.getAttributeValue(null, "state");
                    if (s != null) {
                        if (!TargetState.isValid(s)) {
                            throw invalid("unknown target state '" + s + "' in unit '" + id + "'");
                        }
                        state = new TargetState(s);
                    }
                    qualifier = r.getAttributeValue(null, "state-qualifier");
                    targetPosition = here();
                    target = container("target");
                } else if (isXliff("note")) {
                    String from = r.getAttributeValue(null, "from");
                    String annotates = r.getAttributeValue(null, "annotates");
                    notes.add(new Note(from, annotates, r.getElementText()));
                } else {
                    skipElement();
                }
            }
            if (source == null) {
                throw new WorkbenchException(position, "<trans-unit id=\"" + id + "\"> has no <source>");
            }
            boolean segmented = segSource != null && !segSource.segments().isEmpty();
            Content src = segmented ? segSource : Content.single("1", source.joined());
            Content trg = null;
            if (target != null) {
                if (segmented && !target.segments().isEmpty()) {
                    trg = target;
                } else if (segmented) {
                    // A target without segment markers for a segmented source: keep it whole,
                    // attached to the first segment, so nothing the translator wrote is lost.
                    trg = target;
                } else {
                    trg = Content.single("1", target.joined());
                }
            }
            return new TransUnit(id, src, trg, state, qualifier, segmented, attrs, notes, position, targetPosition);
        }

        /**
         * Reads {@code <source>}, {@code <seg-source>} or {@code <target>}: segments are the
         * {@code <mrk mtype="seg">} children; everything else is material between segments.
         */
        private Content container(String name) throws XMLStreamException {
            List<Part> parts = new ArrayList<>();
            List<Run> between = new ArrayList<>();
            while (true) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (ev == XMLStreamConstants.START_ELEMENT && isXliff("mrk")
                        && "seg".equals(r.getAttributeValue(null, "mtype"))) {
                    if (!between.isEmpty()) {
                        parts.add(Part.between(Fragment.of(between)));
                        between.clear();
                    }
                    String mid = r.getAttributeValue(null, "mid");
                    if (mid == null) {
                        mid = Integer.toString(parts.size() + 1);
                    }
                    List<Run> runs = new ArrayList<>();
                    inline(runs);
                    parts.add(Part.segment(mid, Fragment.of(runs)));
                } else {
                    inlineEvent(ev, between);
                }
            }
            if (!between.isEmpty()) {
                parts.add(Part.between(Fragment.of(between)));
            }
            if (parts.stream().noneMatch(Part::isSegment)) {
                // no segment markers at all: the whole content is one segment
                Fragment all = new Content(parts).joined();
                return new Content(List.of(Part.segment("1", all)));
            }
            return new Content(parts);
        }

        /** Inline content up to the end of the current element. */
        private void inline(List<Run> out) throws XMLStreamException {
            while (true) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    return;
                }
                inlineEvent(ev, out);
            }
        }

        private void inlineEvent(int ev, List<Run> out) throws XMLStreamException {
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        out.add(new Run.Text(r.getText()));
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw invalid("undeclared entity '&" + r.getLocalName() + ";'");
                case XMLStreamConstants.START_ELEMENT -> inlineElement(out);
                default -> {
                    // comments and processing instructions inside content carry no text
                }
            }
        }

        private void inlineElement(List<Run> out) throws XMLStreamException {
            String name = r.getLocalName();
            String id = valueOr(r.getAttributeValue(null, "id"), valueOr(r.getAttributeValue(null, "mid"), ""));
            if (INLINE_STANDALONE.contains(name)) {
                StringBuilder xml = new StringBuilder();
                serializeElement(xml);
                out.add(new Run.Code(Run.CodeKind.STANDALONE, name, id, xml.toString()));
            } else if (name.equals("g") || name.equals("mrk")) {
                StringBuilder start = new StringBuilder();
                startTag(start, false);
                out.add(new Run.Code(Run.CodeKind.OPENING, name, id, start.toString()));
                inline(out);
                out.add(new Run.Code(Run.CodeKind.CLOSING, name, id, "</" + name + ">"));
            } else {
                throw invalid("unexpected <" + name + "> inside text content");
            }
        }

        /** The current element and everything in it, as canonical markup. */
        private void serializeElement(StringBuilder sb) throws XMLStreamException {
            String name = r.getLocalName();
            startTag(sb, false);
            int mark = sb.length();
            boolean empty = true;
            while (true) {
                int ev = r.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                        || ev == XMLStreamConstants.SPACE) {
                    XmlText.escapeText(r.getText(), sb);
                    empty = false;
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    serializeElement(sb);
                    empty = false;
                }
            }
            if (empty) {
                sb.setLength(mark - 1);
                sb.append("/>");
            } else {
                sb.append("</").append(name).append('>');
            }
        }

        private void startTag(StringBuilder sb, boolean close) {
            sb.append('<').append(r.getLocalName());
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String prefix = r.getAttributePrefix(i);
                sb.append(' ');
                if (prefix != null && !prefix.isEmpty()) {
                    sb.append(prefix).append(':');
                }
                sb.append(r.getAttributeLocalName(i)).append("=\"");
                XmlText.escapeAttribute(r.getAttributeValue(i), sb);
                sb.append('"');
            }
            for (int i = 0; i < r.getNamespaceCount(); i++) {
                String prefix = r.getNamespacePrefix(i);
                if (prefix != null && !prefix.isEmpty() && !"xml".equals(prefix)) {
                    sb.append(" xmlns:").append(prefix).append("=\"");
                    XmlText.escapeAttribute(r.getNamespaceURI(i), sb);
                    sb.append('"');
                }
            }
            sb.append(close ? "/>" : ">");
        }

        private Map<String, String> attributes() {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String prefix = r.getAttributePrefix(i);
                String name = r.getAttributeLocalName(i);
                if (prefix != null && !prefix.isEmpty()) {
                    if (!"xml".equals(prefix)) {
                        continue; // extension attributes of other tools are not kept
                    }
                    name = "xml:" + name;
                }
                attrs.put(name, r.getAttributeValue(i));
            }
            return attrs;
        }

        private boolean isXliff(String name) {
            return name.equals(r.getLocalName()) && NS.equals(r.getNamespaceURI());
        }

        /** Next start or end element, skipping whitespace, comments and foreign text. */
        private int nextTag() throws XMLStreamException {
            while (true) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT) {
                    return ev;
                }
                if (ev == XMLStreamConstants.END_DOCUMENT) {
                    throw invalid("unexpected end of document");
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw invalid("undeclared entity '&" + r.getLocalName() + ";'");
                }
            }
        }

        private void skipElement() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private void drainToEnd() throws XMLStreamException {
            while (r.hasNext()) {
                r.next();
            }
        }

        private static String valueOr(String v, String fallback) {
            return v == null ? fallback : v;
        }
    }
}
