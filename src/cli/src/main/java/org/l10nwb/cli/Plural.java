package org.l10nwb.cli;

/**
 * A count with its noun: {@code 1 unit}, {@code 2 units}, {@code 1,200 units}. The workbench's
 * messages are in English only, so the English rule (one, other) is all that is needed here.
 */
public final class Plural {
    private Plural() {
    }

    /** {@code count} and the noun, with {@code s} added unless the count is one. */
    public static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    /** {@code count} and the singular or the plural given (match, matches). */
    public static String of(long count, String singular, String plural) {
        return String.format("%,d %s", count, count == 1 ? singular : plural);
    }
}
