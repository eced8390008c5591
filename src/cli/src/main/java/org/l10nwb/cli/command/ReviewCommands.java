package org.l10nwb.cli.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.shell.command.CommandContext;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.Plural;
import org.l10nwb.cli.ExitStatus;
import org.l10nwb.cli.Projects;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.Remedy;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.review.ReviewService;
import org.l10nwb.review.html.ReportRenderer;

/**
 * {@code review report|open|diff|apply}: the editors' side. The report is one self-contained HTML
 * page per locale (or all locales side by side); decisions made in it come back as a JSON file
 * that {@code review apply} writes into the XLIFF files.
 */
@Command(command = "review", group = "Reviewing")
public class ReviewCommands {
    private final Console console;
    private final ExitStatus status;
    private final TranslateCommands translate;
    private final Projects projects;

    public ReviewCommands(Console console, ExitStatus status, TranslateCommands translate, Projects projects) {
        this.console = console;
        this.status = status;
        this.translate = translate;
        this.projects = projects;
    }

    /** The reviewer's name: the project's {@code reviewer} setting, $WORKBENCH_REVIEWER, or the user name. */
    static String reviewer(Project project) {
        return Review.reviewer(project == null ? Map.of() : project.config().settings(), System.getenv());
    }

    /** The review service with the project's glossary and check settings, as {@code check} has them. */
    private static ReviewService service(Project project) {
        Glossary glossary = new GlossaryLoader().loadProject(project);
        Languages languages = Languages.installed();
        return new ReviewService(glossary, languages,
                new CheckService(glossary, languages, CheckConfig.fromSettings(project.config().settings(), project.configFile())));
    }

    @Command(command = "report", description = "Write the bilingual review report: one HTML page per locale"
            + " (review/<name>.<locale>.html), or all locales side by side with --combined.")
    public void report(
            @Option(longNames = "locale", arity = OptionArity.EXACTLY_ONE, label = "LOCALES",
                    description = "target locales, comma-separated (default: all)") String locales,
            @Option(longNames = "combined", description = "one page with every locale side by side") boolean combined,
            @Option(longNames = "output", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "the file to write (one locale, or --combined)") String output) {
        Project project = projects.projectOr("--project DIR");
        List<LocaleTag> targets = project.targetLocales(locales == null ? List.of() : List.of(locales));
        if (output != null && !combined && targets.size() != 1) {
            throw new WorkbenchException("--output takes one locale, or --combined");
        }
        ReviewService service = service(project);
        ReportRenderer renderer = new ReportRenderer();
        OffsetDateTime now = OffsetDateTime.now();
        for (String doc : project.config().documents()) {
            String name = Paths2.baseName(Path.of(doc));
            List<List<LocaleTag>> pages = combined ? List.of(targets) : targets.stream().map(List::of).toList();
            for (List<LocaleTag> page : pages) {
                List<String> files = new ArrayList<>();
                List<Path> paths = new ArrayList<>();
                for (Project.Translation t : project.translations(doc, page)) {
                    Path x = t.xliff();
                    if (!Files.exists(x)) {
                        throw WorkbenchException.inFile(project.display(x), "not extracted yet")
                                .remedy(Remedy.EXTRACT, null);
                    }
                    files.add(project.relative(x));
                    paths.add(project.display(x));
                }
                String locs = String.join(", ", page.stream().map(LocaleTag::tag).toList());
                ReviewService.Report report = service.report("Review: " + doc + " (" + locs + ")", files, paths, now);
                Path out = output != null ? Path.of(output) : project.display(project.resolve("review").resolve(
                        name + (combined ? "" : "." + page.get(0).tag()) + ".html"));
                AtomicFiles.write(out, renderer.render(report));
                int findings = report.findingsByRule().values().stream().mapToInt(Integer::intValue).sum();
                console.println(Paths2.display(out) + ": " + Plural.of(report.rows().size(), "unit") + ", " + locs + ", "
                        + Plural.of(findings, "finding"));
            }
        }
    }

