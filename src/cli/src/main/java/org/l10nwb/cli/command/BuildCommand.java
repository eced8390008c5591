package org.l10nwb.cli.command;

import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.ExitStatus;
import org.l10nwb.cli.Projects;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.build.BuildService;
import org.l10nwb.core.build.PublicationGate;
import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.lang.Languages;
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

    @Command(command = "build", description = "Build each locale's edition of the documents from its XLIFF. An edition"
            + " is refused while a unit is untranslated, rejected by an editor, has a finding at error severity or, with"
            + " build.require = signed-off, is not signed off; each rule can be overridden explicitly.")
    public void build(
            @Option(longNames = "locale", arity = OptionArity.EXACTLY_ONE, label = "LOCALES",
                    description = "target locales to build, comma-separated (default: all)") String locales,
            @Option(longNames = "allow-untranslated",
                    description = "build even with untranslated segments, keeping their source text") boolean allow,
            @Option(longNames = "allow-rejected", description = "build even with units an editor rejected")
            boolean allowRejected,
            @Option(longNames = "allow-errors", description = "build even with findings at error severity")
            boolean allowErrors,
            @Option(longNames = "allow-unsigned", description = "build even with units not signed off"
                    + " (under build.require = signed-off)") boolean allowUnsigned) {
        Project project = projects.project();
        Glossary glossary = new GlossaryLoader().loadProject(project);
        Languages languages = Languages.installed();
        CheckService checks = new CheckService(glossary, languages, CheckConfig.fromSettings(project.config().settings()));
        PublicationGate gate = new PublicationGate(checks, PublicationGate.requiresSignOff(project.config().settings()));
        PublicationGate.Overrides overrides = new PublicationGate.Overrides(allow, allowRejected, allowErrors, allowUnsigned);
        List<BuildService.Outcome> outcomes = new BuildService(formats).build(project,
                project.targetLocales(locales == null ? List.of() : List.of(locales)), gate, overrides);
        for (BuildService.Outcome o : outcomes) {
            String edition = Paths2.display(project.display(o.edition()));
            String xliff = Paths2.display(project.display(o.xliff()));
            for (String w : summary(o, o.overridden())) {
                console.error(xliff + ": warning: " + w + " (overridden); building " + edition + " all the same");
            }
            switch (o.status()) {
                case WRITTEN, UNCHANGED -> {
                    String what = o.status() == BuildService.Status.WRITTEN ? "written" : "unchanged";
                    String extra = o.untranslated() > 0
                            ? " (" + o.untranslated() + " of " + o.segments() + " segments untranslated, source kept)"
                            : "";
                    console.println(edition + ": " + what + extra);
                }
                case REFUSED -> {
                    console.error(xliff + ": error: " + String.join("; ", summary(o, o.blockers())) + "; not building "
                            + edition + " (" + remedies(o.blockers()) + ")");
                    status.raise(ExitStatus.FINDINGS);
                }
            }
        }
    }

    /** What blocks (or would have blocked) an edition, one phrase per reason. */
    private static List<String> summary(BuildService.Outcome o, List<PublicationGate.Blocker> blockers) {
        List<String> out = new ArrayList<>();
        for (PublicationGate.Reason r : PublicationGate.Reason.values()) {
            List<String> units = blockers.stream().filter(b -> b.reason() == r).map(PublicationGate.Blocker::unitId).toList();
            if (units.isEmpty()) {
                continue;
            }
            out.add(switch (r) {
                case UNTRANSLATED -> o.untranslated() + " of " + o.segments() + " segments untranslated";
                case REJECTED -> "rejected by the editor: " + units(units);
                case ERROR_FINDINGS -> "findings at error severity in " + units(units) + " (see 'workbench check')";
                case NOT_SIGNED_OFF -> units.size() + " of the units not signed off (build.require = signed-off): "
                        + units(units);
            });
        }
        return out;
    }

    private static String units(List<String> ids) {
        return (ids.size() == 1 ? "unit " : "units ") + String.join(", ", ids.size() > 12
                ? List.of(String.join(", ", ids.subList(0, 12)), "…") : ids);
    }

    private static String remedies(List<PublicationGate.Blocker> blockers) {
        List<String> out = new ArrayList<>();
        for (PublicationGate.Reason r : PublicationGate.Reason.values()) {
            if (blockers.stream().anyMatch(b -> b.reason() == r)) {
                out.add(switch (r) {
                    case UNTRANSLATED -> "translate them, or use --allow-untranslated";
                    case REJECTED -> "fix them in the shell, or use --allow-rejected";
                    case ERROR_FINDINGS -> "fix them, or use --allow-errors";
                    case NOT_SIGNED_OFF -> "sign them off, or use --allow-unsigned";
                });
            }
        }
        return String.join("; ", out);
    }
}
