package org.l10nwb.core.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Rule;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.io.FileHeldException;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.io.LockedUpdate;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.review.ReviewService.Decision;
import org.l10nwb.core.review.ReviewService.Outcome;
import org.l10nwb.core.review.ReviewService.Result;
import org.l10nwb.core.xliff.XliffDocuments;
import org.l10nwb.core.xliff.XliffRewriter;

/**
 * Applies the decisions an editor made in a report to the XLIFF files they name. Each file is
 * changed under its lock from what it holds then ({@link LockedUpdate}), and its sign-off log is
 * written in the same change ({@link SignOff}): a crash leaves both as they were or both with every
 * decision. A file a translator has open is left alone.
 *
 * <p>Only the last decision about a unit counts (an editor who approved and then rejected meant
 * the rejection), and a decision already in the file is skipped: approving a unit signed off with
 * the same text, a rejection or comment whose note the unit has, a correction the unit already
 * holds. So a decisions file applied twice changes nothing the second time, and one applied after
 * the translator has moved on does not undo their work. A correction becomes the new target, the
 * earlier one kept in a note; it is checked again and signed off only when the editor approved it
 * and the checks find no error in it.
 *
 * <p>A decision made before the last decision already applied to its unit (the time the page
 * exported with it, against the one the sign-off log keeps) is skipped as older: re-applying an
 * earlier decisions file after a newer decision does not undo the newer one.
 */
final class DecisionApplier {
    private final CheckService checks;
    private final String reviewer;
    private final OffsetDateTime now;

    DecisionApplier(CheckService checks, String reviewer, OffsetDateTime now) {
        this.checks = checks;
        this.reviewer = reviewer;
        this.now = now;
    }

    List<Outcome> apply(List<Decision> decisions, Function<String, Path> resolve) {
        Map<Path, List<Decision>> byFile = new LinkedHashMap<>();
        Map<Path, String> names = new HashMap<>();
        for (Decision d : decisions) {
            Path path = resolve.apply(d.file()).normalize();
            names.putIfAbsent(path, d.file());
            byFile.computeIfAbsent(path, k -> new ArrayList<>()).add(d);
        }
        List<Outcome> out = new ArrayList<>();
        for (Map.Entry<Path, List<Decision>> e : byFile.entrySet()) {
            Path path = e.getKey();
            String name = names.get(path);
            if (!Files.isRegularFile(path)) {
                e.getValue().forEach(d -> out.add(refused(d, "no such XLIFF file " + name)));
                continue;
            }
            try {
                out.addAll(LockedUpdate.apply(path, writes -> applyToFile(path, e.getValue(), writes)));
            } catch (FileHeldException held) {
                e.getValue().forEach(d -> out.add(refused(d, name + " is being edited by " + held.holder()
                        + "; apply the decisions when that session ends")));
            }
        }
        return out;
    }

