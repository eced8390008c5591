package org.l10nwb.cli.command;

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
import org.l10nwb.core.check.CheckStream;
import org.l10nwb.core.check.CheckTally;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.check.Suppressions;
import org.l10nwb.core.check.XliffFiles;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.report.JUnitReport;
import org.l10nwb.core.report.ReportFormat;
import org.l10nwb.core.report.SarifReport;
import org.l10nwb.core.report.TextReport;

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
        CheckConfig config = project == null ? CheckConfig.defaults() : CheckConfig.fromSettings(project.config().settings(), project.configFile());
        CheckService service = new CheckService(glossary, Languages.installed(), config);
        // Streamed: every file is read through once for the checks that learn from the locale
        // (and to find the unreadable ones before anything is written), then again to be checked
        // batch by batch, so memory is bounded by a batch of units, not by the files.
        CheckStream stream = new CheckStream(service, limits, request.targetLanguage());
        List<CheckResult.Unreadable> unreadable = new ArrayList<>();
        stream.learn(xliffs).forEach((x, e) -> {
            // One bad file must not hide the findings of the others: it is reported with them
            // (and on standard error), and the run exits 2 after the report is written.
            unreadable.add(new CheckResult.Unreadable(
                    e.position() != null ? e.position() : SourcePosition.of(x),
                    e.detail() + org.l10nwb.cli.Remedies.advice(e.remedy(), e.remedyArgument())));
        });
        Suppressions suppressions = Suppressions.forFiles(stream.readable());
        Severity failOn = threshold == Severity.OFF ? Severity.ERROR : threshold;
        Report writer = new Report(stream, suppressions, service, reportFormat, config, failOn, request.showSuppressed(),
                unreadable);
        Path target = request.output() == null ? null : Path.of(request.output());
        Produced produced = null;
        Path staged = null;
        if (target != null) {
            // Straight into the staged file beside the target, installed once the notes are said:
            // a report of half a million findings is not held, nor copied.
            Produced[] made = {null};
            try {
                staged = AtomicFiles.stage(target, out -> made[0] = writer.produce(out));
                produced = made[0];
            } catch (WorkbenchException e) {
                // cannot write there: the notes first, then the same error, as when the report was held
                staged = null;
            }
        }
        try (ReportSpool spool = new ReportSpool()) {
            if (produced == null) {
                produced = writer.produce(spool);
            }
            for (String notice : service.notices()) {
                console.error("workbench: note: " + notice);
            }
            // The same at every run of a project (no Azerbaijani dictionary), so a CI log is not
            // made to repeat it: said when asked for.
            if (request.verbose()) {
                for (String limitation : service.limitations()) {
                    console.error("workbench: note: " + limitation);
                }
            }
            for (CheckResult.Unreadable u : unreadable) {
                console.error(u.position().render() + ": " + u.message());
            }
            List<Suppressions.Suppression> stale = produced.stale();
            if (!stale.isEmpty()) {
                console.error("workbench: note: " + stale.size() + (stale.size() == 1 ? " suppression no"
                        : " suppressions no") + " longer match their finding or text ('workbench suppress lint' lists them)");
            }
            String summary = TextReport.summary(produced.tally(), unreadable.size());
            if (target != null) {
                if (staged != null) {
                    AtomicFiles.install(staged, target);
                } else {
                    AtomicFiles.write(target, spool::copyTo);
                }
                console.error(summary + " (report: " + Paths2.display(target) + ")");
            } else {
                spool.copyTo(console.out());
                console.flush();
                if (reportFormat != ReportFormat.TEXT) {
                    console.error(summary);
                }
            }
            if (threshold != Severity.OFF && produced.tally().failsAt(threshold)) {
                status.raise(ExitStatus.FINDINGS);
            }
            if (!unreadable.isEmpty()) {
                status.raise(ExitStatus.USAGE);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What writing the report gave: the counts, and the suppressions that covered no finding. */
    private record Produced(CheckTally tally, List<Suppressions.Suppression> stale) {
    }

    /** The second pass of a streamed check, its results written as they come in the format asked for. */
    private record Report(CheckStream stream, Suppressions suppressions, CheckService service, ReportFormat format,
            CheckConfig config, Severity failOn, boolean showSuppressed, List<CheckResult.Unreadable> unreadable) {

        Produced produce(java.io.OutputStream to) throws java.io.IOException {
            java.io.OutputStream out = new java.io.BufferedOutputStream(to, 1 << 16);
            CheckTally tally;
            List<Suppressions.Suppression> stale;
            switch (format) {
                case TEXT -> {
                    PrintWriter w = new PrintWriter(new java.io.BufferedWriter(
                            new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
                    TextReport.Streamed text = new TextReport.Streamed(w, showSuppressed, unreadable);
                    tally = new CheckTally(text);
                    stale = stream.check(suppressions, tally);
                    text.end(TextReport.summary(tally, unreadable.size()));
                    if (w.checkError()) {
                        throw new java.io.IOException("the report could not be written");
                    }
                }
                case SARIF -> {
                    SarifReport.Streamed sarif = new SarifReport.Streamed(config, WorkbenchApplication.version(), out,
                            unreadable);
                    tally = new CheckTally(sarif);
                    stale = stream.check(suppressions, tally);
                    sarif.end();
                }
                default -> {
                    // JUnit's suites carry their counts before their cases: the results are gathered
                    // (without the documents' models) and written at the end.
                    Gathered gathered = new Gathered();
                    tally = new CheckTally(gathered);
                    stale = stream.check(suppressions, tally);
                    JUnitReport.write(new CheckResult(gathered.files(), service.notices(), unreadable,
                            service.limitations()), failOn, out);
                }
            }
            out.flush();
            return new Produced(tally, stale);
        }
    }

    /** The results of a streamed check, file by file, without the documents they came from. */
    private static final class Gathered implements CheckStream.Sink {
        private final List<CheckResult.FileResult> files = new ArrayList<>();
        private Path file;
        private String source;
        private String target;
        private List<CheckResult.UnitResult> units;

        @Override
        public void file(Path file, String sourceLanguage, String targetLanguage) {
            close();
            this.file = file;
            this.source = sourceLanguage;
            this.target = targetLanguage;
            this.units = new ArrayList<>();
        }

        @Override
        public void unit(CheckResult.UnitResult unit) {
            units.add(unit);
        }

        private void close() {
            if (units != null) {
                files.add(new CheckResult.FileResult(file, source, target, units));
                units = null;
            }
        }

        List<CheckResult.FileResult> files() {
            close();
            return files;
        }
    }
}
