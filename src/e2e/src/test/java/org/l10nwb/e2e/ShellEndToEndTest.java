package org.l10nwb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    private final List<Tmux> sessions = new ArrayList<>();

    @AfterEach
    void killSessions() throws Exception {
        for (Tmux s : sessions) {
            s.close();
        }
    }

    @Test
    void killedMidSessionLosesNoConfirmedSegment(@TempDir Path dir) throws Exception {
        assumeTrue(Tmux.installed(), "tmux is not installed");
        Path project = Shared.copyProjectBeforeReview(dir);

        Tmux first = start(project);
        first.type("open ka");
        first.await("ka 1:1>");
        first.type("goto 7:1");
        first.await("ka 7:1>");
        first.type("t " + KA);
        first.await("translated 7:1 as a draft (saved)");
        first.type("confirm --stay");
        first.await("confirmed unit 7 (saved)");
        first.type("open az");
        first.await("az 1:1>");
        first.type("goto 16:2");
        first.await("az 16:2>");
        first.type("t " + AZ);
        first.await("translated 16:2 as a draft (saved)");
        first.type("confirm --stay");
        first.await("confirmed unit 16 (saved)");
        first.type("next");
        first.await("az 17:1>");
        first.typeOnly("t " + HALF_TYPED); // typed, never entered
        first.await(HALF_TYPED);

        long pid = first.panePid();
        assertTrue(ProcessHandle.of(pid).map(p -> p.info().command().orElse("").endsWith("java")).orElse(false),
                "the pane runs the JVM itself (the launcher execs it)");
        assertEquals(0, Tmux.run("kill", "-KILL", Long.toString(pid)));
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

        Tmux second = start(project);
        second.type("open ka");
        second.await("ka 1:1>");
        assertFalse(second.screen().contains("read-only"), "the killed shell's lock died with it");
        second.type("goto 7:1");
        second.await("ka 7:1>");
        assertTrue(second.screen().contains(KA), "the Georgian text is shown as typed:\n" + second.screen());

        second.type("open az");
        second.await("az 1:1>");
        second.type("goto 17:1");
        second.await("az 17:1>");
        second.type("edit");
        second.await("translated 17:1 as a draft (saved)");
        assertEquals(EDITED, unit(project.resolve("locales/az/article.xlf"), "17").targetSegment("1").plainText(),
                "the text written in $EDITOR, its # lines left out");
        second.type("exit");
    }

    /** A new tmux session running the launcher in {@code project}, at its prompt. */
    private Tmux start(Path project) throws Exception {
        String name = "wb-e2e-" + ProcessHandle.current().pid() + "-" + sessions.size();
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
        Tmux session = Tmux.start(name, 160, 60, 200, command);
        sessions.add(session);
        session.await("workbench>");
        return session;
    }

    private static void awaitGone(long pid) throws InterruptedException {
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(50);
        }
    }

    private static TransUnit unit(Path xliff, String id) {
        return new XliffReader().read(xliff).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }
}
