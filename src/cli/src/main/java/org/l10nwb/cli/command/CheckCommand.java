package org.l10nwb.cli.command;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.command.CommandContext;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.CommandRegistration.OptionArity;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.ExitStatus;
import org.l10nwb.cli.Options;
import org.l10nwb.cli.Projects;
import org.l10nwb.cli.WorkbenchApplication;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckResult;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.check.Suppressions;
import org.l10nwb.core.check.XliffFiles;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.report.JUnitReport;
import org.l10nwb.core.report.ReportFormat;
import org.l10nwb.core.report.SarifReport;
import org.l10nwb.core.report.TextReport;
import org.l10nwb.core.xliff.TargetLocales;
import org.l10nwb.core.xliff.XliffDocuments;

/**
 * {@code check [PATH]...}: the glossary check and the quality checks, for people and for CI.
 *
 * <p>Exit 0 when no finding is at or above {@code --fail-on}, 1 when one is, 2 for bad usage or
 * input that cannot be read. Every input is read before anything is written. An XLIFF file that
 * cannot be read does not stop the run: the others are checked and it is reported among them (an
 * error line, a SARIF tool execution notification, a JUnit error), with exit 2.
 * Findings that a
 * {@code suppressions.tsv} beside the XLIFF accepts do not count, and are listed with their reason
 * in SARIF and, with {@code --show-suppressed}, in the text report.
 */
@Command(group = "Reviewing")
public class CheckCommand {
    private final Console console;
    private final ExitStatus status;
    private final Projects projects;

    public CheckCommand(Console console, ExitStatus status, Projects projects) {
        this.console = console;
        this.status = status;
        this.projects = projects;
    }

    @Command(command = "check", description = "Check translations: the glossary's approved terms used, in any"
            + " inflected form, and no deprecated ones; numbers, addresses, punctuation, quotation marks, brackets, spacing,"
            + " untranslated text, doubled words, consistency and length, by each locale's conventions. PATHs are XLIFF"
            + " files or folders (default: the project's).")
    public void check(
            @Option(longNames = "path", arity = OptionArity.ZERO_OR_MORE, label = "PATH",
                    description = "XLIFF files or folders to check (default: every XLIFF of the current project)")
            String[] paths,
            @Option(longNames = "glossary", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "TBX glossary file or folder; repeat for several (default: the project's glossary)")
            String glossaryOption,
            @Option(longNames = "format", arity = OptionArity.EXACTLY_ONE, defaultValue = "text", label = "FORMAT",
                    description = "text, sarif or junit") String format,
            @Option(longNames = "output", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "write the report to FILE (atomically) instead of standard output") String output,
            @Option(longNames = "fail-on", arity = OptionArity.EXACTLY_ONE, defaultValue = "error", label = "SEVERITY",
                    description = "exit 1 when a finding is at least this severe: error, warning or never")
            String failOn,
            @Option(longNames = "target-language", arity = OptionArity.EXACTLY_ONE, label = "LOCALE",
                    description = "the locale of files that have no target-language and are not in a locale's folder"
                            + " (locales/<locale>/)") String targetLanguage,
            @Option(longNames = "show-suppressed",
                    description = "also list the findings suppressions.tsv accepts, with their reasons (text report)")
            boolean showSuppressed,
            @Option(longNames = "verbose",
                    description = "also say on standard error what was not checked and why (a locale without a"
                            + " spelling dictionary)")
            boolean verbose,
            CommandContext context) {
        run(new Request(paths == null ? List.of() : List.of(paths), Options.allValues(context, "glossary"), format,
                output, failOn, targetLanguage, showSuppressed, verbose));
    }

    /**
     * What a {@code check} was asked for, its options as given.
     *
     * @param paths the XLIFF files or folders (empty: the project's)
     * @param glossaries every {@code --glossary} value, in order (empty: the project's glossary)
     */
    public record Request(List<String> paths, List<String> glossaries, String format, String output, String failOn,
            String targetLanguage, boolean showSuppressed, boolean verbose) {
        public Request {
            paths = List.copyOf(paths);
            glossaries = List.copyOf(glossaries);
        }
    }

