package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.io.ChildJvm;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.review.SignOffLog;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffReader;

/**
 * Every command that writes an XLIFF file leaves alone a file that a translator has open in a
 * shell of another process: it refuses, names who holds the file, and writes nothing.
 */
class HeldFileTest {
    @TempDir
    Path tmp;

    private Path project;
    private Path ru;
    private Process shell;
    private Map<Path, byte[]> before;

    @BeforeEach
    void aTranslatorHoldsTheRussianFile() throws Exception {
        project = Shared.copyProjectBeforeReview(tmp);
        ru = project.resolve("locales/ru/article.xlf");
        Path log = tmp.resolve("shell.log");
        shell = ChildJvm.start(TranslatorShellHolder.class, log, project.toString(), "ru");
        for (int i = 0; i < 600 && !Files.readString(log).contains("holding"); i++) {
            assertTrue(shell.isAlive(), () -> "the shell process ended: " + read(log));
            Thread.sleep(50);
        }
        assertTrue(Files.readString(log).contains("holding"), () -> read(log));
        before = new LinkedHashMap<>();
        for (String l : new String[] {"ka", "ru", "az"}) {
            Path x = project.resolve("locales/" + l + "/article.xlf");
            before.put(x, Files.readAllBytes(x));
        }
    }

    @AfterEach
    void letGo() throws Exception {
        if (shell != null) {
            shell.getOutputStream().close();
            ChildJvm.await(shell);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private void assertNothingWritten(Cli.Result r) throws IOException {
        for (Map.Entry<Path, byte[]> e : before.entrySet()) {
            assertTrue(java.util.Arrays.equals(e.getValue(), Files.readAllBytes(e.getKey())),
                    e.getKey() + " is byte for byte as it was\n" + r);
        }
        assertFalse(Files.exists(SignOffLog.fileFor(ru)), "no sign-off log written\n" + r);
    }

    private String holderPid() {
        return "(pid " + shell.pid() + ",";
    }

    @Test
    void pretranslateRefusesAndWritesNothing() throws IOException {
        Cli.Result r = Cli.run("pretranslate", "--project", project.toString());
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.errLines(), r.toString());
        assertTrue(r.err().contains("locales/ru/article.xlf") && r.err().contains("is being edited by")
                && r.err().contains(holderPid()), r.toString());
        assertNothingWritten(r);
    }

    @Test
    void extractRefusesAndWritesNothing() throws IOException {
        Files.writeString(project.resolve("locales/en/article.txt"), "\nA new last paragraph.\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Cli.Result r = Cli.run("extract", "--project", project.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("locales/ru/article.xlf") && r.err().contains(holderPid()), r.toString());
        assertNothingWritten(r);
    }

    @Test
    void reviewApplyRefusesAndWritesNothingThenAppliesOnceTheShellHasEnded() throws Exception {
        TransUnit first = new XliffReader().read(ru).units().get(0);
        Path decisions = tmp.resolve("decisions.json");
        Files.writeString(decisions, """
                {"format": "l10n-workbench-review", "reviewer": "Nino", "decisions": [
                  {"file": "locales/ru/article.xlf", "unit": "%s", "fingerprint": "%s", "action": "approve"}]}
                """.formatted(first.id(), Review.fingerprint(first)), StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("review", "apply", decisions.toString(), "--project", project.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("is being edited by") || r.err().contains("is being edited by"), r.toString());
        assertTrue(r.toString().contains(holderPid()), r.toString());
        assertNothingWritten(r);

        letGo();
        shell = null;
        Cli.Result applied = Cli.run("review", "apply", decisions.toString(), "--project", project.toString());
        assertEquals(0, applied.exit(), applied.toString());
        assertTrue(new XliffReader().read(ru).units().get(0).state().isSignedOff());
        assertEquals("Nino", SignOffLog.of(ru).get(first.id()).by());
    }
}
