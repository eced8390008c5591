package org.l10nwb.core;

/**
 * What the user can do about a problem, when it is a step the tool offers: the core says which
 * step, the command line says it in its own words (its commands and options). The core never
 * names a command-line option or command itself, so that another front end can word it its way.
 */
public enum Remedy {
    /** Extract the documents first (the argument, when given, is the locale). */
    EXTRACT,
    /** Create a project. */
    CREATE_PROJECT,
    /** Name the project folder, or create a project. */
    CHOOSE_PROJECT,
    /** Say which of the project's documents (the argument lists them). */
    CHOOSE_DOCUMENT,
    /** Name a glossary to check terms against. */
    GIVE_GLOSSARY,
    /** Name the source document. */
    GIVE_SOURCE,
    /** Name the target locales. */
    GIVE_TARGETS,
    /** A project name applies to one source document only. */
    NAME_WITH_ONE_DOCUMENT,
    /** Choose a report format among those there are (the argument lists them). */
    CHOOSE_REPORT_FORMAT,
    /** Give the path of an XLIFF file, or the project to find a locale's file in. */
    GIVE_XLIFF_OR_PROJECT,
    /** Force the decision (the argument is the command), which is then recorded in a note. */
    FORCE
}
