package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;

/**
 * {@code inline-codes}: each translated segment carries the inline codes of its source segment
 * (bold, links, placeholders), no fewer and no more; their order may change with the language.
 */
final class InlineCodes {
    private InlineCodes() {
    }

    /** Where the check says what it found: at a place, about a segment ({@code null}: the whole unit). */
    @FunctionalInterface
    interface Report {
        void add(SourcePosition at, String segmentId, String message, List<String> missing, List<String> extra);
    }

    /** The problems of one unit's inline codes, segment by segment ({@code at} for the whole unit). */
    static void check(TransUnit u, SourcePosition at, Report findings) {
        List<Part> segments = u.segmented() ? u.source().segments() : List.of();
        if (segments.isEmpty()) {
            check(u, null, u.source().joined(), u.target().joined(), at, findings);
            return;
        }
        for (Part s : segments) {
            Fragment t = u.targetSegment(s.segmentId());
            if (t != null) {
                SourcePosition segmentAt = u.targetPosition(s.segmentId());
                check(u, s.segmentId(), s.content(), t, segmentAt != null ? segmentAt : at, findings);
            }
        }
    }

    private static void check(TransUnit u, String segmentId, Fragment source, Fragment target, SourcePosition at,
            Report findings) {
        List<String> missing = displays(source.codes());
        List<String> extra = displays(target.codes());
        for (String c : List.copyOf(extra)) {
            if (missing.remove(c)) {
                extra.remove(c);
            }
        }
        if (missing.isEmpty() && extra.isEmpty()) {
            return;
        }
        StringBuilder msg = new StringBuilder(segmentId == null || u.source().segments().size() < 2 ? "the translation"
                : "segment " + segmentId + " of the translation");
        if (!missing.isEmpty()) {
            msg.append(" lacks ").append(String.join(" ", missing)).append(" of the source");
        }
        if (!extra.isEmpty()) {
            msg.append(missing.isEmpty() ? " has " : " and has ").append(String.join(" ", extra))
                    .append(", which the source does not");
        }
        findings.add(at, u.segmented() ? segmentId : null, msg.toString(), missing, extra);
    }

    private static List<String> displays(List<org.l10nwb.core.model.Run.Code> codes) {
        List<String> out = new ArrayList<>(codes.size());
        for (var c : codes) {
            out.add(c.display());
        }
        return out;
    }
}
