package org.l10nwb.cli.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jline.terminal.Terminal;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.session.SegmentView;

/**
 * A segment's translation edited in the translator's own editor ({@code $VISUAL}, else
 * {@code $EDITOR}): the source as {@code #} comment lines above the translation, the terminal
 * handed over while the editor runs, the temporary file removed afterwards.
 */
public final class ExternalEditor {
    private final String command;

    private ExternalEditor(String command) {
        this.command = command;
    }

    /** The editor the environment names; a user error when it names none. */
    public static ExternalEditor fromEnvironment() {
        String editor = System.getenv("VISUAL") != null ? System.getenv("VISUAL") : System.getenv("EDITOR");
        if (editor == null || editor.isBlank()) {
            throw new WorkbenchException("edit: set $EDITOR (or $VISUAL) to an editor, or use 't TEXT'");
        }
        return new ExternalEditor(editor);
    }

    /**
     * The text the translator saved, lines starting with {@code #} left out and stripped; a user
     * error when the editor fails.
     *
     * @param terminal the shell's terminal, paused while the editor has it, or {@code null}
     */
    public String edit(SegmentView v, String sourceLanguage, String targetLanguage, Terminal terminal) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("workbench-" + v.ref().id().replace(':', '-') + "-", ".txt");
            StringBuilder sb = new StringBuilder();
            sb.append("# ").append(v.ref().id()).append(" (").append(sourceLanguage).append(" → ")
                    .append(targetLanguage).append("); lines starting with # are left out\n");
            for (String line : v.source().display().split("\n", -1)) {
                sb.append("# ").append(line).append('\n');
            }
            sb.append(v.target() == null ? "" : v.target().display()).append('\n');
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            if (terminal != null) {
                terminal.pause();
            }
            int code;
            try {
                code = new ProcessBuilder(List.of("sh", "-c", command + " \"$1\"", "editor", tmp.toString())).inheritIO()
                        .start().waitFor();
            } finally {
                if (terminal != null) {
                    terminal.resume();
                }
            }
            if (code != 0) {
                throw new WorkbenchException("edit: the editor exited with " + code + "; nothing changed");
            }
            StringBuilder text = new StringBuilder();
            for (String line : Files.readAllLines(tmp, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#")) {
                    text.append(text.length() > 0 ? "\n" : "").append(line);
                }
            }
            return text.toString().strip();
        } catch (IOException e) {
            throw new WorkbenchException("edit: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkbenchException("edit: interrupted; nothing changed");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file of the editor's; the system cleans its temp folder
                }
            }
        }
    }
}
