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
import org.l10nwb.core.check.GlossaryLint;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.DelimitedImporter;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.glossary.TbxWriter;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.project.Project;

/** {@code glossary lint|import|export}: keeping the terminology in order. */
@Command(command = "glossary", group = "Glossary")
public class GlossaryCommands {
    private final Console console;
    private final ExitStatus status;
    private final Projects projects;

    public GlossaryCommands(Console console, ExitStatus status, Projects projects) {
        this.console = console;
        this.status = status;
        this.projects = projects;
    }

    @Command(command = "lint", description = "Find duplicate terms, terms in two concepts, missing languages and"
            + " forbidden terms that are also forms of approved ones.")
    public void lint(
            @Option(longNames = "glossary", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "TBX glossary file or folder; repeat for several (default: the project's glossary)")
            String glossaryOption,
            @Option(longNames = "locale", arity = OptionArity.EXACTLY_ONE, label = "LOCALES",
                    description = "languages every concept must have, comma-separated (default: the project's targets)")
            String locales,
            @Option(longNames = "fail-on", arity = OptionArity.EXACTLY_ONE, defaultValue = "error", label = "SEVERITY",
                    description = "exit 1 when an issue is at least this severe: error, warning or never") String failOn,
            CommandContext context) {
        Severity threshold = Options.failOn(failOn);
        Glossary glossary = new GlossaryLoader().load(Options.glossaries(context, projects));
        List<String> targets = new ArrayList<>();
        if (locales != null) {
            for (String l : locales.split(",")) {
                if (!l.isBlank()) {
                    targets.add(LocaleTag.of(l).tag());
                }
            }
        } else if (projects.given() || Options.allValues(context, "glossary").isEmpty()) {
            Project project = projects.projectOr("--locale");
            project.targetLocales().forEach(t -> targets.add(t.tag()));
        }
        Languages languages = Languages.installed();
        for (String lang : glossary.languages()) {
            if (!languages.has(lang)) {
                console.error("workbench: note: no grammar module for '" + lang + "': its terms match only as written");
            }
        }
        List<GlossaryLint.Issue> issues = new GlossaryLint(languages).lint(glossary, targets);
        for (GlossaryLint.Issue i : issues) {
            console.println(i.render());
        }
        long errors = issues.stream().filter(i -> i.severity() == Severity.ERROR).count();
        long warnings = issues.stream().filter(i -> i.severity() == Severity.WARNING).count();
        long notes = issues.stream().filter(i -> i.severity() == Severity.INFO).count();
        console.println(glossary.concepts().size() + " concepts, " + String.join(", ", glossary.languages()) + ": "
                + count(errors, "error") + ", " + count(warnings, "warning") + ", " + count(notes, "note"));
        if (threshold != Severity.OFF && issues.stream().anyMatch(i -> i.severity().atLeast(threshold))) {
            status.raise(ExitStatus.FINDINGS);
        }
    }

    @Command(command = "import", description = "Turn a CSV or TSV glossary (one concept per row; columns id, en, ru,"
            + " ru:deprecated, ru:note…) into TBX.")
    public void importTable(
            @Option(longNames = "file", arity = OptionArity.EXACTLY_ONE, required = true, label = "FILE",
                    description = "the .csv or .tsv file") String file,
            @Option(longNames = "output", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "the TBX file to write (default: in the project's glossary folder, else beside FILE)")
            String output) {
        Path in = Path.of(file);
        Glossary glossary = new DelimitedImporter().read(in);
        Path out = output != null ? Path.of(output) : defaultImportTarget(in);
        write(glossary, out, "Imported from " + in.getFileName());
    }

    @Command(command = "export", description = "Write the glossary as one TBX v3 (TBX-Basic, DCA) file.")
    public void export(
            @Option(longNames = "output", arity = OptionArity.EXACTLY_ONE, required = true, label = "FILE",
                    description = "the TBX file to write") String output,
            @Option(longNames = "glossary", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "TBX glossary file or folder; repeat for several (default: the project's glossary)")
            String glossaryOption,
            CommandContext context) {
        Glossary glossary = new GlossaryLoader().load(Options.glossaries(context, projects));
        write(glossary, Path.of(output), "Exported by the workbench from " + String.join(", ",
                glossary.files().stream().map(f -> f.getFileName().toString()).toList()));
    }

    private static String count(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private void write(Glossary glossary, Path out, String description) {
        byte[] tbx = new TbxWriter().write(glossary, description);
        boolean existed = Files.exists(out);
        AtomicFiles.write(out, tbx);
        long terms = glossary.concepts().stream().mapToLong(c -> c.languages().stream()
                .mapToLong(s -> s.terms().size()).sum()).sum();
        console.println(Paths2.display(out) + ": " + (existed ? "updated" : "created") + ", "
                + glossary.concepts().size() + " concepts, " + terms + " terms (" + String.join(", ",
                        glossary.languages()) + ")");
        for (Concept c : glossary.concepts()) {
            if (!TbxWriter.xmlId(c.id()).equals(c.id())) {
                console.println("  concept id '" + c.id() + "' written as '" + TbxWriter.xmlId(c.id())
                        + "' (TBX ids must be XML names)");
            }
        }
    }

    private Path defaultImportTarget(Path in) {
        String name = Paths2.baseName(in) + ".tbx";
        Project project = projects.projectIfAny();
        if (project != null) {
            Path g = project.resolve(project.config().glossary());
            if (!Files.isRegularFile(g)) {
                return project.display(g.resolve(name));
            }
            throw new WorkbenchException("the project's glossary is the single file " + project.config().glossary()
                    + "; give --output");
        }
        return in.resolveSibling(name);
    }
}