    @Command(command = "open", description = "Open a locale's XLIFF for review in the shell; then approve, reject REASON,"
            + " comment TEXT on each segment's unit.")
    public void open(
            @Option(longNames = "target", arity = OptionArity.EXACTLY_ONE, required = true, label = "LOCALE|FILE",
                    description = "a target locale of the project, or the path of an .xlf file")
            @OptionValues(provider = "openTargets") String target,
            @Option(longNames = "document", arity = OptionArity.EXACTLY_ONE, label = "NAME",
                    description = "which source document, when the project has several") String document,
            CommandContext context) {
        translate.open(target, document, null, context);
        Project project = null;
        try {
            project = projects.projectOr("--project DIR");
        } catch (WorkbenchException outside) {
            // a file outside any project: the reviewer comes from the environment
        }
        console.println("reviewing as " + reviewer(project) + " (set 'reviewer' in workbench.properties or"
                + " WORKBENCH_REVIEWER to change it)");
    }

    @Command(command = "diff", description = "Show what changed since the last sign-off, unit by unit: the text as"
            + " written, [-removed-] and {+added+} words marked, inline codes as placeholders.")
    public void diff(
            @Option(longNames = "locale", arity = OptionArity.EXACTLY_ONE, label = "LOCALES",
                    description = "target locales, comma-separated (default: all)") String locales) {
        Project project = projects.projectOr("--project DIR");
        int total = 0;
        List<LocaleTag> targets = project.targetLocales(locales == null ? List.of() : List.of(locales));
        for (String doc : project.config().documents()) {
            for (Project.Translation t : project.translations(doc, targets)) {
                Path x = project.display(t.xliff());
                if (!Files.exists(x)) {
                    continue;
                }
                for (ReviewService.Changed c : ReviewService.diff(x)) {
                    total++;
                    console.println(Paths2.display(x) + " unit " + c.unitId() + " (now " + c.state() + "), signed off by "
                            + c.signedOff().by() + " at " + c.signedOff().at() + ":");
                    console.println("   " + c.marked());
                }
            }
        }
        console.println(total == 0 ? "nothing changed since the last sign-off"
                : total + (total == 1 ? " unit changed" : " units changed") + " since the last sign-off");
    }

    @Command(command = "apply", description = "Write the decisions exported from a review report (JSON) into the XLIFF"
            + " files: the last decision per unit; one already applied, or older than the unit's last decision, is"
            + " skipped; a correction is checked again and"
            + " signed off only when approved and free of errors. Decisions about text changed since the report was"
            + " made are refused (exit 1).")
    public void apply(
            @Option(longNames = "file", arity = OptionArity.EXACTLY_ONE, required = true, label = "FILE",
                    description = "the decisions file the report exported") String file) {
        Project project = projects.projectOr("--project DIR");
        ReviewService.Decisions decisions = ReviewService.readDecisions(Path.of(file));
        String who = decisions.reviewer().isEmpty() ? reviewer(project) : decisions.reviewer();
        List<ReviewService.Outcome> outcomes = service(project).applyDecisions(decisions.decisions(), f -> {
            Path p = Path.of(f);
            if (p.isAbsolute() || p.normalize().startsWith("..")) {
                throw new WorkbenchException(file + ": decision about '" + f + "', which is not a file of the project");
            }
            return project.display(project.resolve(f));
        }, who, OffsetDateTime.now());
        Map<ReviewService.Result, Integer> counts = new EnumMap<>(ReviewService.Result.class);
        boolean withheld = false;
        for (ReviewService.Outcome o : outcomes) {
            counts.merge(o.result(), 1, Integer::sum);
            withheld |= o.withheld();
            String line = o.result().name().toLowerCase(Locale.ROOT) + ": " + o.message();
            if (o.result() == ReviewService.Result.REFUSED || o.withheld()) {
                console.error(file + ": " + line); // what still needs someone: the exit status says so too
            } else {
                console.println(line);
            }
        }
        int total = outcomes.size();
        console.println(total + (total == 1 ? " decision: " : " decisions: ") + counts.getOrDefault(ReviewService.Result.APPLIED, 0)
                + " applied, " + counts.getOrDefault(ReviewService.Result.SKIPPED, 0) + " already applied (skipped), "
                + counts.getOrDefault(ReviewService.Result.SUPERSEDED, 0) + " superseded by a later decision on the same unit, "
                + counts.getOrDefault(ReviewService.Result.OLDER, 0) + " older than the unit's last decision (skipped), "
                + counts.getOrDefault(ReviewService.Result.REFUSED, 0) + " refused; as " + who);
        if (counts.containsKey(ReviewService.Result.REFUSED) || withheld) {
            status.raise(ExitStatus.FINDINGS);
        }
    }
}
