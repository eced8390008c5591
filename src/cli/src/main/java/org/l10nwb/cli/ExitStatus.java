package org.l10nwb.cli;

/**
 * The exit code of a one-shot run: {@value #OK} clean, {@value #FINDINGS} the command found
 * problems, {@value #USAGE} bad usage or unreadable input. The worst code set wins.
 */
public final class ExitStatus {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;

    private int code = OK;

    public synchronized void raise(int newCode) {
        code = Math.max(code, newCode);
    }

    public synchronized int code() {
        return code;
    }

    public synchronized void reset() {
        code = OK;
    }
}
