package org.l10nwb.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.command.CommandContext;
import org.springframework.shell.command.CommandOption;
import org.springframework.shell.command.CommandParser.CommandParserResult;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.project.Project;

/** Option handling shared by commands. */
public final class Options {
    private Options() {
    }

    /** Every value of a repeatable option, in order (Spring Shell itself keeps only the last one). */
    public static List<String> allValues(CommandContext context, String longName) {
        List<String> values = new ArrayList<>();
        for (CommandParserResult r : context.getParserResults().results()) {
            CommandOption o = r.option();
            if (o.getLongNames() == null || !List.of(o.getLongNames()).contains(longName) || r.value() == null) {
                continue;
            }
            if (r.value() instanceof List<?> list) {
                list.forEach(v -> values.add(String.valueOf(v)));
            } else if (r.value() instanceof Object[] array) {
                for (Object v : array) {
                    values.add(String.valueOf(v));
                }
            } else {
                values.add(String.valueOf(r.value()));
            }
        }
        return values;
    }

    /** The {@code --glossary} paths given, else the project's glossary file or folder. */
    public static List<Path> glossaries(CommandContext context, Projects projects) {
        return glossaries(allValues(context, "glossary"), projects);
    }

    /** The {@code --glossary} paths given (values in order), else the project's glossary file or folder. */
    public static List<Path> glossaries(List<String> given, Projects projects) {
        if (!given.isEmpty()) {
            return given.stream().map(Path::of).toList();
        }
        Project project = projects.projectOr("--glossary FILE");
        Path g = project.resolve(project.config().glossary());
        if (!Files.exists(g)) {
            throw new WorkbenchException("the project's glossary '" + project.config().glossary()
                    + "' does not exist yet (create it, import one with 'workbench glossary import', or give --glossary)");
        }
        List<Path> files = org.l10nwb.core.glossary.GlossaryLoader.files(List.of(project.display(g)));
        files.forEach(project.paths()::inside); // the project's own glossary stays inside the project
        return files;
    }

    /** {@code error}, {@code warning} or {@code never} ({@link Severity#OFF}). */
    public static Severity failOn(String value) {
        String v = value == null ? "" : value.strip();
        if (v.equalsIgnoreCase("never")) {
            return Severity.OFF;
        }
        if (v.equalsIgnoreCase("error") || v.equalsIgnoreCase("warning")) {
            return Severity.parse(v, "--fail-on");
        }
        throw new WorkbenchException("--fail-on: '" + value + "' is not error, warning or never");
    }
}
