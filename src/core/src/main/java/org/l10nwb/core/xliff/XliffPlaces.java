package org.l10nwb.core.xliff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.xml.XmlTags;
import org.l10nwb.core.xml.XmlTags.Kind;
import org.l10nwb.core.xml.XmlTags.Tag;

/**
 * Where the parts of each {@code <trans-unit>} that the model owns (its start tag, target, target
 * segments and notes) are in the text of an XLIFF 1.x document, found by its tags: what
 * {@link XliffSplice} replaces, copying everything else as it is.
 */
final class XliffPlaces {
    /** A unit's places; offsets are in the document's text. */
    static final class Unit extends TargetPlace {
        Tag sourceStart;
        /** Each target segment's content, by {@code mid}: start and end ({@code -1, -1} for an empty {@code <mrk/>}). */
        final Map<String, int[]> segments = new LinkedHashMap<>();
        /** Each note element: start and end. */
        final List<int[]> notes = new ArrayList<>();
        /** Where {@code </trans-unit>} starts. */
        int end = -1;

        Unit(Tag start) {
            super(start);
        }
    }

    private XliffPlaces() {
    }

    /** The units of each {@code <file>} in order; the document's XLIFF namespace is its root's ({@code ""}: none). */
    static List<List<Unit>> find(String text) {
        List<List<Unit>> files = new ArrayList<>();
        String ns = null;
        Deque<OpenElement> stack = new ArrayDeque<>();
        Unit unit = null;
        int unitDepth = -1;
        boolean inTarget = false;
        String segment = null;
        int segmentDepth = -1;
        for (Tag t : XmlTags.scan(text)) {
            if (t.kind() == Kind.END) {
                OpenElement f = stack.pop();
                int depth = stack.size() + 1;
                if (segment != null && depth == segmentDepth) {
                    unit.segments.get(segment)[1] = t.start();
                    segment = null;
                } else if (unit != null && depth == unitDepth + 1) {
                    if (f.is("target")) {
                        unit.targetEnd = t;
                        inTarget = false;
                    } else if (f.is("source") || f.is("seg-source")) {
                        unit.afterSource = t.end();
                    } else if (f.is("note")) {
                        unit.notes.add(new int[] {f.tag().start(), t.end()});
                    }
                } else if (unit != null && depth == unitDepth) {
                    unit.end = t.start();
                    files.get(files.size() - 1).add(unit);
                    unit = null;
                }
                continue;
            }
            OpenElement f = OpenElement.of(stack.peek(), t, ns);
            if (ns == null) {
                ns = f.namespace();
            }
            OpenElement parent = stack.peek();
            int depth = stack.size() + 1;
            if (f.is("file") && parent != null && parent.is("xliff")) {
                files.add(new ArrayList<>());
            } else if (f.is("trans-unit") && parent != null && (parent.is("body") || parent.is("group"))
                    && !files.isEmpty()) {
                unit = new Unit(t);
                unitDepth = depth;
            } else if (unit != null && depth == unitDepth + 1) {
                if (f.is("source")) {
                    unit.sourceStart = t;
                } else if (f.is("target") && unit.targetStart == null) {
                    unit.targetStart = t;
                    inTarget = t.kind() == Kind.START;
                }
                if (t.kind() == Kind.EMPTY) {
                    if (f.is("source") || f.is("seg-source")) {
                        unit.afterSource = t.end();
                    } else if (f.is("note")) {
                        unit.notes.add(new int[] {t.start(), t.end()});
                    }
                }
            } else if (inTarget && segment == null && f.is("mrk") && "seg".equals(t.attribute("mtype"))
                    && t.attribute("mid") != null) {
                if (t.kind() == Kind.EMPTY) {
                    unit.segments.put(t.attribute("mid"), new int[] {-1, -1});
                } else {
                    segment = t.attribute("mid");
                    segmentDepth = depth;
                    unit.segments.put(segment, new int[] {t.end(), -1});
                }
            }
            if (t.kind() == Kind.START) {
                stack.push(f);
            }
        }
        return files;
    }
}
