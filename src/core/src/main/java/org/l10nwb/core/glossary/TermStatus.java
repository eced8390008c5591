package org.l10nwb.core.glossary;

import java.util.Locale;

/**
 * The normative status of a term, from TBX {@code administrativeStatus} (TBX v3, TBX-Basic),
 * {@code normativeAuthorization} (TBX 2008) or {@code usageStatus} (TBX-Min and older exports).
 *
 * <p>Preferred and admitted terms are allowed in translations; deprecated and superseded terms are
 * forbidden. A term without any status is admitted: a glossary that says nothing forbids nothing.
 */
public enum TermStatus {
    PREFERRED("preferredTerm-admn-sts"),
    ADMITTED("admittedTerm-admn-sts"),
    DEPRECATED("deprecatedTerm-admn-sts"),
    SUPERSEDED("supersededTerm-admn-sts");

    private final String tbxValue;

    TermStatus(String tbxValue) {
        this.tbxValue = tbxValue;
    }

    /** The TBX v3 picklist value of {@code administrativeStatus}. */
    public String tbxValue() {
        return tbxValue;
    }

    public boolean allowed() {
        return this == PREFERRED || this == ADMITTED;
    }

    /** Lower-case English word for messages: preferred, admitted, deprecated, superseded. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads any of the status spellings found in TBX files and CSV glossaries, or answers
     * {@code null} when the value is not a status.
     */
    public static TermStatus parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.endsWith("-admn-sts")) {
            v = v.substring(0, v.length() - "-admn-sts".length());
        }
        if (v.endsWith("term")) {
            v = v.substring(0, v.length() - "term".length());
        }
        return switch (v) {
            case "preferred", "standardized", "legal", "regulated" -> PREFERRED;
            case "admitted", "allowed" -> ADMITTED;
            case "deprecated", "notrecommended", "not recommended", "forbidden" -> DEPRECATED;
            case "superseded", "obsolete" -> SUPERSEDED;
            default -> null;
        };
    }
}
