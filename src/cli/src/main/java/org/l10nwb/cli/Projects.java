package org.l10nwb.cli;

import java.nio.file.Path;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.project.Project;

/**
 * The project the workbench works on: the folder of the global {@code --project} option, else the
 * project containing the working folder. One for the run, or for the whole shell session;
 * commands ask it for the project instead of resolving folders themselves. The project is opened
 * afresh at every request, so that a shell sees changes to its settings.
 */
public final class Projects {
    private final String given;

    /** @param given the {@code --project} folder, or {@code null} */
    public Projects(String given) {
        this.given = given == null || given.isBlank() ? null : given;
    }

    /** Whether {@code --project} was given. */
    public boolean given() {
        return given != null;
    }

    /** The project: the one given, else the one containing the working folder; a user error when there is none. */
    public Project project() {
        return given != null ? Project.open(Path.of(given)) : Project.locate(workingFolder());
    }

    /**
     * The project, as {@link #project()}; outside any project the error says what to give
     * instead, such as {@code "--glossary FILE"}.
     */
    public Project projectOr(String instead) {
        if (given != null) {
            return Project.open(Path.of(given));
        }
        return Project.enclosing(workingFolder()).orElseThrow(
                () -> new WorkbenchException("not inside a workbench project: give " + instead));
    }

    /** The project, or {@code null} outside any project; a given folder that is not one is still an error. */
    public Project projectIfAny() {
        return given != null ? Project.open(Path.of(given)) : Project.enclosing(workingFolder()).orElse(null);
    }

    private static Path workingFolder() {
        return Path.of("");
    }
}
