package org.l10nwb.cli.team;

import java.nio.file.Files;
import java.nio.file.Path;

/** How git is to start this workbench to run a merge driver. */
public final class DriverCommand {
    /** Set by the {@code workbench} launcher to its own path. */
    static final String LAUNCHER_VARIABLE = "WORKBENCH_LAUNCHER";
    /** The application's main class, named rather than referred to: the application depends on this package. */
    static final String MAIN = "org.l10nwb.cli.WorkbenchApplication";

    private DriverCommand() {
    }

    /**
     * The launcher when this run came through it; else this very JVM and class path (a run from
     * an IDE, a test), so that the driver is the same workbench as the one that installed it.
     */
    public static String current() {
        String launcher = System.getenv(LAUNCHER_VARIABLE);
        if (launcher != null && !launcher.isBlank() && Files.isExecutable(Path.of(launcher))) {
            return quote(launcher);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return quote(java) + " -XX:TieredStopAtLevel=1 -Xshare:auto -cp " + quote(System.getProperty("java.class.path"))
                + " " + MAIN;
    }

    /** Quoted for the shell git runs the driver with. */
    static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
