package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.Shared;

/**
 * The command line follows the usual conventions: {@code --opt=value}, {@code --help} and
 * {@code -h} at every level, {@code --version}, a default target for a one-target project, the
 * history kept under the user's state folder ({@code XDG_STATE_HOME}, else {@code HOME}).
 */
class ConventionsTest {
    @TempDir
    Path dir;

    private Path oneTargetProject() throws IOException {
        Path source = dir.resolve("article.txt");
        Files.writeString(source, "The border is closed.\nTalks resume in Vienna next week.\n", StandardCharsets.UTF_8);
        Path project = dir.resolve("p");
        assertEquals(0, Cli.run("init", project.toString(), "--source", source.toString(), "--targets", "ru").exit());
        Path tmx = dir.resolve("m.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\""
                + " segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" datatype=\"plaintext\" creationtool=\"t\""
                + " creationtoolversion=\"1\"/><body><tu><tuv xml:lang=\"en\"><seg>Talks resume in Vienna next month."
                + "</seg></tuv><tuv xml:lang=\"ru\"><seg>Переговоры возобновятся в Вене в следующем месяце.</seg></tuv>"
                + "</tu></body></tmx>\n", StandardCharsets.UTF_8);
        assertEquals(0, Cli.run("tm", "import", tmx.toString(), "--project", project.toString()).exit());
        return project;
    }

    @Test
    void optionValuesMayBeAttachedWithAnEqualsSign() throws IOException {
        Path p = oneTargetProject();
        Cli.Result r = Cli.run("tm", "lookup", "--text=Talks resume in Vienna next week.", "--locale=ru", "--limit=1",
                "--project=" + p);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Переговоры возобновятся"), r.toString());
        // and in the shell (here a script of its lines)
        Path script = dir.resolve("s.txt");
        Files.writeString(script, "tm lookup --locale=ru --threshold=50 --text=Talks\n", StandardCharsets.UTF_8);
        Cli.Result s = Cli.run("--project=" + p, "script", script.toString());
        assertEquals("", s.err(), s.toString());
        assertTrue(s.out().contains("of 50% or more"), s.toString());
    }

    @Test
    void lookupOnAOneTargetProjectNeedsNoLocale() throws IOException {
        Path p = oneTargetProject();
        Cli.Result r = Cli.run("tm", "lookup", "Talks resume in Vienna next week.", "--project", p.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Переговоры возобновятся"), r.toString());

        Path several = Shared.copyProject(dir.resolve("copy"));
        Cli.Result m = Cli.run("tm", "lookup", "Talks", "--project", several.toString());
        assertEquals(ExitStatus.USAGE, m.exit(), m.toString());
        assertEquals("workbench: tm lookup: the project has 3 target locales (ka, ru, az): say which with --locale LOCALE",
                m.err().strip(), m.toString());
        assertFalse(m.err().contains("empty locale tag"), m.toString());
    }

    @Test
    void helpAtEveryLevel() {
        for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("help"))) {
            Cli.Result r = Cli.run(args.toArray(new String[0]));
            assertEquals(0, r.exit(), args + ": " + r);
            assertTrue(r.out().contains("AVAILABLE COMMANDS"), args + ": " + r);
            assertTrue(r.out().contains("pretranslate"), args + ": " + r);
            assertEquals("", r.err(), args + ": " + r);
        }
        for (List<String> args : List.of(List.of("check", "--help"), List.of("check", "-h"), List.of("--help", "check"),
                List.of("tm", "lookup", "--help"), List.of("tm", "lookup", "-h", "--text", "x"))) {
            Cli.Result r = Cli.run(args.toArray(new String[0]));
            assertEquals(0, r.exit(), args + ": " + r);
            assertTrue(r.out().contains("SYNOPSIS"), args + ": " + r);
            assertTrue(r.out().contains("NAME\n       " + args.get(args.get(0).startsWith("-") ? 1 : 0)), args + ": " + r);
            assertEquals("", r.err(), args + ": " + r);
        }
    }

    @Test
    void versionNamesTheVersionTheCommitAndTheJava() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.exit(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r.toString());
        assertTrue(lines.get(0).matches("workbench \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), r.toString());
        // built from a git checkout: the short hash of a commit
        assertTrue(lines.get(1).matches("commit [0-9a-f]{7,40}( \\(.*\\))?"), r.toString());
        assertTrue(lines.get(2).startsWith("Java " + Runtime.version()), r.toString());
        assertEquals("", r.err(), r.toString());
    }

    @Test
    void theStateFolderFollowsTheEnvironment() {
        assertEquals(Path.of("/x/state/workbench"), StateFolder.of(Map.of("XDG_STATE_HOME", "/x/state", "HOME", "/h")));
        assertEquals(Path.of("/h/.local/state/workbench"), StateFolder.of(Map.of("HOME", "/h")));
        // a relative XDG_STATE_HOME is to be ignored, as the XDG specification says
        assertEquals(Path.of("/h/.local/state/workbench"), StateFolder.of(Map.of("XDG_STATE_HOME", "rel", "HOME", "/h")));
    }

    @Test
    void theShellsHistoryGoesUnderHomeNotJavasUserHome() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path javaHome = Files.createDirectories(dir.resolve("java-user-home"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Duser.home=" + javaHome, "-cp", System.getProperty("java.class.path"),
                WorkbenchApplication.class.getName()).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("XDG_STATE_HOME");
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("help stats\nexit\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the shell ended");
        Path history = home.resolve(".local/state/workbench/history");
        assertTrue(Files.isRegularFile(history), "history at " + history);
        assertTrue(Files.readString(history).contains("help stats"), Files.readString(history));
        try (var files = Files.walk(javaHome)) {
            assertEquals(List.of(javaHome), files.toList(), "nothing written under Java's user.home");
        }
    }
}
