package org.l10nwb.core.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;

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
import org.l10nwb.core.xml.XmlCursor;
import org.l10nwb.core.xml.XmlText;

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
    /**
     * The namespaces XLIFF 1.x documents are written in: 1.2's, 1.1's, the 1.0 namespace some
     * tools declare, and none at all (XLIFF 1.0 was defined by a DTD, and some tools write 1.2
     * without its namespace).
     */
    private static final Set<String> NAMESPACES = Set.of(NS, "urn:oasis:names:tc:xliff:document:1.1",
            "urn:oasis:names:tc:xliff:document:1.0", "");
    private static final Set<String> VERSIONS = Set.of("1.0", "1.1", "1.2");
    /**
     * The workbench's own namespace, for what XLIFF 1.2 has no place for: {@code wb:state} on a
     * target's {@code <mrk mtype="seg">} is the state of that one segment (XLIFF 1.2 states are
     * per unit). The strict schema admits attributes of other namespaces on {@code <mrk>}.
     */
    public static final String WB_NS = "urn:l10nwb:xliff:1.2-extensions";
    private static final Set<String> INLINE_STANDALONE = Set.of("x", "bx", "ex", "ph", "bpt", "ept", "it");

    /** Reads a file; every problem becomes a one-line {@link WorkbenchException} naming it. */
    public XliffDocument read(Path file) {
        return read(file, TextFiles.readBytes(file, org.l10nwb.core.io.InputKind.XLIFF, org.l10nwb.core.io.InputLimits.DEFAULTS));
    }

    /** Reads XLIFF bytes; {@code file} is used in messages and positions. */
    public XliffDocument read(Path file, byte[] bytes) {
        List<XliffFile> files = new ArrayList<>();
        List<List<TransUnit>> units = new ArrayList<>();
        stream(file, bytes, new Units() {
            @Override
            public void file(XliffFile header) {
                files.add(header);
                units.add(new ArrayList<>());
            }

            @Override
            public void unit(TransUnit unit) {
                units.get(units.size() - 1).add(unit);
            }
        });
        List<XliffFile> whole = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            whole.add(files.get(i).withUnits(units.get(i)));
        }
        return new XliffDocument(whole);
    }

    /**
     * Where a streamed read puts what it reads: each {@code <file>} (its attributes, no units)
     * before its units, then its units one by one in document order.
     */
    public interface Units {
        void file(XliffFile header);

        void unit(TransUnit unit);
    }

    /**
     * Reads XLIFF bytes unit by unit, handing each to {@code sink} as soon as it is read, so that
     * a check of a large file holds one unit's model at a time, not the file's. The same checks
     * as {@link #read(Path, byte[])}, which is this with a sink that keeps everything; a problem
     * is thrown where it is found, after the units before it were handed on.
     */
    public void stream(Path file, byte[] bytes, Units sink) {
        stream(file, bytes, sink, false);
    }

    /** {@link #stream}; {@code textChecked}: the same bytes passed the UTF-8 and control character checks before. */
    public void stream(Path file, byte[] bytes, Units sink, boolean textChecked) {
        try (XmlCursor x = textChecked ? XmlCursor.openChecked(file, bytes) : XmlCursor.open(file, bytes)) {
            new Parse(x, sink).document();
        }
    }

    /**
     * Parses XLIFF 1.2 inline markup (text with {@code <g>}, {@code <x/>}, {@code <ph>}…) into a
     * fragment. Used by format adapters that produce XLIFF inline markup for extracted text.
     */
    public Fragment parseInline(String markup) {
        String wrapped = "<source xmlns=\"" + NS + "\">" + markup + "</source>";
        try (XmlCursor x = XmlCursor.ofMarkup(Path.of("<inline>"), wrapped)) {
            x.nextTag();
            List<Run> runs = new ArrayList<>();
            new Parse(x, null).inline(runs);
            return Fragment.of(runs);
        }
    }

    /** One parse of one document. */
    private static final class Parse {
        private final XmlCursor x;
        /** The XLIFF namespace of this document ("" for none): the one its elements are matched in. */
        private String ns = NS;
        private final Units sink;

        Parse(XmlCursor x, Units sink) {
            this.x = x;
            this.sink = sink;
        }

        void document() {
            if (!x.toRoot("XLIFF", false)) {
                throw WorkbenchException.inFile(x.file(), "empty document, expected <xliff>");
            }
            xliff();
        }

        private void xliff() {
            if (!"xliff".equals(x.localName())) {
                throw x.error("root element is <" + x.localName() + ">, expected <xliff>");
            }
            String version = x.attribute("version");
            String namespace = x.namespace() == null ? "" : x.namespace();
            if (!NAMESPACES.contains(namespace) || version == null || !VERSIONS.contains(version)) {
                throw x.error("only XLIFF 1.0, 1.1 and 1.2 are supported (version=\"1.2\", namespace " + NS
                        + ", 1.1's or none); found " + (namespace.isEmpty() ? "no namespace" : namespace)
                        + (version == null ? ", no version" : ", version=\"" + version + "\""));
            }
            ns = namespace;
            int files = 0;
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (isXliff("file")) {
                    file();
                    files++;
                } else {
                    x.skipElement();
                }
            }
            x.toEnd();
            if (files == 0) {
                throw WorkbenchException.inFile(x.file(), "no <file> element");
            }
        }

        private void file() {
            Map<String, String> attrs = attributes();
            String original = attrs.remove("original");
            String datatype = attrs.remove("datatype");
            String srcLang = attrs.remove("source-language");
            String trgLang = attrs.remove("target-language");
            if (original == null) {
                throw x.error("<file> has no 'original' attribute");
            }
            if (srcLang == null || srcLang.isBlank()) {
                throw x.error("<file> has no 'source-language' attribute");
            }
            sink.file(new XliffFile(original, datatype == null ? "plaintext" : datatype, srcLang, trgLang, attrs,
                    List.of()));
            Set<String> ids = new HashSet<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (isXliff("body")) {
                    body(ids);
                } else {
                    x.skipElement();
                }
            }
        }

        private void body(Set<String> ids) {
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (isXliff("group")) {
                    body(ids);
                } else if (isXliff("trans-unit")) {
                    TransUnit tu = transUnit();
                    if (!ids.add(tu.id())) {
                        throw new WorkbenchException(tu.position(), "duplicate trans-unit id '" + tu.id() + "'");
                    }
                    sink.unit(tu);
                } else {
                    x.skipElement();
                }
            }
        }

        private TransUnit transUnit() {
            SourcePosition position = x.position();
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
            Map<String, SourcePosition> segmentPositions = new java.util.HashMap<>();
            Set<String> confirmed = new HashSet<>();
            List<Note> notes = new ArrayList<>();
            while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (isXliff("source")) {
                    source = container("source", null, null, id);
                } else if (isXliff("seg-source")) {
                    segSource = container("seg-source", null, null, id);
                } else if (isXliff("target")) {
                    String s = x.attribute("state");
                    if (s != null) {
                        if (!TargetState.isValid(s)) {
                            throw x.error("unknown target state '" + s + "' in unit '" + id + "'");
                        }
                        state = new TargetState(s);
                    }
                    qualifier = x.attribute("state-qualifier");
                    targetPosition = x.position();
                    segmentPositions.clear();
                    confirmed.clear();
                    target = container("target", segmentPositions, confirmed, id);
                } else if (isXliff("note")) {
                    String from = x.attribute("from");
                    String annotates = x.attribute("annotates");
                    notes.add(new Note(from, annotates, x.elementText()));
                } else {
                    x.skipElement();
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
                    segmentPositions.clear();
                }
            }
            return new TransUnit(id, src, trg, state, qualifier, segmented, attrs, notes, position, targetPosition,
                    segmentPositions, trg == target ? confirmed : Set.of());
        }

        /**
         * Reads {@code <source>}, {@code <seg-source>} or {@code <target>}: segments are the
         * {@code <mrk mtype="seg">} children; everything else is material between segments.
         * {@code positions}, when given, receives where each segment's content starts, and
         * {@code confirmed} the ids of the segments marked {@code wb:state="translated"}.
         */
        private Content container(String name, Map<String, SourcePosition> positions, Set<String> confirmed,
                String unitId) {
            List<Part> parts = new ArrayList<>();
            List<Run> between = new ArrayList<>();
            // Paired codes ({@code <g>}, a non-segment {@code <mrk>}) opened at this level: segments
            // may sit inside them, so their tags are material between segments, not a segment's.
            java.util.ArrayDeque<Run.Code> open = new java.util.ArrayDeque<>();
            while (true) {
                int ev = x.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (open.isEmpty()) {
                        break;
                    }
                    Run.Code opening = open.pop();
                    between.add(new Run.Code(Run.CodeKind.CLOSING, opening.element(), opening.id(),
                            "</" + x.qualifiedName() + ">"));
                    continue;
                }
                if (ev == XMLStreamConstants.START_ELEMENT && inXliff()
                        && (x.localName().equals("g") || x.localName().equals("mrk") && !"seg".equals(x.attribute("mtype")))) {
                    StringBuilder start = new StringBuilder();
                    startTag(start, false);
                    Run.Code opening = new Run.Code(Run.CodeKind.OPENING, x.localName(),
                            valueOr(x.attribute("id"), valueOr(x.attribute("mid"), "")), start.toString());
                    between.add(opening);
                    open.push(opening);
                    continue;
                }
                if (ev == XMLStreamConstants.START_ELEMENT && isXliff("mrk")
                        && "seg".equals(x.attribute("mtype"))) {
                    if (!between.isEmpty()) {
                        parts.add(Part.between(Fragment.of(between)));
                        between.clear();
                    }
                    String mid = x.attribute("mid");
                    if (mid == null) {
                        mid = Integer.toString(parts.size() + 1);
                    }
                    if (positions != null) {
                        positions.putIfAbsent(mid, x.position());
                    }
                    String segmentState = x.attribute(WB_NS, "state");
                    if (segmentState != null && confirmed != null) {
                        if (!TargetState.isValid(segmentState)) {
                            throw x.error("unknown segment state wb:state=\"" + segmentState + "\" in unit '" + unitId
                                    + "'");
                        }
                        if (new TargetState(segmentState).isTranslated()) {
                            confirmed.add(mid);
                        }
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
        private void inline(List<Run> out) {
            while (true) {
                int ev = x.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    return;
                }
                inlineEvent(ev, out);
            }
        }

        private void inlineEvent(int ev, List<Run> out) {
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        out.add(new Run.Text(x.text()));
                case XMLStreamConstants.ENTITY_REFERENCE ->
                        throw x.error("undeclared entity '&" + x.localName() + ";'");
                case XMLStreamConstants.START_ELEMENT -> inlineElement(out);
                default -> {
                    // comments and processing instructions inside content carry no text
                }
            }
        }

        private void inlineElement(List<Run> out) {
            String name = x.localName();
            String id = valueOr(x.attribute("id"), valueOr(x.attribute("mid"), ""));
            if (!inXliff()) {
                // another vocabulary's element in the text: kept whole, as a code the translator leaves alone
                String qualified = x.qualifiedName();
                StringBuilder xml = new StringBuilder();
                serializeElement(xml);
                out.add(new Run.Code(Run.CodeKind.STANDALONE, qualified, id, xml.toString()));
            } else if (INLINE_STANDALONE.contains(name)) {
                StringBuilder xml = new StringBuilder();
                serializeElement(xml);
                out.add(new Run.Code(Run.CodeKind.STANDALONE, name, id, xml.toString()));
            } else if (name.equals("g") || name.equals("mrk")) {
                StringBuilder start = new StringBuilder();
                startTag(start, false);
                out.add(new Run.Code(Run.CodeKind.OPENING, name, id, start.toString()));
                inline(out);
                out.add(new Run.Code(Run.CodeKind.CLOSING, name, id, "</" + x.qualifiedName() + ">"));
            } else {
                throw x.error("unexpected <" + name + "> inside text content");
            }
        }

        /** The current element and everything in it, as canonical markup, with the prefixes it was written with. */
        private void serializeElement(StringBuilder sb) {
            String name = x.qualifiedName();
            startTag(sb, false);
            int mark = sb.length();
            boolean empty = true;
            while (true) {
                int ev = x.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (XmlCursor.isText(ev)) {
                    XmlText.escapeText(x.text(), sb);
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
            sb.append('<').append(x.qualifiedName());
            x.appendAttributes(sb);
            x.appendNamespaceDeclarations(sb);
            sb.append(close ? "/>" : ">");
        }

        /** The element's own and {@code xml:} attributes; extension attributes of other tools are not kept. */
        private Map<String, String> attributes() {
            Map<String, String> attrs = x.attributes();
            attrs.keySet().removeIf(name -> name.indexOf(':') >= 0 && !name.startsWith("xml:"));
            return attrs;
        }

        private boolean isXliff(String name) {
            return name.equals(x.localName()) && inXliff();
        }

        /** Whether the current element is in the document's XLIFF namespace. */
        private boolean inXliff() {
            return ns.equals(x.namespace() == null ? "" : x.namespace());
        }

        /** Next start or end element, skipping whitespace, comments and foreign text. */
        private int nextTag() {
            while (true) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT || ev == XMLStreamConstants.END_ELEMENT) {
                    return ev;
                }
                if (ev == XMLStreamConstants.END_DOCUMENT) {
                    throw x.error("unexpected end of document");
                }
                if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw x.error("undeclared entity '&" + x.localName() + ";'");
                }
            }
        }

        private static String valueOr(String v, String fallback) {
            return v == null ? fallback : v;
        }
    }
}
