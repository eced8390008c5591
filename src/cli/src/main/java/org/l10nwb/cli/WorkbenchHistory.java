package org.l10nwb.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.shell.standard.commands.History;

import org.l10nwb.core.io.AtomicFiles;

/**
 * Spring Shell's {@code history [--file FILE]}, with the file written as the workbench writes
 * every file (atomically, UTF-8, a failure as a one-line error naming it) instead of letting an
 * I/O exception escape, which would be a bug.
 */
public class WorkbenchHistory extends History implements History.Command {
    private final org.jline.reader.History lines;

    public WorkbenchHistory(org.jline.reader.History lines) {
        super(lines);
        this.lines = lines;
    }

    /** Runs under the registration of {@link History#history}, whose {@code @ShellMethod} this overrides. */
    @Override
    public List<String> history(File file) {
        List<String> entries = new ArrayList<>(lines.size());
        lines.forEach(e -> entries.add(e.line()));
        if (file == null) {
            return entries;
        }
        StringBuilder text = new StringBuilder();
        entries.forEach(line -> text.append(line).append(System.lineSeparator()));
        AtomicFiles.write(file.toPath(), text.toString().getBytes(StandardCharsets.UTF_8));
        return List.of(String.format("Wrote %d entries to %s", entries.size(), file));
    }
}
