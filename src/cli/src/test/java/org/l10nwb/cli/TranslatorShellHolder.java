package org.l10nwb.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.session.ProjectSessions;

/**
 * A child process for the tests: a translator's session open on one locale of a project, as the
 * shell opens it, held until its standard input closes (or it is killed).
 */
public final class TranslatorShellHolder {
    private TranslatorShellHolder() {
    }

    public static void main(String[] args) throws IOException {
        Project project = Project.open(Path.of(args[0]));
        try (var session = ProjectSessions.open(project, args[1], null, List.of(), Languages.installed()).session()) {
            System.out.println(session.readOnly() ? "read-only" : "holding " + session.file());
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the file until the test lets go
            }
        }
    }
}
