package org.l10nwb.cli.command;

import java.util.List;

import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.Projects;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.stats.StatsService;
import org.l10nwb.core.stats.StatsService.LocaleStats;
import org.l10nwb.core.model.Status;

/** {@code stats [LOCALES]}: progress per locale. */
@Command(group = "Project")
public class StatsCommand {
    private final Console console;
    private final Projects projects;

    public StatsCommand(Console console, Projects projects) {
        this.console = console;
        this.projects = projects;
    }

    @Command(command = "stats", description = "Show segments and words per locale: translated, needing review,"
            + " signed off.")
    public void stats(
            @Option(longNames = "locale", arity = OptionArity.EXACTLY_ONE, label = "LOCALES",
                    description = "target locales, comma-separated (default: all)") String locales) {
        Project project = projects.project();
        List<LocaleStats> all = new StatsService().stats(project,
                project.targetLocales(locales == null ? List.of() : List.of(locales)));
        String header = String.format("%-8s %6s %8s  %-16s %-16s %-16s %-16s %-16s %8s", "locale", "units", "words",
                "translated", "needs review", "signed off", "draft", "untranslated", "target");
        console.println(header);
        for (LocaleStats s : all) {
            console.println(String.format("%-8s %6d %8d  %-16s %-16s %-16s %-16s %-16s %8d", s.locale().tag(),
                    s.units(), s.total().words(), cell(s, s.done()), cell(s, s.of(Status.NEEDS_REVIEW)),
                    cell(s, s.of(Status.SIGNED_OFF)), cell(s, s.of(Status.DRAFT)), cell(s, s.of(Status.UNTRANSLATED)),
                    s.targetWords()));
            for (var missing : s.missing()) {
                console.println("         " + Paths2.display(missing) + ": not extracted yet");
            }
        }
        console.println("(segments/words in the source, ICU word breaks for '" + project.sourceLocale()
                + "'; translated includes signed off; target: words of the translations, each locale's own word breaks)");
    }

    private static String cell(LocaleStats s, StatsService.Tally t) {
        int pct = s.total().words() == 0 ? 0 : (int) Math.floor(100.0 * t.words() / s.total().words());
        return t.segments() + "/" + t.words() + " " + pct + "%";
    }
}
