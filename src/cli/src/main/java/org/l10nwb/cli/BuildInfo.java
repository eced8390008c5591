package org.l10nwb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * What {@code workbench --version} prints: the version and the commit the application was built
 * from (written into {@code workbench-build.properties} by the Maven build, the commit by
 * git-commit-id-maven-plugin) and the Java that runs it.
 */
public record BuildInfo(String version, String commit, String commitTime) {
    private static final String RESOURCE = "/org/l10nwb/cli/workbench-build.properties";

    public static BuildInfo load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException unreadable) {
            // a jar whose resource cannot be read still runs; the version then says "unknown"
        }
        return new BuildInfo(value(p, "version", "dev"), value(p, "commit", "unknown"), value(p, "commit.time", null));
    }

    /** A value Maven filled in; an unfilled placeholder (no git at build time) counts as missing. */
    private static String value(Properties p, String key, String missing) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() || v.contains("${") ? missing : v.strip();
    }

    public List<String> describe() {
        Runtime.Version java = Runtime.version();
        return List.of("workbench " + version,
                "commit " + commit + (commitTime == null ? "" : " (" + commitTime + ")"),
                "Java " + java + " (" + System.getProperty("java.vendor", "unknown vendor") + ", "
                        + System.getProperty("java.home") + ")");
    }
}
