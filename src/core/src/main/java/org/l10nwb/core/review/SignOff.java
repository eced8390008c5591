package org.l10nwb.core.review;

import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.l10nwb.core.io.LockedUpdate;
import org.l10nwb.core.model.TransUnit;

/**
 * The one way editors' decisions reach an XLIFF file, whether typed in the shell or applied from
 * a report: each decision changes its unit ({@link Review#apply}); an approval also records in the
 * file's {@link SignOffLog} what was signed off, by whom and when. The XLIFF file and the log are
 * then written as one change ({@link #write}), so that after a crash they agree.
 *
 * <p>Made under the XLIFF file's lock, from the file and log as read under it.
 */
public final class SignOff {
    private final Path xliff;
    private final SignOffLog log;
    private boolean logChanged;

    /** Decisions on {@code xliff}; its sign-off log is read now (call under the file's lock). */
    public SignOff(Path xliff) {
        this.xliff = xliff;
        this.log = SignOffLog.of(xliff);
    }

    /**
     * The unit with the decision applied; an approval is recorded for the log. A user error when
     * the decision cannot be applied (nothing to sign off, no reason given).
     */
    public TransUnit decide(TransUnit unit, Review.Action action, String reviewer, String text, OffsetDateTime now) {
        TransUnit after = Review.apply(unit, action, reviewer, text, now);
        if (action == Review.Action.APPROVE) {
            log.put(unit.id(), new SignOffLog.Entry(Review.targetText(after), reviewer, now.withNano(0).toString()));
            logChanged = true;
        }
        return after;
    }

    /**
     * Puts the new XLIFF content and, when a decision changed it, the log into one change: the
     * XLIFF first, so that it anchors the change's commit record.
     */
    public void write(LockedUpdate.Writes writes, byte[] xliffBytes) {
        if (xliffBytes != null) {
            writes.put(xliff, xliffBytes);
        }
        if (logChanged) {
            writes.put(log.file(), log.toBytes());
        }
    }

    /** Whether the log says the unit was signed off with exactly this text. */
    public boolean signedOff(String unitId, String target) {
        SignOffLog.Entry e = log.get(unitId);
        return e != null && e.target().equals(target);
    }

    /** Whether an approval was recorded. */
    public boolean recorded() {
        return logChanged;
    }
}
