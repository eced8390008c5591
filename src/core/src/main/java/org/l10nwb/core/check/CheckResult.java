package org.l10nwb.core.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.SourcePosition;

/**
 * What a check run found, file by file and unit by unit (CI reports show every checked unit).
 *
 * @param files the files checked, in the order given
 * @param notices remarks that are not findings (a language without a grammar module, a target
 *     language the glossary lacks)
 */
public record CheckResult(List<FileResult> files, List<String> notices) {

    public CheckResult {
        files = List.copyOf(files);
        notices = List.copyOf(notices);
    }

    /** One XLIFF file. */
    public record FileResult(Path file, String sourceLanguage, String targetLanguage, List<UnitResult> units) {
        public FileResult {
            units = List.copyOf(units);
        }
    }

    /**
     * One trans-unit.
     *
     * @param translated whether it had a translation to check
     * @param findings what the checks found, suppressed findings aside
     * @param suppressed the findings the project's suppressions cover, with the suppression
     */
    public record UnitResult(String unitId, SourcePosition position, boolean translated, List<Finding> findings,
            List<Suppressions.Suppressed> suppressed) {
        public UnitResult {
            findings = List.copyOf(findings);
            suppressed = List.copyOf(suppressed);
        }

        public UnitResult(String unitId, SourcePosition position, boolean translated, List<Finding> findings) {
            this(unitId, position, translated, findings, List.of());
        }
    }

    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        for (FileResult f : files) {
            for (UnitResult u : f.units()) {
                all.addAll(u.findings());
            }
        }
        return all;
    }

    /** The findings suppressions cover, in order. */
    public List<Suppressions.Suppressed> suppressed() {
        List<Suppressions.Suppressed> all = new ArrayList<>();
        for (FileResult f : files) {
            for (UnitResult u : f.units()) {
                all.addAll(u.suppressed());
            }
        }
        return all;
    }

    public long count(Severity severity) {
        return findings().stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at least as serious as {@code threshold}. */
    public boolean failsAt(Severity threshold) {
        return findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
