package org.l10nwb.cli;

import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.WorkbenchException;

/**
 * The options of the workbench itself rather than of one command: {@code --debug} and
 * {@code --project DIR} (or {@code --project=DIR}). They may stand anywhere on the command line
 * and are taken out of it before Spring Shell parses the command; with no command left, they
 * apply to the whole shell session.
 *
 * @param debug whether stack traces are printed with errors
 * @param project the project folder given, or {@code null} for the project containing the working folder
 * @param command the command line without them
 */
public record GlobalOptions(boolean debug, String project, List<String> command) {
    public static final String PROJECT = "--project";
    public static final String DEBUG = "--debug";

    /** Takes the global options out of the arguments; a missing or repeated folder is a usage error. */
    public static GlobalOptions parse(String[] argv) {
        boolean debug = false;
        String project = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            String value;
            if (a.equals(DEBUG)) {
                debug = true;
                continue;
            } else if (a.equals(PROJECT)) {
                value = i + 1 < argv.length && !argv[i + 1].startsWith("--") ? argv[++i] : "";
            } else if (a.startsWith(PROJECT + "=")) {
                value = a.substring(PROJECT.length() + 1);
            } else {
                rest.add(a);
                continue;
            }
            if (value.isBlank()) {
                throw new WorkbenchException(PROJECT + " needs the project's folder: " + PROJECT + " DIR");
            }
            if (project != null && !project.equals(value)) {
                throw new WorkbenchException(PROJECT + " is given twice ('" + project + "' and '" + value + "')");
            }
            project = value;
        }
        return new GlobalOptions(debug, project, List.copyOf(rest));
    }
}
