package org.l10nwb.core.session;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.io.LockedUpdate;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Status;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.review.SignOff;

/**
 * How a session changes its file: an edit is applied to the unit as it is on disk at that moment,
 * refused when the unit changed there since the translator last saw it, written before the call
 * returns, and remembered so that it can be taken back.
 */
final class SessionEdits {
    /** A change to take back, with the segment it was made on (where undo goes back to). */
    private record Undo(String unitId, String segmentId, TransUnit before, TransUnit after, String description) {
    }

    private final SessionFile file;
    private final SegmentList segments;
    private final Runnable sync;
    private final Runnable saved;
    private final Function<TransUnit, List<Finding>> findings;
    private final Deque<Undo> undo = new ArrayDeque<>();

    /**
     * @param sync reloads the file when it changed on disk
     * @param saved told after every write (the hints then read the file's translations again)
     * @param findings the checks' findings for a unit
     */
    SessionEdits(SessionFile file, SegmentList segments, Runnable sync, Runnable saved,
            Function<TransUnit, List<Finding>> findings) {
        this.file = file;
        this.segments = segments;
        this.sync = sync;
        this.saved = saved;
        this.findings = findings;
    }

    /**
     * Applies an edit to the current segment's unit and writes it with whatever {@code alsoWrite}
     * adds to the same change.
     */
    Change change(UnaryOperator<TransUnit> edit, Consumer<LockedUpdate.Writes> alsoWrite, String description) {
        file.requireWritable();
        SegmentRef ref = segments.current();
        TransUnit before = file.unit(ref.unitId());
        sync.run();
        TransUnit base = file.unit(ref.unitId());
        if (base == null) {
            throw new WorkbenchException("unit " + ref.unitId() + " is no longer in " + file.path()
                    + " (it changed on disk); your change was not applied");
        }
        if (!sameContent(before, base)) {
            throw new WorkbenchException("unit " + ref.unitId() + " was changed on disk behind this session's back;"
                    + " reloaded it, and your change was not applied (run the command again)");
        }
        TransUnit after = edit.apply(base);
        if (sameContent(after, base)) {
            return new Change("no change to unit " + ref.unitId(), false, findings.apply(base));
        }
        file.replace(ref.unitId(), after);
        save(alsoWrite);
        undo.push(new Undo(ref.unitId(), ref.segmentId(), base, after, description));
        return new Change(description, true, findings.apply(after));
    }

    /**
     * Sets the current segment's translation: the unit becomes a draft ({@code new}), in which the
     * other segments stay confirmed when they were (the unit was translated, signed off or sent back
     * by an editor, or they were confirmed one by one); an empty target removes the translation.
     */
    Change setSegment(Fragment content, String description) {
        String sid = segments.current().segmentId();
        return change(u -> {
            Content target = u.source().withSegments(p -> p.segmentId().equals(sid) ? content : existing(u, p));
            if (target.isEmpty()) {
                return u.withTarget(null, null);
            }
            Set<String> still = new LinkedHashSet<>(confirmedBefore(u));
            still.remove(sid);
            return u.withTarget(target, TargetState.NEW).withConfirmedSegments(still);
        }, writes -> { }, description);
    }

    private static Fragment existing(TransUnit u, Part sourcePart) {
        return u.target() == null ? null : u.target().segment(sourcePart.segmentId()).map(Part::content).orElse(null);
    }

    /**
     * The segments of {@code u} the translator had confirmed: all of a translated, signed-off or
     * rejected unit (the editor's rejection is of the unit, not of a sentence); none of one filled
     * from the memory and waiting for review; in a draft, those confirmed one by one.
     */
    private static Set<String> confirmedBefore(TransUnit u) {
        Status s = Status.of(u);
        if (s == Status.DRAFT) {
            return u.confirmedSegments();
        }
        if (s == Status.TRANSLATED || s == Status.SIGNED_OFF || s == Status.NEEDS_REVIEW && Review.rejected(u)) {
            Set<String> all = new LinkedHashSet<>();
            u.target().segments().stream().filter(p -> !p.content().isEmpty()).forEach(p -> all.add(p.segmentId()));
            return all;
        }
        return Set.of();
    }

