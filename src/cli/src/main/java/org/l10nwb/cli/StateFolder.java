package org.l10nwb.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the workbench keeps what it remembers between runs for the user (the shell's history):
 * {@code $XDG_STATE_HOME/workbench}, else {@code $HOME/.local/state/workbench}, as the XDG base
 * directory specification puts state. Read from the environment rather than from Java's
 * {@code user.home}, which does not follow a changed {@code HOME} (and so a test that sets
 * {@code HOME} to a temporary folder would still write into the developer's real files).
 */
public final class StateFolder {
    private StateFolder() {
    }

    public static Path fromEnvironment() {
        return of(System.getenv());
    }

    /** The folder for these environment variables; only absolute values count, as the specification says. */
    static Path of(Map<String, String> env) {
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "workbench");
        }
        String home = env.get("HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("user.home");
        }
        return Path.of(home, ".local", "state", "workbench");
    }

    /**
     * Where the workbench keeps what it can always compute again (the spelling dictionaries'
     * answers): {@code $XDG_CACHE_HOME/workbench}, else {@code $HOME/.cache/workbench}.
     */
    public static Path cacheFromEnvironment() {
        return cache(System.getenv());
    }

    static Path cache(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "workbench");
        }
        String home = env.get("HOME");
        if (home == null || home.isBlank()) {
            home = System.getProperty("user.home");
        }
        return Path.of(home, ".cache", "workbench");
    }
}
