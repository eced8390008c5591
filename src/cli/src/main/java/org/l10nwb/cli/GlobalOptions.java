package org.l10nwb.cli;

import java.util.ArrayList;
import java.util.List;
import org.l10nwb.cli.shell.OptionWords;
import org.l10nwb.core.WorkbenchException;

/**
 * The options of the workbench itself rather than of one command: {@code --debug},
 * {@code --project DIR} (or {@code --project=DIR}), {@code --help} / {@code -h} and
 * {@code --version}. They may stand anywhere on the command line and are taken out of it before
 * Spring Shell parses the command; with no command left, they apply to the whole shell session.
 *
 * <p>Spring Shell's parser takes an option's value only as the next word; the conventional
 * {@code --opt=value} form is split here into those two words, for every command.
 *
 * @param debug whether stack traces are printed with errors
 * @param project the project folder given, or {@code null} for the project containing the working folder
 * @param command the command line without them ({@code help ...} when help was asked for)
 * @param version whether {@code --version} was asked for
 */
public record GlobalOptions(boolean debug, String project, List<String> command, boolean version) {
    public static final String PROJECT = "--project";
    public static final String DEBUG = "--debug";
    public static final String HELP = "--help";
    public static final String VERSION = "--version";

    public GlobalOptions(boolean debug, String project, List<String> command) {
        this(debug, project, command, false);
    }

    /** Takes the global options out of the arguments; a missing or repeated folder is a usage error. */
    public static GlobalOptions parse(String[] argv) {
        boolean debug = false;
        boolean help = false;
        boolean version = false;
        String project = null;
        List<String> rest = new ArrayList<>();
        List<String> words = OptionWords.split(List.of(argv));
        for (int i = 0; i < words.size(); i++) {
            String a = words.get(i);
            if (a.equals(DEBUG)) {
                debug = true;
                continue;
            }
            if (a.equals(HELP) || a.equals("-h")) {
                help = true;
                continue;
            }
            if (a.equals(VERSION) && rest.isEmpty()) {
                version = true;
                continue;
            }
            if (!a.equals(PROJECT)) {
                rest.add(a);
                continue;
            }
            String value = i + 1 < words.size() && !words.get(i + 1).startsWith("--") ? words.get(++i) : "";
            if (value.isBlank()) {
                throw new WorkbenchException(PROJECT + " needs the project's folder: " + PROJECT + " DIR");
            }
            if (project != null && !project.equals(value)) {
                throw new WorkbenchException(PROJECT + " is given twice ('" + project + "' and '" + value + "')");
            }
            project = value;
        }
        if (help) {
            // `workbench --help`, `workbench check --help`, `workbench tm lookup -h`: the help of
            // the command named by the words before the first option.
            List<String> command = new ArrayList<>(List.of("help"));
            for (String w : rest) {
                if (w.startsWith("-")) {
                    break;
                }
                command.add(w);
            }
            rest = command;
        }
        return new GlobalOptions(debug, project, List.copyOf(rest), version && !help);
    }
}
