package org.l10nwb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.Shared;

/**
 * The real {@code ./workbench} in an 80-column tmux pane: a Georgian segment with its glossary,
 * memory and checks panels. No line may be wider than the pane (the terminal would then wrap it
 * wherever the column ends, in the middle of a word), and every Georgian word on the screen must
 * be a whole word of the texts shown. Needs tmux (CI installs it); skipped without it.
 */
class NarrowTerminalEndToEndTest {
    private static final Path ROOT = Shared.projectRoot();
    private static final int WIDTH = 80;
    /** A translation with a deprecated term, so that the checks panel has long Georgian findings. */
    private static final String TYPED = "მოსკოვს არცახის კონფლიქტის მოგვარება არასოდეს სურდა, რადგან მთიანი ყარაბაღის"
            + " საკითხი რუსეთისთვის ყოველთვის ბერკეტი იყო.";
    private static final Pattern GEORGIAN = Pattern.compile("[\\u10A0-\\u10FF\\u1C90-\\u1CBF]+");

    private String session;

    @AfterEach
    void kill() throws Exception {
        if (session != null) {
            run("tmux", "kill-session", "-t", session);
        }
    }

    @Test
    void panelsAreWrappedByDisplayWidthWithoutBreakingAWord(@TempDir Path dir) throws Exception {
        assumeTrue(run("tmux", "-V") == 0, "tmux is not installed");
        Path project = Shared.copyProjectBeforeReview(dir);
        session = "wb-narrow-" + ProcessHandle.current().pid();
        String command = "cd '" + project + "' && exec env LANG=C.UTF-8 LC_ALL=C.UTF-8 WORKBENCH_SKIP_BUILD=1"
                + " XDG_STATE_HOME='" + dir.resolve("state") + "' '" + ROOT.resolve("workbench") + "'";
        assertEquals(0, run("tmux", "new-session", "-d", "-s", session, "-x", Integer.toString(WIDTH), "-y", "50",
                command));
        await("workbench>");
        type("open ka");
        await("ka 1:1>");
        run("tmux", "clear-history", "-t", session);
        type("clear");
        type("goto 7:1");
        await("ka 7:1>");
        type("t " + TYPED);
        await("translated 7:1 as a draft (saved)");
        await("ka 7:1> ");
        type("show");
        Thread.sleep(1500);
        String screen = output("tmux", "capture-pane", "-t", session, "-p", "-J", "-S", "-300");
        assertTrue(screen.contains(" Checks") && screen.contains(" Glossary") && screen.contains(" Memory"),
                "all three panels:\n" + screen);
        assertTrue(screen.contains("term-forbidden"), screen);

        Set<String> vocabulary = new HashSet<>(words(TYPED));
        try (Stream<Path> files = Files.walk(project)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".xlf") || p.toString().endsWith(".tbx")).toList()) {
                vocabulary.addAll(words(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        // the prompt echoes the typed line, which the terminal wraps itself: only the output is judged
        for (String line : screen.lines().filter(l -> !l.contains("ka 7:1> ")).toList()) {
            assertTrue(columns(line) <= WIDTH, "wider than " + WIDTH + " columns (" + columns(line) + "): " + line
                    + "\n" + screen);
            for (String w : words(line)) {
                assertTrue(vocabulary.contains(w), "“" + w + "” is not a whole word of the texts: " + line + "\n"
                        + screen);
            }
        }

        // Tab inside the text of t: the forms of the segment's terms, never an option
        run("tmux", "send-keys", "-t", session, "-l", "t მოსკოვს ყარაბაღი");
        run("tmux", "send-keys", "-t", session, "Tab");
        awaitScreen(s -> s.contains("ყარაბაღით"), "the forms of “ყარაბაღი” proposed");
        run("tmux", "send-keys", "-t", session, "C-u");
        run("tmux", "send-keys", "-t", session, "-l", "t მ");
        run("tmux", "send-keys", "-t", session, "Tab");
        Thread.sleep(1500);
        String prompt = output("tmux", "capture-pane", "-t", session, "-p", "-J").lines()
                .filter(l -> l.startsWith("ka 7:1> t")).reduce((a, b) -> b).orElse("");
        assertTrue(!prompt.contains("-"), "no option inserted into the text: " + prompt);
        run("tmux", "send-keys", "-t", session, "C-u");
        type("exit");
    }

    private void awaitScreen(java.util.function.Predicate<String> ok, String what) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = output("tmux", "capture-pane", "-t", session, "-p", "-J");
            if (ok.test(screen)) {
                return;
            }
            Thread.sleep(200);
        }
        fail(what + ":\n" + screen);
    }

    private static List<String> words(String text) {
        Matcher m = GEORGIAN.matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Display columns, as the terminal counts them (East Asian wide characters take two). */
    private static int columns(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
            n += UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK ? 0
                    : eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
            i += Character.charCount(cp);
        }
        return n;
    }

    private void type(String line) throws Exception {
        assertEquals(0, run("tmux", "send-keys", "-t", session, "-l", line));
        assertEquals(0, run("tmux", "send-keys", "-t", session, "Enter"));
    }

    private void await(String text) throws Exception {
        long deadline = System.nanoTime() + 90_000_000_000L;
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = output("tmux", "capture-pane", "-t", session, "-p", "-J", "-S", "-300");
            if (screen.contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        fail("no '" + text + "' on the screen:\n" + screen);
    }

    private static int run(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor();
        } catch (IOException notInstalled) {
            return -1;
        }
    }

    private static String output(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
