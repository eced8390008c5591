package org.l10nwb.cli;

import org.l10nwb.core.Remedy;
import org.l10nwb.core.WorkbenchException;

/**
 * The command line's words for what the user can do about a problem: its commands and options,
 * which the core does not name ({@link Remedy}).
 */
public final class Remedies {
    private Remedies() {
    }

    /** The one-line message of a user error, with what to do about it in this tool's terms. */
    public static String message(WorkbenchException e) {
        if (e.remedy() == Remedy.CHOOSE_REPORT_FORMAT) {
            return "--format: " + e.getMessage() + " (" + e.remedyArgument() + ")";
        }
        return e.getMessage() + advice(e.remedy(), e.remedyArgument());
    }

    /** What to add to a message or note with {@code remedy} ({@code ""} for none). */
    public static String advice(Remedy remedy, String argument) {
        if (remedy == null) {
            return "";
        }
        return switch (remedy) {
            case EXTRACT -> "; run 'workbench extract" + (argument == null ? "" : " " + argument) + "' first";
            case CREATE_PROJECT -> "; create one with 'workbench init'";
            case CHOOSE_PROJECT -> " (use --project DIR, or create one with 'workbench init')";
            case CHOOSE_DOCUMENT -> "; say which with --document (" + argument + ")";
            case GIVE_GLOSSARY -> " (give --glossary FILE)";
            case GIVE_SOURCE -> " (--source FILE)";
            case GIVE_TARGETS -> " (--targets ka,ru,az)";
            case NAME_WITH_ONE_DOCUMENT -> " (--name)";
            case CHOOSE_REPORT_FORMAT -> " (" + argument + ")";
            case GIVE_XLIFF_OR_PROJECT -> " (give the path of an .xlf file, or --project DIR)";
            case FORCE -> "; fix them, or '" + argument + " --force' to do it all the same (it is recorded in a note)";
        };
    }
}
