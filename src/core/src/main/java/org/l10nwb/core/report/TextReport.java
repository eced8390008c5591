package org.l10nwb.core.report;

import java.io.PrintWriter;

import org.l10nwb.core.check.CheckResult;
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
        for (CheckResult.Unreadable u : result.unreadable()) {
            out.println(u.render());
        }
        for (Finding f : result.findings()) {
            out.println(f.render());
        }
        if (showSuppressed) {
            for (Suppressions.Suppressed s : result.suppressed()) {
                out.println(suppressed(s));
            }
        }
        out.println(summary(result));
        out.flush();
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
        int files = result.files().size();
        long units = result.files().stream().mapToLong(f -> f.units().size()).sum();
        long untranslated = result.files().stream().flatMap(f -> f.units().stream()).filter(u -> !u.translated()).count();
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
        int suppressed = result.suppressed().size();
        if (suppressed > 0) {
            sb.append(", ").append(suppressed).append(" suppressed");
        }
        int unreadable = result.unreadable().size();
        if (unreadable > 0) {
            sb.append("; ").append(unreadable).append(unreadable == 1 ? " file" : " files").append(" could not be read");
        }
        return sb.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
