package org.l10nwb.cli;

import java.io.PrintWriter;

/**
 * Where commands print: results to {@link #out()}, problems to {@link #err()}. Injected, so that
 * tests capture both and the interactive shell can route them through its terminal.
 */
public final class Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean debug;

    public Console(PrintWriter out, PrintWriter err, boolean debug) {
        this.out = out;
        this.err = err;
        this.debug = debug;
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** Whether {@code --debug} was given: stack traces are then printed with errors. */
    public boolean debug() {
        return debug;
    }

    /** Prints a line of output. */
    public void println(String line) {
        out.println(line);
        out.flush();
    }

    /** Prints a one-line problem report to the error stream. */
    public void error(String line) {
        out.flush();
        err.println(line);
        err.flush();
    }

    public void flush() {
        out.flush();
        err.flush();
    }
}
