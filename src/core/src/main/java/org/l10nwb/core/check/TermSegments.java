package org.l10nwb.core.check;

import java.util.List;

import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.terms.TermMatch;

/**
 * Which segment of a unit a glossary finding belongs to. The term check compares a unit's whole
 * source and translation (a translation may move a name from one sentence to the next), but the
 * translator and CI need to know where to look: a forbidden term is in the target segment that
 * contains it, a missing one belongs to the segment whose source names the concept.
 */
final class TermSegments {
    private TermSegments() {
    }

    /** The segment id, or {@code null} for a unit of one segment (the finding is the unit's). */
    static String of(TransUnit u, TermCheck.Problem p, TermCheck check) {
        List<Part> segments = u.source().segments();
        if (!u.segmented() || segments.size() < 2) {
            return null;
        }
        for (Part s : segments) {
            Fragment t = u.targetSegment(s.segmentId());
            if (t != null && p.found().stream().anyMatch(f -> t.plainText().contains(f))) {
                return s.segmentId();
            }
        }
        for (Part s : segments) {
            for (TermMatch m : check.sourceIndex().find(s.content().plainText())) {
                if (m.term().concept().equals(p.concept())) {
                    return s.segmentId();
                }
            }
        }
        return null;
    }
}
