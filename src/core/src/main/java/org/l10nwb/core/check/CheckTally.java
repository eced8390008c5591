package org.l10nwb.core.check;

import java.nio.file.Path;

/**
 * What a streamed check found, counted as the results go by to another {@link CheckStream.Sink}
 * (a report): what a summary line and the exit status need, without keeping the results.
 */
public final class CheckTally implements CheckStream.Sink {
    private final CheckStream.Sink next;
    private int files;
    private long units;
    private long untranslated;
    private final long[] bySeverity = new long[Severity.values().length];
    private long suppressed;

    public CheckTally(CheckStream.Sink next) {
        this.next = next;
    }

    /** The counts of results already gathered, as a streamed check would have counted them. */
    public static CheckTally of(CheckResult result) {
        CheckTally t = new CheckTally(null);
        for (CheckResult.FileResult f : result.files()) {
            t.file(f.file(), f.sourceLanguage(), f.targetLanguage());
            f.units().forEach(t::unit);
        }
        return t;
    }

    @Override
    public void file(Path file, String sourceLanguage, String targetLanguage) {
        files++;
        if (next != null) {
            next.file(file, sourceLanguage, targetLanguage);
        }
    }

    @Override
    public void unit(CheckResult.UnitResult unit) {
        units++;
        if (!unit.translated()) {
            untranslated++;
        }
        for (Finding f : unit.findings()) {
            bySeverity[f.severity().ordinal()]++;
        }
        suppressed += unit.suppressed().size();
        if (next != null) {
            next.unit(unit);
        }
    }

    /** The {@code <file>}s checked. */
    public int files() {
        return files;
    }

    public long units() {
        return units;
    }

    public long untranslated() {
        return untranslated;
    }

    public long count(Severity severity) {
        return bySeverity[severity.ordinal()];
    }

    public long suppressed() {
        return suppressed;
    }

    /** Whether any finding is at least as serious as {@code threshold}, as {@link CheckResult#failsAt}. */
    public boolean failsAt(Severity threshold) {
        for (Severity s : Severity.values()) {
            if (bySeverity[s.ordinal()] > 0 && s.atLeast(threshold)) {
                return true;
            }
        }
        return false;
    }
}
