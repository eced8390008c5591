package org.l10nwb.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.command.CommandContext;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.ExitStatus;
import org.l10nwb.cli.Options;
import org.l10nwb.cli.Projects;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckResult;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.check.Suppressions;
import org.l10nwb.core.check.XliffFiles;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.io.LockedUpdate;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.xliff.XliffDocuments;

/**
 * {@code suppress add|lint}: findings the editors accept, kept in {@code suppressions.tsv} beside
 * the XLIFF files (per locale in a project) with a reason and a fingerprint of the text, so that
 * an edited text brings its findings back.
 */
@Command(command = "suppress", group = "Quality")
public class SuppressCommands {
    private final Console console;
    private final ExitStatus status;
    private final Projects projects;

    public SuppressCommands(Console console, ExitStatus status, Projects projects) {
        this.console = console;
        this.status = status;
        this.projects = projects;
    }

    @Command(command = "add", description = "Accept a finding of 'check': it is written with the reason to"
            + " suppressions.tsv beside the XLIFF file and no longer counts, until its source or translation changes.")
    public void add(
            @Option(longNames = "at", arity = OptionArity.EXACTLY_ONE, required = true, label = "UNIT[:SEGMENT]",
                    description = "where the finding is, as check prints it (5, or 5:2 for a segment)") String place,
            @Option(longNames = "check", arity = OptionArity.EXACTLY_ONE, required = true, label = "ID",
                    description = "the finding's check (number-mismatch, quote-style, …)") String check,
            @Option(longNames = "reason", arity = OptionArity.EXACTLY_ONE, required = true, label = "TEXT",
                    description = "why the text stays as it is") String reason,
            @Option(longNames = "locale", arity = OptionArity.EXACTLY_ONE, label = "LOCALE",
                    description = "the project locale whose XLIFF file it is in") String locale,
            @Option(longNames = "document", arity = OptionArity.EXACTLY_ONE, label = "NAME",
                    description = "the source document, when the project has several") String document,
            @Option(longNames = "file", arity = OptionArity.EXACTLY_ONE, label = "FILE.xlf",
                    description = "the XLIFF file, instead of --locale") String file,
            @Option(longNames = "glossary", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "TBX glossary file or folder; repeat for several (default: the project's glossary)")
            String glossaryOption,
            CommandContext context) {
        if (reason.isBlank()) {
            throw new WorkbenchException("--reason: say why the text stays as it is");
        }
        if (CheckConfig.RULES.stream().noneMatch(r -> r.id().equals(check))) {
            throw new WorkbenchException("--check: no check is called '" + check + "'");
        }
        if ((file == null) == (locale == null)) {
            throw new WorkbenchException("give --locale LOCALE (a project's XLIFF file) or --file FILE.xlf");
        }
        Project project = null;
        Path xliff;
        List<Path> together;
        if (file != null) {
            xliff = Path.of(file);
            together = List.of(xliff);
            if (Options.allValues(context, "glossary").isEmpty() || projects.given()) {
                project = projects.projectOr("--glossary FILE");
            }
        } else {
            project = projects.projectOr("--file FILE.xlf");
            LocaleTag tag = project.targetLocale(locale);
            List<String> docs = project.config().documents();
            if (document == null && docs.size() > 1) {
                throw new WorkbenchException("the project has several documents (" + String.join(", ", docs)
                        + "); give --document NAME");
            }
            String doc = document == null ? docs.get(0) : document;
            if (!docs.contains(doc)) {
                throw new WorkbenchException("--document: '" + doc + "' is not a document of the project ("
                        + String.join(", ", docs) + ")");
            }
            xliff = project.display(project.xliffPath(doc, tag));
            together = new ArrayList<>();
            for (String d : docs) {
                Path x = project.display(project.xliffPath(d, tag));
                if (Files.isRegularFile(x)) {
                    together.add(x);
                }
            }
        }
        if (!Files.isRegularFile(xliff)) {
            throw WorkbenchException.inFile(xliff, "no such file");
        }
        Glossary glossary = new GlossaryLoader().load(Options.glossaries(context, projects));
        List<XliffDocument> documents = new ArrayList<>();
        for (Path x : together) {
            documents.add(XliffDocuments.read(x));
        }
        CheckConfig config = project == null ? CheckConfig.defaults() : CheckConfig.fromSettings(project.config().settings());
        CheckResult result = new CheckService(glossary, Languages.installed(), config).check(together, documents);
        int index = together.indexOf(xliff);
        List<Finding> here = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        for (CheckResult.FileResult f : result.files()) {
            if (!f.file().equals(xliff)) {
                continue;
            }
            for (Finding x : f.units().stream().flatMap(u -> u.findings().stream()).toList()) {
                if (x.place().equals(place) && x.rule().id().equals(check)) {
                    here.add(x);
                } else if (x.place().equals(place)) {
                    elsewhere.add(x.rule().id());
                }
            }
        }
        if (here.isEmpty()) {
            throw new WorkbenchException(Paths2.display(xliff) + ": no " + check + " finding at " + place
                    + (elsewhere.isEmpty() ? "" : " (there: " + String.join(", ", elsewhere.stream().distinct().toList()) + ")"));
        }
        String segment = place.contains(":") ? place.substring(place.indexOf(':') + 1) : null;
        String unitId = segment == null ? place : place.substring(0, place.indexOf(':'));
        TransUnit unit = documents.get(index).units().stream().filter(u -> u.id().equals(unitId)).findFirst().orElseThrow();
        Suppressions.Suppression s = new Suppressions.Suppression(xliff.getFileName().toString(), place, check,
                Suppressions.fingerprint(unit, segment), reason.strip(), null);
        Path target = Suppressions.fileFor(xliff);
        boolean replaced = LockedUpdate.applyWaiting(target, writes -> {
            List<Suppressions.Suppression> entries = new ArrayList<>(Files.isRegularFile(target)
                    ? Suppressions.read(target) : List.of());
            boolean had = entries.removeIf(e -> e.document().equals(s.document()) && e.place().equals(s.place())
                    && e.ruleId().equals(s.ruleId()));
            entries.add(s);
            writes.put(target, Suppressions.write(entries));
            return had;
        });
        console.println((replaced ? "accepted again " : "accepted ") + check + " at " + Paths2.display(xliff) + " " + place
                + " (" + here.size() + (here.size() == 1 ? " finding" : " findings") + "): " + s.reason()
                + " → " + Paths2.display(target));
    }

