package org.l10nwb.cli.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.WorkbenchException;

/**
 * Runs the {@code git} command in a folder. The workbench drives git as a user would instead of
 * through a Java library: the merge drivers it installs are git's own mechanism, and the user's
 * credentials, hooks and remotes then work exactly as on the command line.
 */
public final class Git {
    /** What a git command gave: its exit code and its output (standard output and error together). */
    public record Run(int exit, String output) {
        public boolean ok() {
            return exit == 0;
        }

        public String firstLine() {
            return output.strip().lines().findFirst().orElse("");
        }
    }

    private final Path dir;

    public Git(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** Runs git; a failure to start it (not installed) is an error, a non-zero exit is the caller's to judge. */
    public Run run(String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
        pb.environment().put("LC_ALL", "C");
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Run(p.waitFor(), out);
        } catch (IOException e) {
            throw new WorkbenchException("cannot run git (is it installed?): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkbenchException("interrupted while git was running");
        }
    }

    /** Runs git and answers its output; a non-zero exit is an error quoting git. */
    public String ok(String... args) {
        Run r = run(args);
        if (!r.ok()) {
            throw new WorkbenchException("git " + args[0] + " failed: " + r.firstLine());
        }
        return r.output();
    }

    /** Whether the folder is inside a git work tree. */
    public boolean isRepository() {
        Run r = run("rev-parse", "--is-inside-work-tree");
        return r.ok() && r.output().strip().equals("true");
    }
}
