package org.l10nwb.core.session;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.l10nwb.core.check.Finding;
import org.l10nwb.core.model.Status;
import org.l10nwb.core.review.Review;

/**
 * Where the translator goes next: to the next or previous segment a {@link TranslationSession.Filter}
 * accepts, to the first that needs work, or to a segment named by its id. The caller brings the
 * file up to date first.
 */
final class SegmentMoves {
    private final SegmentList segments;
    private final SegmentAccess access;
    private final SessionChecks checks;
    private final SessionFile file;

    SegmentMoves(SegmentList segments, SegmentAccess access, SessionChecks checks, SessionFile file) {
        this.segments = segments;
        this.access = access;
        this.checks = checks;
        this.file = file;
    }

    /** Moves {@code step} segments at a time until one the filter accepts; {@code false} (and no move) when none. */
    boolean move(int step, TranslationSession.Filter filter) {
        return segments.move(step, accepting(filter));
    }

    private Predicate<SegmentRef> accepting(TranslationSession.Filter filter) {
        return switch (filter) {
            case ANY -> r -> true;
            case UNTRANSLATED -> access::needsWork;
            case FINDING -> {
                // the findings of the whole file once, not once per segment passed over
                Map<String, List<Finding>> findings = checks.byUnit(file.document());
                yield r -> findings.containsKey(r.unitId());
            }
            case REJECTED -> r -> Review.rejected(access.unit(r));
            case NEEDS_REVIEW -> r -> access.status(r) == Status.NEEDS_REVIEW;
        };
    }

    /** The first segment of a unit an editor rejected, else the first without text or in a draft. */
    boolean firstNeedingWork() {
        return segments.first(r -> Review.rejected(access.unit(r))) || segments.first(access::needsWork);
    }

    /** {@code 5} (the first segment of unit 5) or {@code 5:2} (its second). */
    void goTo(String id) {
        String wanted = id.strip();
        int colon = wanted.lastIndexOf(':');
        if (colon > 0) {
            segments.goTo(wanted.substring(0, colon), wanted.substring(colon + 1), file.path());
        } else {
            segments.goTo(wanted, null, file.path());
        }
    }
}
