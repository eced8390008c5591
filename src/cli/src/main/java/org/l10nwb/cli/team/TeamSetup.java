package org.l10nwb.cli.team;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.io.LockedUpdate;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.project.Project;

/**
 * Makes a project's git repository merge the workbench's files with the workbench's drivers:
 * {@code .gitattributes} in the project folder names a driver for the XLIFF files, the confirmed
 * memory and the sign-off logs, and the repository's configuration says what runs each
 * ({@code merge.<name>.driver}; git configuration is not committed, so every clone needs it).
 * Both steps are idempotent: lines already there are not written again.
 */
public final class TeamSetup {
    /** A merge driver: its git name, the kind the driver command takes, and what it merges. */
    public record Driver(String name, String kind, String description) {
    }

    public static final List<Driver> DRIVERS = List.of(
            new Driver("workbench-xliff", "xliff", "workbench XLIFF merge (per unit)"),
            new Driver("workbench-tmx", "tmx", "workbench confirmed-memory merge (union, newest wins)"),
            new Driver("workbench-signoff", "signoff", "workbench sign-off log merge (union, latest wins)"));

    private static final String HEADER = "# Merged by the workbench's drivers (their commands are in each clone's git config).";

    private TeamSetup() {
    }

    /** The {@code .gitattributes} lines a project needs. */
    public static List<String> attributeLines(Project project) {
        String memory = project.config().memory().replace('\\', '/').replaceAll("/+$", "");
        return List.of("*.xlf merge=workbench-xliff", "*.xliff merge=workbench-xliff",
                memory + "/confirmed-*.tmx merge=workbench-tmx", "*.signoff.json merge=workbench-signoff");
    }

    /** Adds the missing lines to the project's {@code .gitattributes}; whether it changed. */
    public static boolean writeAttributes(Project project) {
        Path file = project.root().resolve(".gitattributes");
        return LockedUpdate.apply(file, writes -> {
            String text = Files.exists(file) ? new String(TextFiles.readBytes(file), StandardCharsets.UTF_8) : "";
            List<String> present = text.lines().map(String::strip).toList();
            List<String> missing = new ArrayList<>();
            for (String line : attributeLines(project)) {
                if (!present.contains(line)) {
                    missing.add(line);
                }
            }
            if (missing.isEmpty()) {
                return false;
            }
            StringBuilder sb = new StringBuilder(text);
            if (!text.isEmpty() && !text.endsWith("\n")) {
                sb.append('\n');
            }
            if (!present.contains(HEADER)) {
                sb.append(text.isEmpty() ? "" : "\n").append(HEADER).append('\n');
            }
            missing.forEach(l -> sb.append(l).append('\n'));
            writes.put(file, sb.toString().getBytes(StandardCharsets.UTF_8));
            return true;
        });
    }

    /**
     * Sets {@code merge.<name>.name} and {@code merge.<name>.driver} in the repository's
     * configuration; {@code command} runs the workbench and is followed by
     * {@code merge-driver <kind> %O %A %B %P}. Whether anything changed.
     */
    public static boolean configure(Git git, String command) {
        boolean changed = false;
        for (Driver d : DRIVERS) {
            String driver = command + " merge-driver " + d.kind() + " %O %A %B %P";
            changed |= set(git, "merge." + d.name() + ".name", d.description());
            changed |= set(git, "merge." + d.name() + ".driver", driver);
        }
        return changed;
    }

    private static boolean set(Git git, String key, String value) {
        Git.Run now = git.run("config", "--local", "--get", key);
        if (now.ok() && now.output().strip().equals(value)) {
            return false;
        }
        git.ok("config", "--local", key, value);
        return true;
    }
}