    /** Runs the check: the command line's one-shot path calls this without the shell. */
    public void run(Request request) {
        ReportFormat reportFormat = ReportFormat.parse(request.format());
        Severity threshold = Options.failOn(request.failOn());
        List<String> pathArgs = request.paths();
        boolean needGlossary = request.glossaries().isEmpty();
        Project project = null;
        if (pathArgs.isEmpty() || needGlossary || projects.given()) {
            String what = pathArgs.isEmpty() && needGlossary ? "XLIFF files and --glossary FILE"
                    : pathArgs.isEmpty() ? "XLIFF files or folders" : "--glossary FILE";
            project = projects.projectOr(what);
        }
        List<Path> glossaryPaths = Options.glossaries(request.glossaries(), projects);
        List<Path> xliffs;
        if (pathArgs.isEmpty()) {
            xliffs = new ArrayList<>();
            for (Project.Translation t : project.translations()) {
                if (Files.exists(t.xliff())) { // a pipe or a folder there is refused by the reader, not passed over
                    xliffs.add(project.display(t.xliff()));
                }
            }
            if (xliffs.isEmpty()) {
                throw new WorkbenchException("the project has no XLIFF files yet; run 'workbench extract' first");
            }
        } else {
            xliffs = XliffFiles.find(pathArgs.stream().map(Path::of).toList());
            if (xliffs.isEmpty()) {
                throw new WorkbenchException("no XLIFF files (*.xlf, *.xliff) in " + String.join(", ", pathArgs));
            }
        }

        Glossary glossary = new GlossaryLoader().load(glossaryPaths);
        for (Glossary.Warning w : glossary.warnings()) {
            console.error(w.position().render() + ": warning: " + w.message());
        }
        // the project's limits.xliff-mb, which the refusal of a larger file tells the user to set
        InputLimits limits = project == null ? InputLimits.DEFAULTS : project.limits();
        List<Path> readable = new ArrayList<>();
        List<XliffDocument> documents = new ArrayList<>();
        List<CheckResult.Unreadable> unreadable = new ArrayList<>();
        for (Path x : xliffs) {
            try {
                documents.add(TargetLocales.resolve(x, XliffDocuments.read(x, limits), request.targetLanguage()));
                readable.add(x);
            } catch (WorkbenchException e) {
                // One bad file must not hide the findings of the others: it is reported with them
                // (and on standard error), and the run exits 2 after the report is written.
                unreadable.add(new CheckResult.Unreadable(
                        e.position() != null ? e.position() : SourcePosition.of(x),
                        e.detail() + org.l10nwb.cli.Remedies.advice(e.remedy(), e.remedyArgument())));
            }
        }
        CheckConfig config = project == null ? CheckConfig.defaults() : CheckConfig.fromSettings(project.config().settings(), project.configFile());
        Suppressions suppressions = Suppressions.forFiles(readable);
        Suppressions.Applied applied = suppressions.apply(new CheckService(glossary, Languages.installed(), config)
                .check(readable, documents), readable, documents);
        CheckResult result = applied.result().withUnreadable(unreadable);
        for (String notice : result.notices()) {
            console.error("workbench: note: " + notice);
        }
        // The same at every run of a project (no Azerbaijani dictionary), so a CI log is not
        // made to repeat it: said when asked for.
        if (request.verbose()) {
            for (String limitation : result.limitations()) {
                console.error("workbench: note: " + limitation);
            }
        }
        for (CheckResult.Unreadable u : result.unreadable()) {
            console.error(u.position().render() + ": " + u.message());
        }
        if (!applied.stale().isEmpty()) {
            console.error("workbench: note: " + applied.stale().size() + (applied.stale().size() == 1 ? " suppression no"
                    : " suppressions no") + " longer match their finding or text ('workbench suppress lint' lists them)");
        }

        byte[] report = render(result, reportFormat, config, threshold, request.showSuppressed());
        if (request.output() != null) {
            AtomicFiles.write(Path.of(request.output()), report);
            console.error(TextReport.summary(result) + " (report: " + Paths2.display(Path.of(request.output())) + ")");
        } else {
            console.out().print(new String(report, StandardCharsets.UTF_8));
            console.flush();
            if (reportFormat != ReportFormat.TEXT) {
                console.error(TextReport.summary(result));
            }
        }
        if (threshold != Severity.OFF && result.failsAt(threshold)) {
            status.raise(ExitStatus.FINDINGS);
        }
        if (!result.unreadable().isEmpty()) {
            status.raise(ExitStatus.USAGE);
        }
    }

    private static byte[] render(CheckResult result, ReportFormat format, CheckConfig config, Severity threshold,
            boolean showSuppressed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        switch (format) {
            case TEXT -> {
                PrintWriter w = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
                TextReport.write(result, w, showSuppressed);
            }
            case SARIF -> SarifReport.write(result, config, WorkbenchApplication.version(), bytes);
            case JUNIT -> JUnitReport.write(result, threshold == Severity.OFF ? Severity.ERROR : threshold, bytes);
        }
        return bytes.toByteArray();
    }
}
