package org.l10nwb.cli.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.Projects;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.project.ProjectInitializer;
import org.l10nwb.cli.team.Git;
import org.l10nwb.cli.team.TeamSetup;
import org.l10nwb.cli.team.DriverCommand;

/** {@code init DIR --source FILE --targets ka,ru,az}: creates a project. */
@Command(group = "Project")
public class InitCommand {
    private final Console console;
    private final DocumentFormats formats;
    private final Projects projects;

    public InitCommand(Console console, DocumentFormats formats, Projects projects) {
        this.console = console;
        this.formats = formats;
        this.projects = projects;
    }

    @Command(command = "init", description = "Create a project in DIR around a source document.")
    public void init(
            @Option(longNames = "dir", arity = OptionArity.EXACTLY_ONE, required = true, label = "DIR",
                    description = "folder of the new project (created when missing)") String dir,
            @Option(longNames = "source", arity = OptionArity.EXACTLY_ONE, required = true, label = "FILE",
                    description = "source document(s), comma-separated (.txt, .md, .html)") String source,
            @Option(longNames = "targets", arity = OptionArity.EXACTLY_ONE, required = true, label = "LOCALES",
                    description = "target locales, comma-separated BCP 47 tags, e.g. ka,ru,az") String targets,
            @Option(longNames = "source-locale", arity = OptionArity.EXACTLY_ONE, defaultValue = "en", label = "LOCALE",
                    description = "language of the source documents") String sourceLocale,
            @Option(longNames = "name", arity = OptionArity.EXACTLY_ONE, label = "NAME",
                    description = "the document's name in the project (default: from the file name)") String name,
            @Option(longNames = "git", arity = OptionArity.ZERO, defaultValue = "false",
                    description = "make the folder a git repository (git init) with the workbench's merge drivers")
            boolean gitInit) {
        if (projects.given()) {
            throw new WorkbenchException("init makes a new project in DIR; --project names an existing one");
        }
        List<Path> sources = new ArrayList<>();
        for (String s : source.split(",")) {
            if (!s.isBlank()) {
                sources.add(Path.of(s.strip()));
            }
        }
        List<LocaleTag> targetTags = new ArrayList<>();
        for (String t : targets.split(",")) {
            if (!t.isBlank()) {
                targetTags.add(LocaleTag.of(t));
            }
        }
        Project project = new ProjectInitializer(formats).init(Path.of(dir), sources, LocaleTag.of(sourceLocale),
                targetTags, name);
        console.println("Created project " + Paths2.display(Paths2.forDisplay(project.root())) + ": "
                + project.sourceLocale() + " -> " + String.join(", ",
                        project.targetLocales().stream().map(LocaleTag::tag).toList()));
        for (String d : project.config().documents()) {
            console.println("  " + d);
        }
        // A project in git (made so with --git, or created inside a clone) merges with the
        // workbench's drivers; the attributes are written anyway, for a repository made later.
        Git git = new Git(project.root());
        if (gitInit && !git.isRepository()) {
            git.ok("init", "-q");
        }
        if (git.isRepository()) {
            console.println("  " + TeamCommands.install(project, DriverCommand.current()));
        } else {
            TeamSetup.writeAttributes(project);
        }
        console.println("Next: workbench extract --project " + Paths2.display(Paths2.forDisplay(project.root())));
    }
}
