package org.l10nwb.cli;

/**
 * The exit code of a run: {@value #OK} clean, {@value #FINDINGS} the command found problems,
 * {@value #USAGE} bad usage or unreadable input, {@value #SOFTWARE} a bug in the workbench
 * ({@code EX_SOFTWARE} of {@code sysexits.h}), so that a script never takes a crash for bad
 * input. The worst code set wins.
 */
public final class ExitStatus {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE = 2;
    public static final int SOFTWARE = 70;

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
