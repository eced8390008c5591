package org.l10nwb.cli;

import java.io.File;
import java.io.StringReader;

import org.jline.reader.Parser;
import org.springframework.shell.jline.FileInputProvider;
import org.springframework.shell.standard.commands.Script;

import org.l10nwb.core.io.TextFiles;

/**
 * Spring Shell's {@code script FILE}, with the file read as the workbench reads every input: a
 * missing or unreadable file, or one that is not UTF-8, is a one-line error with its place (Spring
 * Shell's own command reads it in the platform's charset and lets a missing file escape as an I/O
 * exception, which would be a bug).
 */
public class WorkbenchScript extends Script implements Script.Command {
    private final Parser parser;

    public WorkbenchScript(Parser parser) {
        super(parser);
        this.parser = parser;
    }

    /** Runs under the registration of {@link Script#script}, whose {@code @ShellMethod} this overrides. */
    @Override
    public void script(File file) throws Exception {
        String text = TextFiles.readUtf8(file.toPath());
        try (FileInputProvider lines = new FileInputProvider(new StringReader(text), parser)) {
            getShell().run(lines);
        }
    }
}
