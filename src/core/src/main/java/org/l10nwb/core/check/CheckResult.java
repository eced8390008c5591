package org.l10nwb.core.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.SourcePosition;

/**
 * What a check run found, file by file and unit by unit (CI reports show every checked unit).
 *
 * @param files the files checked, in the order given
 * @param notices remarks that are not findings and may point at a mistake (a language without a
 *     grammar module, a target language the glossary lacks)
 * @param unreadable the inputs that could not be read
 * @param limitations what the installed language modules cannot check, the same at every run (no
 *     Azerbaijani spelling dictionary): worth saying when asked, not at every run of a CI job
 */
public record CheckResult(List<FileResult> files, List<String> notices, List<Unreadable> unreadable,
        List<String> limitations) {

    public CheckResult {
        files = List.copyOf(files);
        notices = List.copyOf(notices);
        unreadable = List.copyOf(unreadable);
        limitations = List.copyOf(limitations);
    }

    public CheckResult(List<FileResult> files, List<String> notices) {
        this(files, notices, List.of(), List.of());
    }

    public CheckResult(List<FileResult> files, List<String> notices, List<Unreadable> unreadable) {
        this(files, notices, unreadable, List.of());
    }

    /**
     * An input that could not be read (not well-formed, not XLIFF, a version not supported): it is
     * reported with the others' results instead of stopping the run, so that one bad file in a
     * folder does not hide what the readable ones contain.
     *
     * @param position the file and, when known, where reading stopped
     * @param message why it could not be read, without the location
     */
    public record Unreadable(SourcePosition position, String message) {
        public Unreadable {
            java.util.Objects.requireNonNull(position, "position");
            java.util.Objects.requireNonNull(message, "message");
        }

        /** {@code path:line:column: error unreadable: message}, as a finding line. */
        public String render() {
            return position.render() + ": error " + RULE_ID + ": " + message;
        }
    }

    /** The id under which unreadable inputs appear in reports, beside the rule ids. */
    public static final String RULE_ID = "unreadable";

    /** This result with the inputs that could not be read. */
    public CheckResult withUnreadable(List<Unreadable> more) {
        List<Unreadable> all = new ArrayList<>(unreadable);
        all.addAll(more);
        return new CheckResult(files, notices, all, limitations);
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
     * @param source the unit's source as plain text (reports name a unit by its id and first words)
     * @param suppressed the findings the project's suppressions cover, with the suppression
     */
    public record UnitResult(String unitId, SourcePosition position, boolean translated, List<Finding> findings,
            String source, List<Suppressions.Suppressed> suppressed) {
        public UnitResult {
            findings = List.copyOf(findings);
            source = source == null ? "" : source;
            suppressed = List.copyOf(suppressed);
        }

        public UnitResult(String unitId, SourcePosition position, boolean translated, List<Finding> findings,
                String source) {
            this(unitId, position, translated, findings, source, List.of());
        }

        public UnitResult(String unitId, SourcePosition position, boolean translated, List<Finding> findings) {
            this(unitId, position, translated, findings, "", List.of());
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

    /** Whether any finding is at least as serious as {@code threshold} (unreadable inputs aside: see {@link #unreadable}). */
    public boolean failsAt(Severity threshold) {
        return findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
