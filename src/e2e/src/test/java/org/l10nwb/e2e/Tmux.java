package org.l10nwb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A tmux session running a command in a pseudo-terminal of a given size, as the end-to-end tests
 * drive the real launcher: lines typed (or keys sent), the screen read with its scroll-back, text
 * waited for. Closing it kills the session; a session that already ended is no error.
 */
final class Tmux implements AutoCloseable {
    /** How long a test waits for text by default: the first start may record the class-data archive. */
    static final Duration MINUTE = Duration.ofMinutes(1);

    private final String name;
    private final int history;

    private Tmux(String name, int history) {
        this.name = name;
        this.history = history;
    }

    /** Whether tmux is installed (the tests are skipped without it). */
    static boolean installed() throws InterruptedException {
        try {
            return run("tmux", "-V") == 0;
        } catch (IOException notFound) {
            return false;
        }
    }

    /**
     * A new detached session {@code name}, {@code width} by {@code height}, running the shell
     * command {@code command}; {@link #screen} reads {@code history} lines of scroll-back with it.
     */
    static Tmux start(String name, int width, int height, int history, String command) throws Exception {
        assertEquals(0, run("tmux", "new-session", "-d", "-s", name, "-x", Integer.toString(width), "-y",
                Integer.toString(height), command));
        return new Tmux(name, history);
    }

    /** Types {@code line} and Enter. */
    void type(String line) throws Exception {
        typeOnly(line);
        keys("Enter");
    }

    /** Types {@code text} without Enter. */
    void typeOnly(String text) throws Exception {
        assertEquals(0, run("tmux", "send-keys", "-t", name, "-l", text));
    }

    /** Sends keys by their tmux names ({@code Enter}, {@code Tab}, {@code C-u}). */
    void keys(String... keys) throws Exception {
        String[] command = new String[4 + keys.length];
        command[0] = "tmux";
        command[1] = "send-keys";
        command[2] = "-t";
        command[3] = name;
        System.arraycopy(keys, 0, command, 4, keys.length);
        assertEquals(0, run(command));
    }

    /** The screen with its scroll-back, lines that wrapped joined. */
    String screen() throws IOException, InterruptedException {
        return output("tmux", "capture-pane", "-t", name, "-p", "-J", "-S", "-" + history);
    }

    /** The visible screen only, lines that wrapped joined. */
    String visible() throws IOException, InterruptedException {
        return output("tmux", "capture-pane", "-t", name, "-p", "-J");
    }

    /** Forgets the scroll-back, so that what is awaited next is new. */
    void clearHistory() throws Exception {
        run("tmux", "clear-history", "-t", name);
    }

    /** Waits up to a minute for {@code text} on the screen. */
    void await(String text) throws Exception {
        await(text, MINUTE);
    }

    /** Waits up to {@code timeout} for {@code text} on the screen; fails showing the screen. */
    void await(String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            if (screen.contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        fail("no '" + text + "' on the screen within " + timeout.toSeconds() + " s:\n" + screen);
    }

    /** Waits up to a minute for the session to end (its command exited). */
    void awaitEnd(String what) throws Exception {
        long deadline = System.nanoTime() + MINUTE.toNanos();
        while (System.nanoTime() < deadline) {
            if (run("tmux", "has-session", "-t", name) != 0) {
                return;
            }
            Thread.sleep(100);
        }
        fail("not within a minute: " + what + "\n" + screen());
    }

    /** The process id of the command in the session's pane. */
    long panePid() throws IOException, InterruptedException {
        return Long.parseLong(output("tmux", "list-panes", "-t", name, "-F", "#{pane_pid}").strip());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("tmux", "kill-session", "-t", name);
    }

    /** Runs a command, its output discarded; its exit code. */
    static int run(String... command) throws IOException, InterruptedException {
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
