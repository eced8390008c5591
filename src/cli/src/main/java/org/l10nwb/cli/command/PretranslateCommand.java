package org.l10nwb.cli.command;

import java.util.List;

import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.Plural;
import org.l10nwb.cli.Projects;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.memory.Pretranslator;
import org.l10nwb.core.memory.SharedMemory;
import org.l10nwb.core.session.ProjectSessions;
import org.l10nwb.core.memory.Pretranslator.Band;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.terms.ForbiddenTerms;

/** {@code pretranslate [LOCALES]}: exact and in-context memory matches into the XLIFF, and the match analysis. */
@Command(group = "Memory")
public class PretranslateCommand {
    private final Console console;
    private final Projects projects;

    public PretranslateCommand(Console console, Projects projects) {
        this.console = console;
        this.projects = projects;
    }

    @Command(command = "pretranslate", description = "Fill untranslated segments from the translation memory (in-context"
            + " and 100% matches) and count the segments per match band.")
    public void pretranslate(
            @Option(longNames = "locale", arity = OptionArity.EXACTLY_ONE, label = "LOCALES",
                    description = "target locales, comma-separated (default: all)") String locales) {
        Project project = projects.project();
        List<LocaleTag> targets = project.targetLocales(locales == null ? List.of() : List.of(locales));
        ForbiddenTerms forbidden = new ForbiddenTerms(new GlossaryLoader().loadProject(project), Languages.installed());
        try (SharedMemory shared = ProjectSessions.sharedMemory(project)) {
            if (shared != null) {
                report(new Pretranslator(shared, project.sourceLocale(), forbidden).pretranslate(project, targets));
                return;
            }
        }
        try (MemoryStore store = TmCommands.store(project)) {
            report(new Pretranslator(store, forbidden).pretranslate(project, targets));
        }
    }

    private void report(List<Pretranslator.Result> results) {
        for (Pretranslator.Result r : results) {
            console.println(Paths2.display(r.file()) + ": filled " + r.filledSegments() + " segment"
                    + (r.filledSegments() == 1 ? "" : "s") + " in " + r.filledUnits() + " unit"
                    + (r.filledUnits() == 1 ? "" : "s") + "; " + Plural.of(r.alreadyTranslated(), "segment")
                    + " already translated" + (r.forbidden() == 0 ? "" : "; " + r.forbidden()
                            + " exact match" + (r.forbidden() == 1 ? "" : "es") + " not filled in: the translation"
                            + " has a term the glossary forbids"));
            for (Band b : Band.values()) {
                console.println(String.format("  %-11s %6d segments %8d words", b.label(), r.segments().get(b),
                        r.words().get(b)));
            }
        }
    }
}
