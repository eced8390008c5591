package org.l10nwb.core.xliff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xml.XmlCursor;

/**
 * One parse of one XLIFF 1.x document for {@link XliffReader}: its structure (the root, each
 * {@code <file>}, groups, units, their targets, states and notes) with the positions of units and
 * targets; the content of sources and targets is {@link XliffContent}'s.
 */
final class XliffParse {
    /**
     * The namespaces XLIFF 1.x documents are written in: 1.2's, 1.1's, the 1.0 namespace some
     * tools declare, and none at all (XLIFF 1.0 was defined by a DTD, and some tools write 1.2
     * without its namespace).
     */
    private static final Set<String> NAMESPACES = Set.of(XliffReader.NS, "urn:oasis:names:tc:xliff:document:1.1",
            "urn:oasis:names:tc:xliff:document:1.0", "");
    private static final Set<String> VERSIONS = Set.of("1.0", "1.1", "1.2");

    private final XmlCursor x;
    /** The XLIFF namespace of this document ("" for none): the one its elements are matched in. */
    private String ns = XliffReader.NS;
    private XliffContent content;
    private final XliffReader.Units sink;

    XliffParse(XmlCursor x, XliffReader.Units sink) {
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
            throw x.error("only XLIFF 1.0, 1.1 and 1.2 are supported (version=\"1.2\", namespace " + XliffReader.NS
                    + ", 1.1's or none); found " + (namespace.isEmpty() ? "no namespace" : namespace)
                    + (version == null ? ", no version" : ", version=\"" + version + "\""));
        }
        ns = namespace;
        content = new XliffContent(x, namespace);
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
                source = content.container("source", null, null, id);
            } else if (isXliff("seg-source")) {
                segSource = content.container("seg-source", null, null, id);
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
                target = content.container("target", segmentPositions, confirmed, id);
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
}
