package org.l10nwb.cli.command;

import java.util.List;

import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.ExitStatus;
import org.l10nwb.cli.Projects;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.build.BuildService;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.project.Project;

/** {@code build [LOCALES]}: the editions from their XLIFF. */
@Command(group = "Project")
public class BuildCommand {
    private final Console console;
    private final ExitStatus status;
    private final DocumentFormats formats;
    private final Projects projects;

    public BuildCommand(Console console, ExitStatus status, DocumentFormats formats, Projects projects) {
        this.console = console;
        this.status = status;
        this.formats = formats;
        this.projects = projects;
    }

    @Command(command = "build", description = "Build each locale's edition of the documents from its XLIFF.")
    public void build(
            @Option(longNames = "locale", arity = OptionArity.EXACTLY_ONE, label = "LOCALES",
                    description = "target locales to build, comma-separated (default: all)") String locales,
            @Option(longNames = "allow-untranslated",
                    description = "build even with untranslated segments, keeping their source text") boolean allow) {
        Project project = projects.project();
        List<BuildService.Outcome> outcomes = new BuildService(formats).build(project,
                project.targetLocales(locales == null ? List.of() : List.of(locales)), allow);
        for (BuildService.Outcome o : outcomes) {
            String edition = Paths2.display(project.display(o.edition()));
            switch (o.status()) {
                case WRITTEN, UNCHANGED -> {
                    String what = o.status() == BuildService.Status.WRITTEN ? "written" : "unchanged";
                    String extra = o.untranslated() > 0
                            ? " (" + o.untranslated() + " of " + o.segments() + " segments untranslated, source kept)"
                            : "";
                    console.println(edition + ": " + what + extra);
                }
                case REFUSED -> {
                    console.error(Paths2.display(project.display(o.xliff())) + ": error: " + o.untranslated() + " of "
                            + o.segments() + " segments untranslated; not building " + edition
                            + " (translate them, or use --allow-untranslated)");
                    status.raise(ExitStatus.FINDINGS);
                }
            }
        }
    }
}
