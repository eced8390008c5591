package org.l10nwb.core.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;

/**
 * The segments a translator works through, in document order, and which one is in hand. Built
 * again whenever the file is reloaded; the position stays on the same segment where it still
 * exists.
 */
final class SegmentList {
    private List<SegmentRef> refs = List.of();
    private int current;

    /** Every segment of the document's translatable units that has text or codes. */
    void rebuild(XliffDocument doc) {
        SegmentRef at = refs.isEmpty() ? null : refs.get(current);
        List<SegmentRef> out = new ArrayList<>();
        for (int f = 0; f < doc.files().size(); f++) {
            for (TransUnit u : doc.files().get(f).units()) {
                if (!u.translatable()) {
                    continue;
                }
                for (Part s : u.source().segments()) {
                    if (s.content().hasText() || !s.content().codes().isEmpty()) {
                        out.add(new SegmentRef(f, u.id(), s.segmentId()));
                    }
                }
            }
        }
        refs = out;
        int again = at == null ? -1 : out.indexOf(at);
        current = again >= 0 ? again : Math.min(current, Math.max(0, out.size() - 1));
    }

    boolean isEmpty() {
        return refs.isEmpty();
    }

    List<SegmentRef> all() {
        return List.copyOf(refs);
    }

    int size() {
        return refs.size();
    }

    SegmentRef current() {
        return refs.get(current);
    }

    /** Position of the segment in hand, from 0. */
    int index() {
        return current;
    }

    SegmentRef at(int i) {
        return i >= 0 && i < refs.size() ? refs.get(i) : null;
    }

    /** Moves by {@code step} to the nearest segment {@code accepts} takes; {@code false} (and no move) when none does. */
    boolean move(int step, Predicate<SegmentRef> accepts) {
        for (int i = current + step; i >= 0 && i < refs.size(); i += step) {
            if (accepts.test(refs.get(i))) {
                current = i;
                return true;
            }
        }
        return false;
    }

    /** Goes to the first segment {@code accepts} takes; {@code false} when none does. */
    boolean first(Predicate<SegmentRef> accepts) {
        for (int i = 0; i < refs.size(); i++) {
            if (accepts.test(refs.get(i))) {
                current = i;
                return true;
            }
        }
        return false;
    }

    /** Goes to a unit's segment ({@code segmentId} {@code null}: its first); a user error when there is none. */
    void goTo(String unitId, String segmentId, Object fileName) {
        boolean unitSeen = false;
        for (int i = 0; i < refs.size(); i++) {
            SegmentRef r = refs.get(i);
            if (r.unitId().equals(unitId)) {
                unitSeen = true;
                if (segmentId == null || r.segmentId().equals(segmentId)) {
                    current = i;
                    return;
                }
            }
        }
        if (unitSeen) {
            throw new WorkbenchException("unit " + unitId + " has no segment " + segmentId + " (it has "
                    + String.join(", ", refs.stream().filter(r -> r.unitId().equals(unitId)).map(SegmentRef::id)
                            .toList()) + ")");
        }
        throw new WorkbenchException("no unit '" + unitId + "' in " + fileName + " (units " + refs.get(0).unitId() + " to "
                + refs.get(refs.size() - 1).unitId() + ")");
    }
}
