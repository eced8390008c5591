package org.l10nwb.cli.command;

import java.util.List;

import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.Plural;
import org.l10nwb.cli.Projects;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.extract.Alignment;
import org.l10nwb.core.extract.ExtractService;
import org.l10nwb.core.extract.Reconciler;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.project.Project;

/** {@code extract [LOCALES]}: source documents into XLIFF, keeping translations. */
@Command(group = "Project")
public class ExtractCommand {
    private static final int SNIPPET = 70;

    private final Console console;
    private final DocumentFormats formats;
    private final Projects projects;

    public ExtractCommand(Console console, DocumentFormats formats, Projects projects) {
        this.console = console;
        this.formats = formats;
        this.projects = projects;
    }

    @Command(command = "extract", description = "Extract the source documents into one XLIFF per target locale,"
            + " keeping existing translations.")
    public void extract(
            @Option(longNames = "locale", arity = OptionArity.EXACTLY_ONE, label = "LOCALES",
                    description = "target locales to extract, comma-separated (default: all)") String locales) {
        Project project = projects.project();
        List<ExtractService.Outcome> outcomes = new ExtractService(formats).extract(project,
                project.targetLocales(locales == null ? List.of() : List.of(locales)));
        for (ExtractService.Outcome o : outcomes) {
            String path = Paths2.display(project.display(o.xliff()));
            String what = switch (o.status()) {
                case CREATED -> "created";
                case UPDATED -> "updated";
                case UNCHANGED -> "unchanged";
            };
            StringBuilder line = new StringBuilder(path).append(": ").append(what).append(", ")
                    .append(Plural.of(o.units(), "unit")).append(", ").append(Plural.of(o.segments(), "segment"));
            Reconciler.Result r = o.reconciled();
            if (r != null && !r.changes().isEmpty()) {
                line.append(" (").append(count(r, Alignment.Kind.ADDED)).append(" added, ")
                        .append(count(r, Alignment.Kind.CHANGED)).append(" changed, ")
                        .append(count(r, Alignment.Kind.REMOVED)).append(" removed, ").append(r.unchangedSegments())
                        .append(" unchanged");
                if (r.markedForReview() > 0) {
                    line.append("; ").append(Plural.of(r.markedForReview(), "unit")).append(" marked needs-review-translation");
                }
                line.append(')');
            }
            console.println(line.toString());
            if (r != null) {
                for (Reconciler.Change c : r.changes()) {
                    console.println("  " + describe(c));
                }
            }
        }
    }

    private static long count(Reconciler.Result r, Alignment.Kind kind) {
        return r.changes().stream().filter(c -> c.kind() == kind).count();
    }

    private static String describe(Reconciler.Change c) {
        return switch (c.kind()) {
            case ADDED -> "+ unit " + c.unitId() + ": " + snippet(c.newText());
            case REMOVED -> "- unit " + c.unitId() + ": " + snippet(c.oldText());
            case CHANGED -> "~ unit " + c.unitId() + ": " + snippet(c.oldText()) + " -> " + snippet(c.newText());
            case SAME -> "= unit " + c.unitId();
        };
    }

    private static String snippet(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= SNIPPET ? "\"" + one + "\"" : "\"" + one.substring(0, SNIPPET - 1) + "…\"";
    }
}