    private List<Outcome> applyToFile(Path path, List<Decision> decisions, LockedUpdate.Writes writes) {
        byte[] original = TextFiles.readBytes(path);
        XliffDocument doc = XliffDocuments.read(path, original);
        Map<String, TransUnit> units = new LinkedHashMap<>();
        Map<String, XliffFile> fileOf = new HashMap<>();
        for (XliffFile f : doc.files()) {
            f.units().forEach(u -> {
                units.put(u.id(), u);
                fileOf.put(u.id(), f);
            });
        }
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < decisions.size(); i++) {
            last.put(decisions.get(i).unit(), i);
        }
        SignOff signOff = new SignOff(path);
        List<Outcome> out = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            TransUnit u = units.get(d.unit());
            if (last.get(d.unit()) != i) {
                out.add(new Outcome(d, Result.SUPERSEDED, false, "unit " + d.unit() + " of " + d.file()
                        + ": " + d.action().id() + " superseded by a later decision on the unit"));
                continue;
            }
            if (u == null) {
                out.add(refused(d, "no unit " + d.unit() + " in " + d.file()));
                continue;
            }
            Outcome older = older(d, signOff.lastDecision(u.id()));
            if (older != null) {
                out.add(older);
                continue;
            }
            Change c;
            try {
                c = decide(u, d, fileOf.get(u.id()), path, signOff);
            } catch (WorkbenchException refused) {
                c = new Change(u, refused(d, refused.getMessage()));
            }
            units.put(u.id(), c.unit());
            changed |= !c.unit().equals(u);
            out.add(c.outcome());
        }
        byte[] bytes = null;
        if (changed) {
            List<XliffFile> files = new ArrayList<>();
            for (XliffFile f : doc.files()) {
                files.add(f.withUnits(f.units().stream().map(u -> units.getOrDefault(u.id(), u)).toList()));
            }
            bytes = new XliffRewriter().rewrite(path, original, doc, new XliffDocument(files));
        }
        signOff.write(writes, bytes);
        return out;
    }

    /**
     * The outcome of a decision made before the last one applied to its unit, or {@code null}
     * when it is not older (or either time is unknown): a decisions file exported earlier and
     * applied late must not undo what a newer decision did.
     */
    private static Outcome older(Decision d, SignOffLog.Decided last) {
        Instant lastMade = last == null ? null : SignOffLog.instant(last.made());
        if (d.made() == null || lastMade == null || !d.made().isBefore(lastMade)) {
            return null;
        }
        return new Outcome(d, Result.OLDER, false, "unit " + d.unit() + " of " + d.file() + ": " + d.action().id()
                + " made " + d.made() + " is older than the unit's last decision (" + last.action()
                + (last.by() == null ? "" : " by " + last.by()) + ", made " + last.made() + ")");
    }

    /** When the decision was made: as the file says, else now. */
    private Instant made(Decision d) {
        return d.made() == null ? now.toInstant() : d.made();
    }

    /** A unit after a decision, and what to say about it. */
    private record Change(TransUnit unit, Outcome outcome) {
    }

    /** One decision on its unit; a user error when it cannot be applied. */
    private Change decide(TransUnit u, Decision d, XliffFile file, Path path, SignOff signOff) {
        String where = "unit " + d.unit() + " of " + d.file();
        Content corrected = null;
        if (d.correction() != null && !d.correction().isEmpty()) {
            if (d.action() == Review.Action.REJECT) {
                throw new WorkbenchException(where + ": a rejection sends the translation back as it is;"
                        + " a correction goes with an approval or a comment");
            }
            try {
                corrected = Correction.target(u, d.correction());
            } catch (WorkbenchException e) {
                throw new WorkbenchException(where + ": " + e.getMessage());
            }
        }
        boolean seen = Review.fingerprint(u).equals(d.fingerprint());
        boolean holdsCorrection = corrected != null && corrected.equals(u.target());
        if (corrected != null && !holdsCorrection) {
            if (!seen) {
                throw changedSince(where);
            }
            return correct(u, corrected, d, where, file, path, signOff);
        }
        List<Finding> errors = holdsCorrection && d.action() == Review.Action.APPROVE ? errors(u, file, path) : List.of();
        if (alreadyApplied(u, d, signOff, errors)) {
            return new Change(u, new Outcome(d, Result.SKIPPED, !errors.isEmpty(), where + ": already "
                    + (errors.isEmpty() ? done(d.action()) : "corrected, and not signed off: " + describe(errors))));
        }
        if (!seen && !holdsCorrection) {
            throw changedSince(where);
        }
        TransUnit after = signOff.decide(u, d.action(), reviewer, d.text(), now, made(d));
        if (d.action() == Review.Action.APPROVE && !holdsCorrection) {
            // The page warned the editor of the findings and they approved all the same: say so.
            List<Finding> found = errors(u, file, path);
            if (!found.isEmpty()) {
                after = Review.withNote(after, reviewer, "signed off despite " + brief(found) + Review.stamp(now));
            }
        }
        return new Change(after, new Outcome(d, Result.APPLIED, false, d.action().id() + " " + where));
    }

    /** A correction the unit does not hold yet: the new target, then the decision on it. */
    private Change correct(TransUnit u, Content target, Decision d, String where, XliffFile file, Path path,
            SignOff signOff) {
        TransUnit c = Review.correct(u, target, reviewer, now);
        signOff.recordDecision(u.id(), d.action(), reviewer, made(d));
        if (d.action() == Review.Action.COMMENT) {
            if (d.text() != null && !d.text().isBlank()) {
                c = signOff.decide(c, Review.Action.COMMENT, reviewer, d.text(), now, made(d));
            }
            return new Change(c, new Outcome(d, Result.APPLIED, false, "corrected " + where));
        }
        List<String> empty = Review.emptySegments(c);
        List<Finding> errors = errors(c, file, path);
        if (!empty.isEmpty() || !errors.isEmpty()) {
            String why = !empty.isEmpty() ? String.join(", ", empty) + (empty.size() == 1 ? " has" : " have")
                    + " no translation" : "the checks find " + describe(errors);
            c = Review.withNote(c, reviewer, "not signed off: " + (empty.isEmpty() ? "the correction has " + brief(errors) : why)
                    + Review.stamp(now));
            return new Change(c, new Outcome(d, Result.APPLIED, true, "corrected " + where + ", not signed off: " + why));
        }
        c = signOff.decide(c, Review.Action.APPROVE, reviewer, null, now, made(d));
        return new Change(c, new Outcome(d, Result.APPLIED, false, "corrected and signed off " + where));
    }

    /** Whether the decision's effect is in the unit already. */
    private boolean alreadyApplied(TransUnit u, Decision d, SignOff signOff, List<Finding> errors) {
        boolean noText = d.text() == null || d.text().isBlank();
        return switch (d.action()) {
            case APPROVE -> !errors.isEmpty() // a correction held back for its errors: still held back
                    || u.state() != null && u.state().isSignedOff() && signOff.signedOff(u.id(), Review.targetText(u));
            case REJECT -> !noText && Review.hasNote(u, reviewer, Review.REJECTED + ": " + d.text().strip());
            case COMMENT -> noText ? d.correction() != null : Review.hasNote(u, reviewer, d.text());
        };
    }

    private static String done(Review.Action action) {
        return switch (action) {
            case APPROVE -> "signed off with this text";
            case REJECT -> "rejected for this reason";
            case COMMENT -> "commented with this text";
        };
    }

    /** The findings at error severity in the unit as it would be written. */
    private List<Finding> errors(TransUnit u, XliffFile file, Path path) {
        return checks.check(path, file.sourceLanguage(), file.targetLanguage(), u).stream()
                .filter(f -> f.severity() == Severity.ERROR && f.rule() != Rule.UNTRANSLATED).toList();
    }

    private static String describe(List<Finding> errors) {
        return String.join("; ", errors.stream().map(f -> "error " + f.rule().id() + ": " + f.message()).toList());
    }

    /** The errors in a few words, for a note: {@code errors term-forbidden (khankendi), inline-codes}. */
    private static String brief(List<Finding> errors) {
        List<String> each = errors.stream().map(f -> f.rule().id() + (f.conceptId() == null ? "" : " (" + f.conceptId() + ")"))
                .distinct().toList();
        return (each.size() == 1 ? "an error " : "errors ") + String.join(", ", each);
    }

    private static WorkbenchException changedSince(String where) {
        return new WorkbenchException(where + " changed since the report was made; make a new report and decide again");
    }

    private static Outcome refused(Decision d, String message) {
        return new Outcome(d, Result.REFUSED, false, message);
    }
}
