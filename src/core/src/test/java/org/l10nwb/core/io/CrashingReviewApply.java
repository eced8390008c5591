package org.l10nwb.core.io;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.review.ReviewService;
import org.l10nwb.core.xliff.XliffReader;

/**
 * A child process for the crash tests: approves every unit of an XLIFF file through the real
 * {@code review apply} code, and stops dead (as {@code kill -9} would) at the point named by its
 * second argument: {@code staged} (before the commit point), {@code first} (after the XLIFF
 * file got its new content, before the sign-off log), or {@code never}.
 */
public final class CrashingReviewApply {
    private CrashingReviewApply() {
    }

    public static void main(String[] args) {
        Path xliff = Path.of(args[0]);
        String when = args[1];
        FileCommit.observer = new FileCommit.Observer() {
            @Override
            public void staged() {
                if (when.equals("staged")) {
                    Runtime.getRuntime().halt(137);
                }
            }

            @Override
            public void installed(Path target) {
                if (when.equals("first")) {
                    Runtime.getRuntime().halt(137);
                }
            }
        };
        List<ReviewService.Decision> decisions = new ArrayList<>();
        for (TransUnit u : new XliffReader().read(xliff).units()) {
            if (u.target() != null) {
                decisions.add(new ReviewService.Decision("a.xlf", u.id(), Review.fingerprint(u), Review.Action.APPROVE, null));
            }
        }
        ReviewService.apply(decisions, name -> xliff, "Nino", OffsetDateTime.parse("2026-12-01T10:00:00Z"));
    }
}
