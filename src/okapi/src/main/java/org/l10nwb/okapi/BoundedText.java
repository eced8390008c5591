package org.l10nwb.okapi;

/**
 * A text that the regular expressions of segmentation rules read, counting every character they
 * read: past the budget it stops the match. A rule such as {@code (a+)+b} backtracks
 * exponentially on a long run of {@code a}; {@code java.util.regex} has no time limit of its own,
 * so the limit is put where every match must pass, in {@link #charAt}.
 */
final class BoundedText implements CharSequence {
    /** Characters a rule set may read per character of text (measured need: under 200). */
    static final long READS_PER_CHAR = 20_000;
    /** Reads allowed besides those, for short texts. */
    static final long READS_BASE = 20_000_000;

    private final String text;
    private long left;

    BoundedText(String text) {
        this.text = text;
        this.left = READS_BASE + READS_PER_CHAR * text.length();
    }

    /** The reading went past its budget. */
    static final class Exhausted extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exhausted() {
            super("the segmentation rules read the text too many times", null, false, false);
        }
    }

    @Override
    public char charAt(int index) {
        if (--left < 0) {
            throw new Exhausted();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** The characters read so far (for measuring the budget's margin). */
    long used() {
        return READS_BASE + READS_PER_CHAR * text.length() - left;
    }
}
