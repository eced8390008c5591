package org.l10nwb.core.session;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.l10nwb.core.Remedy;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.TransUnit;

/**
 * The guard rail on confirming and approving: a unit whose translation has findings at error
 * severity (a forbidden term, a required one missing, lost inline codes) is refused, unless the
 * person forces it; a forced decision is recorded in a note on the unit, so that the editor and
 * CI see who overrode what.
 */
final class ErrorGuard {
    private ErrorGuard() {
    }

    /** The findings at error severity among {@code findings}. */
    static List<Finding> errors(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    /**
     * {@code decided} as it may be written: unchanged when it has no error, with a note when the
     * decision is forced; a user error when it is not.
     *
     * @param done what the decision is, in the past tense ({@code confirmed}, {@code approved})
     * @param command the command that forces it (for the remedy the front end words)
     */
    static TransUnit check(TransUnit decided, List<Finding> findings, boolean force, String who, String done,
            String command) {
        List<Finding> errors = errors(findings);
        if (errors.isEmpty()) {
            return decided;
        }
        String what = errors.stream().map(f -> f.rule().id() + " (" + f.message() + ")")
                .collect(Collectors.joining("; "));
        if (!force) {
            throw new WorkbenchException("unit " + decided.id() + " not " + done + ": " + errors.size() + " finding"
                    + (errors.size() == 1 ? "" : "s") + " at error severity: " + what).remedy(Remedy.FORCE, command);
        }
        List<Note> notes = new ArrayList<>(decided.notes());
        notes.add(new Note(who, null, done + " despite " + errors.size() + " finding" + (errors.size() == 1 ? "" : "s")
                + " at error severity: " + what));
        return decided.withNotes(notes);
    }
}