    @Command(command = "lint", description = "List suppressions that no longer match their finding or text (the"
            + " text was edited or the finding is gone): they can be deleted, or the finding accepted again.")
    public void lint(
            @Option(longNames = "path", arity = OptionArity.ZERO_OR_MORE, label = "PATH",
                    description = "XLIFF files or folders (default: every XLIFF of the current project)") String[] paths,
            @Option(longNames = "glossary", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "TBX glossary file or folder; repeat for several (default: the project's glossary)")
            String glossaryOption,
            @Option(longNames = "fail-on", arity = OptionArity.EXACTLY_ONE, defaultValue = "error", label = "SEVERITY",
                    description = "exit 1 when an issue is at least this severe: error, warning or never") String failOn,
            CommandContext context) {
        Severity threshold = Options.failOn(failOn);
        List<String> pathArgs = paths == null ? List.of() : List.of(paths);
        Project project = null;
        if (pathArgs.isEmpty() || Options.allValues(context, "glossary").isEmpty() || projects.given()) {
            project = projects.projectOr("XLIFF files and --glossary FILE");
        }
        List<Path> xliffs = new ArrayList<>();
        if (pathArgs.isEmpty()) {
            for (String doc : project.config().documents()) {
                for (var locale : project.targetLocales()) {
                    Path x = project.xliffPath(doc, locale);
                    if (Files.isRegularFile(x)) {
                        xliffs.add(project.display(x));
                    }
                }
            }
        } else {
            xliffs.addAll(XliffFiles.find(pathArgs.stream().map(Path::of).toList()));
        }
        Suppressions suppressions = Suppressions.forFiles(xliffs);
        Glossary glossary = new GlossaryLoader().load(Options.glossaries(context, projects));
        List<XliffDocument> documents = new ArrayList<>();
        for (Path x : xliffs) {
            documents.add(XliffDocuments.read(x));
        }
        CheckConfig config = project == null ? CheckConfig.defaults() : CheckConfig.fromSettings(project.config().settings());
        Suppressions.Applied applied = suppressions.apply(new CheckService(glossary, Languages.installed(), config)
                .check(xliffs, documents), xliffs, documents);
        for (Suppressions.Suppression s : applied.stale()) {
            console.println(s.position().render() + ": warning stale-suppression " + s.document() + " " + s.place() + ": "
                    + s.ruleId() + " (" + s.reason() + ") no longer matches: the text was edited or the finding is gone");
        }
        int used = applied.result().suppressed().size();
        console.println(suppressions.entries().size() + (suppressions.entries().size() == 1 ? " suppression, " : " suppressions, ")
                + used + (used == 1 ? " finding" : " findings") + " accepted: " + applied.stale().size()
                + " stale");
        if (threshold != Severity.OFF && !applied.stale().isEmpty() && Severity.WARNING.atLeast(threshold)) {
            status.raise(ExitStatus.FINDINGS);
        }
    }
}
