package org.l10nwb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.testing.Shared;

/**
 * The real {@code ./workbench} in a pseudo-terminal: a translator types Georgian and Azerbaijani
 * translations, confirms them, starts typing another, and the process is killed with SIGKILL.
 * Every confirmed segment must be on disk, the XLIFF files well-formed, nothing half-written
 * left behind; a new shell shows the work. Needs tmux (CI installs it); skipped without it.
 */
class ShellEndToEndTest {
    private static final Path ROOT = Shared.projectRoot();
    private static final String KA = "მოსკოვს ყარაბაღის კონფლიქტის მოგვარება არასდროს უნდოდა.";
    private static final String AZ = "Azərbaycanın yaddaşı heç vaxt Rusiyanı istəməyib: o, ona qarşı köklənib.";
    private static final String HALF_TYPED = "yarımçıq qalmış tərcümə";
    private static final String EDITED = "Hələ də şans var ki, bu eskalasiya spiralı uzunmüddətli strateji qarşıdurmaya"
            + " çevrilməsin.";

    private final List<String> sessions = new ArrayList<>();

    @AfterEach
    void killSessions() throws Exception {
        for (String s : sessions) {
            run("tmux", "kill-session", "-t", s);
        }
    }

    @Test
    void killedMidSessionLosesNoConfirmedSegment(@TempDir Path dir) throws Exception {
        assumeTrue(tmuxInstalled(), "tmux is not installed");
        Path project = Shared.copyProjectBeforeReview(dir);

        String first = start(project);
        type(first, "open ka");
        await(first, "ka 1:1>");
        type(first, "goto 7:1");
        await(first, "ka 7:1>");
        type(first, "t " + KA);
        await(first, "translated 7:1 as a draft (saved)");
        type(first, "confirm --stay");
        await(first, "confirmed unit 7 (saved)");
        type(first, "open az");
        await(first, "az 1:1>");
        type(first, "goto 16:2");
        await(first, "az 16:2>");
        type(first, "t " + AZ);
        await(first, "translated 16:2 as a draft (saved)");
        type(first, "confirm --stay");
        await(first, "confirmed unit 16 (saved)");
        type(first, "next");
        await(first, "az 17:1>");
        run("tmux", "send-keys", "-t", first, "-l", "t " + HALF_TYPED); // typed, never entered
        await(first, HALF_TYPED);

        long pid = Long.parseLong(output("tmux", "list-panes", "-t", first, "-F", "#{pane_pid}").strip());
        assertTrue(ProcessHandle.of(pid).map(p -> p.info().command().orElse("").endsWith("java")).orElse(false),
                "the pane runs the JVM itself (the launcher execs it)");
        assertEquals(0, run("kill", "-KILL", Long.toString(pid)));
        awaitGone(pid);

        TransUnit ka = unit(project.resolve("locales/ka/article.xlf"), "7");
        assertEquals(KA, ka.targetSegment("1").plainText());
        assertEquals(TargetState.TRANSLATED, ka.state());
        TransUnit az = unit(project.resolve("locales/az/article.xlf"), "16");
        assertEquals(AZ, az.targetSegment("2").plainText());
        assertEquals(TargetState.TRANSLATED, az.state());
        assertFalse(Files.readString(project.resolve("locales/az/article.xlf")).contains(HALF_TYPED));
        try (Stream<Path> files = Files.walk(project.resolve("locales"))) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
                    "no half-written temporary file");
        }

        String second = start(project);
        type(second, "open ka");
        await(second, "ka 1:1>");
        assertFalse(screen(second).contains("read-only"), "the killed shell's lock died with it");
        type(second, "goto 7:1");
        await(second, "ka 7:1>");
        assertTrue(screen(second).contains(KA), "the Georgian text is shown as typed:\n" + screen(second));

        type(second, "open az");
        await(second, "az 1:1>");
        type(second, "goto 17:1");
        await(second, "az 17:1>");
        type(second, "edit");
        await(second, "translated 17:1 as a draft (saved)");
        assertEquals(EDITED, unit(project.resolve("locales/az/article.xlf"), "17").targetSegment("1").plainText(),
                "the text written in $EDITOR, its # lines left out");
        type(second, "exit");
    }

    private static boolean tmuxInstalled() throws InterruptedException {
        try {
            return run("tmux", "-V") == 0;
        } catch (IOException notFound) {
            return false;
        }
    }

    /** A new tmux session running the launcher in {@code project}, at its prompt. */
    private String start(Path project) throws Exception {
        String name = "wb-e2e-" + ProcessHandle.current().pid() + "-" + sessions.size();
        sessions.add(name);
        Path editor = project.resolveSibling("editor.sh");
        if (!Files.exists(editor)) {
            // stands in for a translator's editor: keeps the comment lines, writes the new translation
            Files.writeString(editor, "#!/bin/sh\ngrep '^#' \"$1\" > \"$1.new\"\nprintf '%s\\n' '" + EDITED
                    + "' >> \"$1.new\"\nmv \"$1.new\" \"$1\"\n", StandardCharsets.UTF_8);
            editor.toFile().setExecutable(true);
        }
        // its own state folder: the shell's history never goes into the developer's files
        String command = "cd '" + project + "' && exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 WORKBENCH_SKIP_BUILD=1"
                + " XDG_STATE_HOME='" + project.resolveSibling("state") + "' EDITOR='"
                + editor + "' '" + ROOT.resolve("workbench") + "'";
        assertEquals(0, run("tmux", "new-session", "-d", "-s", name, "-x", "160", "-y", "60", command));
        await(name, "workbench>");
        return name;
    }

    private static void type(String session, String line) throws Exception {
        assertEquals(0, run("tmux", "send-keys", "-t", session, "-l", line));
        assertEquals(0, run("tmux", "send-keys", "-t", session, "Enter"));
    }

    /** Waits (up to a minute: the first start may record the class-data archive) for text on screen. */
    private static void await(String session, String text) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen(session);
            if (screen.contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        fail("no '" + text + "' on the screen within a minute:\n" + screen);
    }

    private static String screen(String session) throws Exception {
        return output("tmux", "capture-pane", "-t", session, "-p", "-J", "-S", "-200");
    }

    private static void awaitGone(long pid) throws InterruptedException {
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(50);
        }
    }

    private static TransUnit unit(Path xliff, String id) {
        return new XliffReader().read(xliff).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor();
    }

    private static String output(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
