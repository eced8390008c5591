package org.l10nwb.core.report;

import java.util.Locale;

import org.l10nwb.core.Remedy;
import org.l10nwb.core.WorkbenchException;

/** The output formats of {@code check}. */
public enum ReportFormat {
    /** One line per finding, {@code path:line:column: severity rule-id unit-id: message}. */
    TEXT,
    /** SARIF 2.1.0, for code-scanning services. */
    SARIF,
    /** JUnit XML, one test case per checked unit. */
    JUNIT;

    public static ReportFormat parse(String value) {
        return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "sarif" -> SARIF;
            case "junit" -> JUNIT;
            default -> throw new WorkbenchException("'" + value + "' is not a report format")
                    .remedy(Remedy.CHOOSE_REPORT_FORMAT, "text, sarif, junit");
        };
    }
}
