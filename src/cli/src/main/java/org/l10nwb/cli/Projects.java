package org.l10nwb.cli;

import java.nio.file.Path;

import org.l10nwb.core.project.Project;

/** Finds the project a command works on. */
public final class Projects {
    private Projects() {}

    /** The project in {@code dir} when given, else the project containing the working directory. */
    public static Project resolve(String dir) {
        if (dir != null && !dir.isBlank()) {
            return Project.open(Path.of(dir));
        }
        return Project.locate(Path.of(""));
    }
}
