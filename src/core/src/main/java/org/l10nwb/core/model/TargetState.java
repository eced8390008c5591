package org.l10nwb.core.model;

import java.util.Locale;
import java.util.Set;

/**
 * The XLIFF 1.2 {@code state} of a target. Values outside the standard list are allowed when
 * they start with {@code x-}, as the specification says.
 */
public record TargetState(String value) {
    // first: the constants below are made with it
    private static final Set<String> STANDARD = Set.of("final", "needs-adaptation", "needs-l10n",
            "needs-review-adaptation", "needs-review-l10n", "needs-review-translation", "needs-translation",
            "new", "signed-off", "translated");

    public static final TargetState NEW = new TargetState("new");
    public static final TargetState NEEDS_TRANSLATION = new TargetState("needs-translation");
    public static final TargetState NEEDS_REVIEW_TRANSLATION = new TargetState("needs-review-translation");
    public static final TargetState TRANSLATED = new TargetState("translated");
    public static final TargetState SIGNED_OFF = new TargetState("signed-off");
    public static final TargetState FINAL = new TargetState("final");

    public TargetState {
        // nearly every file writes a standard value as it is: no copy, no scan
        if (!STANDARD.contains(value)) {
            value = value.strip().toLowerCase(Locale.ROOT);
        }
    }

    public static boolean isValid(String value) {
        if (STANDARD.contains(value)) {
            return true;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return STANDARD.contains(v) || (v.startsWith("x-") && v.length() > 2);
    }

    /** Work on the target is done by the translator: translated, reviewed or final. */
    public boolean isTranslated() {
        return value.equals("translated") || value.equals("signed-off") || value.equals("final")
                || value.startsWith("needs-review");
    }

    public boolean needsReview() {
        return value.startsWith("needs-review");
    }

    public boolean isSignedOff() {
        return value.equals("signed-off") || value.equals("final");
    }

    @Override
    public String toString() {
        return value;
    }
}
