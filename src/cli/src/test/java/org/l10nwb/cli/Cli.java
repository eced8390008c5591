package org.l10nwb.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the workbench in-process with captured standard streams, as a user's shell would. */
public final class Cli {
    private Cli() {}

    /** The outcome of one run. */
    public record Result(int exit, String out, String err) {
        public long errLines() {
            return err.lines().count();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    public static Result run(String... args) {
        return run(true, args);
    }

    /** Runs the command through Spring Shell even where a plain {@code check} would not need it. */
    public static Result runThroughShell(String... args) {
        return run(false, args);
    }

    private static synchronized Result run(boolean direct, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = WorkbenchApplication.run(args, direct);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
