package org.l10nwb.core.check;

import java.util.Locale;

import org.l10nwb.core.WorkbenchException;

/** How serious a finding is. {@link #OFF} turns a check off. */
public enum Severity {
    ERROR,
    WARNING,
    INFO,
    OFF;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this is at least as serious as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return this != OFF && threshold != OFF && ordinal() <= threshold.ordinal();
    }

    public static Severity parse(String value, String what) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "info", "note" -> INFO;
            case "off", "none" -> OFF;
            default -> throw new WorkbenchException(what + ": '" + value + "' is not a severity (error, warning, info, off)");
        };
    }
}
