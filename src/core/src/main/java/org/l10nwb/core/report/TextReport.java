package org.l10nwb.core.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.check.CheckResult;
import org.l10nwb.core.check.CheckStream;
import org.l10nwb.core.check.CheckTally;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.check.Suppressions;

/**
 * The plain-text report: one line per finding, then a summary line. Suppressed findings are
 * counted in the summary, and listed with their reason when asked for.
 */
public final class TextReport {
    private TextReport() {
    }

    public static void write(CheckResult result, PrintWriter out) {
        write(result, out, false);
    }

    public static void write(CheckResult result, PrintWriter out, boolean showSuppressed) {
        Streamed w = new Streamed(out, showSuppressed, result.unreadable());
        CheckTally tally = new CheckTally(w);
        for (CheckResult.FileResult f : result.files()) {
            tally.file(f.file(), f.sourceLanguage(), f.targetLanguage());
            f.units().forEach(tally::unit);
        }
        w.end(summary(tally, result.unreadable().size()));
    }

    /**
     * The report written as the results come ({@link CheckStream}): the unreadable inputs' lines
     * first, each unit's findings as it is checked, and at the {@link #end} the suppressed
     * findings (when asked for) and the summary line.
     */
    public static final class Streamed implements CheckStream.Sink {
        private final PrintWriter out;
        private final boolean showSuppressed;
        private final List<Suppressions.Suppressed> suppressed = new ArrayList<>();

        public Streamed(PrintWriter out, boolean showSuppressed, List<CheckResult.Unreadable> unreadable) {
            this.out = out;
            this.showSuppressed = showSuppressed;
            for (CheckResult.Unreadable u : unreadable) {
                out.println(u.render());
            }
        }

        @Override
        public void file(java.nio.file.Path file, String sourceLanguage, String targetLanguage) {
        }

        @Override
        public void unit(CheckResult.UnitResult unit) {
            for (Finding f : unit.findings()) {
                out.println(f.render());
            }
            if (showSuppressed) {
                suppressed.addAll(unit.suppressed());
            }
        }

        /** The suppressed findings when asked for, and the summary line. */
        public void end(String summary) {
            for (Suppressions.Suppressed s : suppressed) {
                out.println(suppressed(s));
            }
            out.println(summary);
            out.flush();
        }
    }

    /** {@code path:line:column: suppressed warning rule-id 5:2: message (reason, suppressions.tsv:3)}. */
    public static String suppressed(Suppressions.Suppressed s) {
        Finding f = s.finding();
        return f.position().render() + ": suppressed " + f.severity().label() + " " + f.rule().id() + " " + f.place()
                + ": " + f.message() + " (accepted: " + s.by().reason()
                + (s.by().position() == null ? "" : ", " + s.by().position().render()) + ")";
    }

    /** {@code 3 files, 60 units checked: 2 errors, 1 warning}. */
    public static String summary(CheckResult result) {
        return summary(CheckTally.of(result), result.unreadable().size());
    }

    /** {@link #summary(CheckResult)} of a streamed check's counts and its unreadable inputs. */
    public static String summary(CheckTally result, int unreadable) {
        int files = result.files();
        long units = result.units();
        long untranslated = result.untranslated();
        StringBuilder sb = new StringBuilder();
        sb.append(files).append(files == 1 ? " file, " : " files, ").append(units - untranslated)
                .append(units - untranslated == 1 ? " translated unit checked" : " translated units checked");
        if (untranslated > 0) {
            sb.append(", ").append(untranslated).append(" untranslated");
        }
        sb.append(": ").append(plural(result.count(Severity.ERROR), "error")).append(", ")
                .append(plural(result.count(Severity.WARNING), "warning"));
        long info = result.count(Severity.INFO);
        if (info > 0) {
            sb.append(", ").append(plural(info, "note"));
        }
        long suppressed = result.suppressed();
        if (suppressed > 0) {
            sb.append(", ").append(suppressed).append(" suppressed");
        }
        if (unreadable > 0) {
            sb.append("; ").append(unreadable).append(unreadable == 1 ? " file" : " files").append(" could not be read");
        }
        return sb.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
