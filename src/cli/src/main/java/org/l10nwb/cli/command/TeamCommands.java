package org.l10nwb.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.ExitStatus;
import org.l10nwb.cli.Projects;
import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckResult;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.report.TextReport;
import org.l10nwb.cli.team.Git;
import org.l10nwb.cli.team.Sync;
import org.l10nwb.cli.team.TeamSetup;
import org.l10nwb.core.xliff.XliffDocuments;

/** {@code team setup} and {@code sync}: a project shared by a team through git. */
@Command(group = "Team")
public class TeamCommands {
    private final Console console;
    private final ExitStatus status;
    private final Projects projects;

    public TeamCommands(Console console, ExitStatus status, Projects projects) {
        this.console = console;
        this.status = status;
        this.projects = projects;
    }

    @Command(command = "team setup", description = "Make this clone merge XLIFF files, the confirmed memory and the"
            + " sign-off logs with the workbench's merge drivers (.gitattributes and git config; safe to run again).")
    public void setup(
            @Option(longNames = "command", arity = OptionArity.EXACTLY_ONE, label = "CMD",
                    description = "how git starts the workbench (default: this launcher)") String command) {
        Project project = projects.project();
        console.println(install(project, command == null ? org.l10nwb.cli.team.DriverCommand.current() : command));
    }

    /** Installs the drivers in the project's repository; what it did, in a line. */
    public static String install(Project project, String command) {
        Git git = new Git(project.root());
        if (!git.isRepository()) {
            throw new org.l10nwb.core.WorkbenchException("the project is not in a git repository; run 'git init' in "
                    + project.root() + " first");
        }
        boolean attributes = TeamSetup.writeAttributes(project);
        boolean config = TeamSetup.configure(git, command);
        if (!attributes && !config) {
            return "merge drivers already set up";
        }
        return "merge drivers set up: " + (attributes ? ".gitattributes updated" : ".gitattributes unchanged")
                + ", " + (config ? "git config updated" : "git config unchanged") + " (XLIFF per unit, confirmed memory"
                + " by union, sign-off logs by union)";
    }

    @Command(command = "sync", description = "Commit the workbench's changes, pull (fetch and merge with the workbench's"
            + " drivers), check the merged project and push; says what it merged. Refuses when other files have"
            + " uncommitted changes.")
    public void sync(
            @Option(longNames = "message", arity = OptionArity.EXACTLY_ONE, label = "TEXT",
                    description = "commit message for the workbench's uncommitted changes") String message,
            @Option(longNames = "no-push", arity = OptionArity.ZERO, defaultValue = "false",
                    description = "merge and check, but do not push") boolean noPush) {
        Project project = projects.project();
        Sync sync = new Sync(project);
        int committed = sync.commitOwnWork(message != null ? message
                : "Translations, confirmations and sign-offs from " + System.getProperty("user.name", "a translator"));
        if (committed > 0) {
            console.println("committed " + committed + " changed file" + (committed == 1 ? "" : "s"));
        }
        Sync.Pulled pulled = sync.pull();
        if (pulled.commits() == 0) {
            console.println("already up to date with the upstream");
        } else {
            console.println("pulled " + pulled.commits() + " commit" + (pulled.commits() == 1 ? "" : "s") + ", "
                    + pulled.files().size() + " file" + (pulled.files().size() == 1 ? "" : "s") + " changed");
            pulled.merges().forEach(m -> console.println("  " + m));
        }
        CheckResult checked = check(project);
        console.println("check: " + TextReport.summary(checked));
        if (checked.failsAt(Severity.ERROR)) {
            console.println("not pushed: the merged project has findings at error level; see 'workbench check'");
            status.raise(ExitStatus.FINDINGS);
            return;
        }
        if (noPush) {
            return;
        }
        console.println(sync.push() ? "pushed" : "nothing to push");
    }

    private static CheckResult check(Project project) {
        List<Path> xliffs = new ArrayList<>();
        List<XliffDocument> documents = new ArrayList<>();
        for (Project.Translation t : project.translations()) {
            if (Files.isRegularFile(t.xliff())) {
                xliffs.add(project.display(t.xliff()));
                documents.add(XliffDocuments.read(t.xliff()));
            }
        }
        Path g = project.resolve(project.config().glossary());
        Glossary glossary = new GlossaryLoader().load(Files.exists(g) ? List.of(g) : List.of());
        CheckConfig config = CheckConfig.fromSettings(project.config().settings());
        return new CheckService(glossary, Languages.installed(), config).check(xliffs, documents);
    }
}
