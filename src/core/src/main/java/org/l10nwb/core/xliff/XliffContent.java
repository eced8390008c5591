package org.l10nwb.core.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.xml.XmlCursor;
import org.l10nwb.core.xml.XmlText;

/**
 * The content of an XLIFF 1.x {@code <source>}, {@code <seg-source>} or {@code <target>} for
 * {@link XliffParse}: its segments ({@code <mrk mtype="seg">}), the material between them, and
 * inline codes as runs with the markup they were written in.
 */
final class XliffContent {
    private static final Set<String> INLINE_STANDALONE = Set.of("x", "bx", "ex", "ph", "bpt", "ept", "it");

    private final XmlCursor x;
    /** The document's XLIFF namespace ("" for none). */
    private final String ns;

    XliffContent(XmlCursor x, String ns) {
        this.x = x;
        this.ns = ns;
    }

    /**
     * Reads {@code <source>}, {@code <seg-source>} or {@code <target>}: segments are the
     * {@code <mrk mtype="seg">} children; everything else is material between segments.
     * {@code positions}, when given, receives where each segment's content starts, and
     * {@code confirmed} the ids of the segments marked {@code wb:state="translated"}.
     */
    Content container(String name, Map<String, SourcePosition> positions, Set<String> confirmed,
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
                String segmentState = x.attribute(XliffReader.WB_NS, "state");
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
        if (!anySegment(parts)) {
            // no segment markers at all: the whole content is one segment
            Fragment all = new Content(parts).joined();
            return new Content(List.of(Part.segment("1", all)));
        }
        return new Content(parts);
    }

    /** Whether one of {@code parts} is a segment (a loop: this runs for every unit read). */
    private static boolean anySegment(List<Part> parts) {
        for (Part p : parts) {
            if (p.isSegment()) {
                return true;
            }
        }
        return false;
    }

    /** Inline content up to the end of the current element. */
    void inline(List<Run> out) {
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

    private boolean isXliff(String name) {
        return name.equals(x.localName()) && inXliff();
    }

    /** Whether the current element is in the document's XLIFF namespace. */
    private boolean inXliff() {
        return ns.equals(x.namespace() == null ? "" : x.namespace());
    }

    private static String valueOr(String v, String fallback) {
        return v == null ? fallback : v;
    }
}
