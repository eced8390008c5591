package org.l10nwb.core.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.TransUnit;

/**
 * What a target must hold before an edition is built from it: only the segments of its source,
 * only inline codes its source has, and every code that opens a span ({@code <bpt>}) closed
 * ({@code <ept>}) in the same unit. Otherwise the format's writer would drop a code or leave a
 * tag open (an HTML edition with an unclosed {@code <b>}), silently. Each is an input error at
 * the segment's place in the XLIFF: no check finding, since no override should publish it.
 */
final class TargetMarkup {
    private TargetMarkup() {
    }

    static void requireMatchesSource(TransUnit u) {
        if (u.target() == null || !u.translatable()) {
            return;
        }
        Set<String> segments = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Part p : u.source().segments()) {
            segments.add(p.segmentId());
        }
        for (Run.Code c : u.source().joined().codes()) {
            codes.add(key(c));
        }
        List<String> open = new ArrayList<>();
        SourcePosition lastOpened = null;
        for (Part p : u.target().segments()) {
            SourcePosition at = u.targetPosition(p.segmentId());
            if (!segments.contains(p.segmentId())) {
                throw new WorkbenchException(at, "unit '" + u.id() + "': the target has a segment mid=\"" + p.segmentId()
                        + "\" that the source does not have (its segments: " + String.join(", ", sorted(segments)) + ")");
            }
            for (Run.Code c : p.content().codes()) {
                if (!codes.contains(key(c))) {
                    throw new WorkbenchException(at, "unit '" + u.id() + "': the target has the inline code "
                            + c.display() + " that the source does not have");
                }
                if (c.element().equals("bpt")) {
                    open.add(c.id());
                    lastOpened = at;
                } else if (c.element().equals("ept") && !open.remove(c.id())) {
                    throw new WorkbenchException(at, "unit '" + u.id() + "': the target closes the inline code "
                            + c.display() + " that it never opened");
                }
            }
        }
        if (!open.isEmpty()) {
            throw new WorkbenchException(lastOpened, "unit '" + u.id() + "': the target opens the inline code <bpt"
                    + open.get(0) + "/> and never closes it (no <ept id=\"" + open.get(0) + "\">)");
        }
    }

    /** A code by what it is: element and id ({@code <g id="1">} opening and closing are one). */
    private static String key(Run.Code c) {
        return c.element() + "#" + c.id();
    }

    private static List<String> sorted(Set<String> s) {
        List<String> out = new ArrayList<>(s);
        out.sort(null);
        return out;
    }
}