    /**
     * Confirms the translation of the current segment. In a draft the confirmation is of that
     * segment, written on its own ({@code wb:state}, so that it survives a restart), and the unit
     * becomes {@code translated} once every segment has text and is confirmed; the answer says
     * what is still missing. A unit in review is confirmed as a whole.
     */
    Change confirm(boolean force, String who) {
        SegmentRef ref = segments.current();
        sync.run();
        TransUnit u = file.unit(ref.unitId());
        Fragment mine = u.targetSegment(ref.segmentId());
        if (mine == null || !mine.hasText() && mine.codes().isEmpty()) {
            throw new WorkbenchException(ref.id() + " has no translation to confirm (type it with 't TEXT')");
        }
        List<String> empty = Review.emptySegments(u);
        if (Status.of(u) == Status.DRAFT) {
            Set<String> confirmed = new LinkedHashSet<>(u.confirmedSegments());
            confirmed.add(ref.segmentId());
            List<String> unconfirmed = unconfirmed(u, confirmed);
            if (!empty.isEmpty() || !unconfirmed.isEmpty()) {
                String waiting = "unit " + u.id() + " stays a draft until " + waiting(empty, unconfirmed);
                if (u.confirmedSegments().contains(ref.segmentId())) {
                    return new Change(ref.id() + " is already confirmed; " + waiting, false, findings.apply(u));
                }
                return change(x -> x.withConfirmedSegments(union(x.confirmedSegments(), ref.segmentId())),
                        writes -> { }, ref.id() + " confirmed; " + waiting);
            }
        } else if (!empty.isEmpty()) {
            return new Change(ref.id() + " confirmed; unit " + u.id() + " stays a draft until "
                    + waiting(empty, List.of()), false, findings.apply(u));
        }
        if (u.state() != null && u.state().isTranslated() && !u.state().needsReview()) {
            return new Change("unit " + u.id() + " is already " + u.state(), false, findings.apply(u));
        }
        return change(x -> ErrorGuard.check(x.withTarget(x.target(), TargetState.TRANSLATED), findings.apply(x), force,
                who, "confirmed", "confirm"), writes -> { }, "confirmed unit " + u.id() + (force ? " (forced)" : ""));
    }

    /** The ids ({@code 5:2}) of segments with a translation not yet confirmed. */
    private static List<String> unconfirmed(TransUnit u, Set<String> confirmed) {
        List<String> out = new ArrayList<>();
        for (Part s : u.source().segments()) {
            Fragment t = u.targetSegment(s.segmentId());
            if (s.content().hasText() && t != null && !confirmed.contains(s.segmentId())) {
                out.add(u.id() + ":" + s.segmentId());
            }
        }
        return out;
    }

    private static String waiting(List<String> empty, List<String> unconfirmed) {
        List<String> what = new ArrayList<>();
        if (!empty.isEmpty()) {
            what.add(String.join(", ", empty) + (empty.size() == 1 ? " has" : " have") + " a translation");
        }
        if (!unconfirmed.isEmpty()) {
            what.add(String.join(", ", unconfirmed) + (unconfirmed.size() == 1 ? " is" : " are") + " confirmed");
        }
        return String.join(" and ", what) + " too";
    }

    private static Set<String> union(Set<String> a, String b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.add(b);
        return out;
    }

    /**
     * An editor's decision on the current segment's unit, through the same {@link SignOff} as
     * decisions applied from a report: the sign-off log is written in the same change as the
     * XLIFF. Approving a unit with findings at error severity is refused unless forced.
     */
    Change review(Review.Action action, String reviewer, String text, boolean force) {
        SegmentRef ref = segments.current();
        SignOff[] signOff = {null};
        return change(u -> {
            TransUnit checked = action == Review.Action.APPROVE
                    ? ErrorGuard.check(u, findings.apply(u), force, reviewer, "approved", "approve") : u;
            signOff[0] = new SignOff(file.path());
            return signOff[0].decide(checked, action, reviewer, text, OffsetDateTime.now());
        }, writes -> signOff[0].write(writes, null), switch (action) {
            case APPROVE -> "signed off unit " + ref.unitId();
            case REJECT -> "rejected unit " + ref.unitId() + " (needs-review-translation, note from " + reviewer + ")";
            case COMMENT -> "noted on unit " + ref.unitId() + " (from " + reviewer + ")";
        });
    }

    /** Takes back the last change of this session (of any segment), and goes to the segment it was made on. */
    Change undo() {
        file.requireWritable();
        if (undo.isEmpty()) {
            throw new WorkbenchException("nothing to undo in this session");
        }
        Undo last = undo.peek();
        sync.run();
        TransUnit now = file.unit(last.unitId());
        if (now == null || !sameContent(now, last.after())) {
            undo.pop();
            throw new WorkbenchException("unit " + last.unitId() + " changed on disk since; nothing undone ("
                    + last.description() + ")");
        }
        file.replace(last.unitId(), last.before());
        save(writes -> { });
        undo.pop();
        try {
            segments.goTo(last.unitId(), last.segmentId(), file.path());
        } catch (WorkbenchException segmentGone) {
            segments.goTo(last.unitId(), null, file.path()); // the file was reloaded without that segment
        }
        String where = last.segmentId() == null ? "unit " + last.unitId() : segments.current().id();
        return new Change("took back “" + last.description() + "”: " + where + " is as it was before", true,
                findings.apply(last.before()));
    }

    private void save(Consumer<LockedUpdate.Writes> alsoWrite) {
        file.save(alsoWrite);
        saved.run();
    }

    private static boolean sameContent(TransUnit a, TransUnit b) {
        return Objects.equals(a.target(), b.target()) && Objects.equals(a.state(), b.state())
                && Objects.equals(a.stateQualifier(), b.stateQualifier()) && a.notes().equals(b.notes())
                && a.source().equals(b.source()) && a.confirmedSegments().equals(b.confirmedSegments());
    }
}
