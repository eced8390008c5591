package org.l10nwb.core.check;

/**
 * What several checks need to know of a text, made in one pass over it and kept with its
 * {@link Segment}: the letters and digits ({@code length-ratio}) and the hash of its key with
 * spaces aside ({@code inconsistent-translation}), both read once to learn and once to check; and
 * which marks it may hold, so that the checks of brackets, quotation marks and spacing pass over
 * a text without theirs at once. Apart, these were a dozen scans of every text, one per mark.
 */
final class TextFacts {
    /** FNV-1a's offset basis and prime, over chars. */
    private static final long SEED = 1125899906842597L;
    private static final long PRIME = 0x100000001b3L;

    /**
     * {@link Character#isLetterOrDigit(char)} of every char, asked once: counting looks a
     * character up here rather than in the JDK's property tables (a few steps per character).
     * A surrogate is not a letter; the pair's code point is asked for.
     */
    private static final boolean[] LETTER_OR_DIGIT = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit((char) c);
        }
    }

    private final int lettersAndDigits;
    private final long keyHash;
    private final long marks;
    private final boolean oddSpaces;

    private TextFacts(int lettersAndDigits, long keyHash, long marks, boolean oddSpaces) {
        this.lettersAndDigits = lettersAndDigits;
        this.keyHash = keyHash;
        this.marks = marks;
        this.oddSpaces = oddSpaces;
    }

    /**
     * The bit of a mark in {@link #marks}: a one-hash Bloom filter of the chars that are neither
     * letters, digits nor spaces, of which a text has a handful. A bit may stand for more than one
     * mark, so a set bit says "may have": a check that finds it looks at the text itself.
     */
    private static long bit(char c) {
        return 1L << ((c * 0x9E3779B9) >>> 26);
    }

    /**
     * The bits of every char of {@code chars}, for {@link #mayHaveAny}; every bit when one of them
     * is a letter, a digit, a space or half of a pair (a project's odd setting), which are not
     * kept: the test then always says "may have".
     */
    static long maskOf(CharSequence chars) {
        long m = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (LETTER_OR_DIGIT[c] || Spaces.isSpace(c) || Character.isSurrogate(c)) {
                return -1L;
            }
            m |= bit(c);
        }
        return m;
    }

    static TextFacts of(String text) {
        int letters = 0;
        long h = SEED;
        boolean space = false;
        boolean any = false;
        long marks = 0;
        boolean oddSpaces = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Spaces.isSpace(c)) {
                space = any; // a run of spaces within the text is one space of the key, those around it none
                oddSpaces |= c != ' ' || i > 0 && text.charAt(i - 1) == ' ';
                continue;
            }
            if (space) {
                h = PRIME * (h ^ ' ');
                space = false;
            }
            h = PRIME * (h ^ c);
            any = true;
            if (LETTER_OR_DIGIT[c]) {
                letters++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))
                    && Character.isLetterOrDigit(Character.toCodePoint(c, text.charAt(i + 1)))) {
                letters++;
            } else {
                marks |= bit(c);
            }
        }
        return new TextFacts(letters, h, marks, oddSpaces);
    }

    /** Letters and digits, counted in code points. */
    int lettersAndDigits() {
        return lettersAndDigits;
    }

    /**
     * A hash of the text with each run of spaces inside it as one space and those at its ends
     * left out ({@link Spaces#collapse}), made without making that key: equal keys have equal
     * hashes (different keys rarely do, and are told apart by their keys after).
     */
    long keyHash() {
        return keyHash;
    }

    /** Whether the text may hold one of the chars of {@code mask} ({@link #maskOf}); {@code false} is sure. */
    boolean mayHaveAny(long mask) {
        return mask == -1L || (marks & mask) != 0;
    }

    /**
     * Whether the text may have a space other than a single U+0020 (two in a row, a no-break or
     * thin space, a tab, a line break); {@code false} is sure.
     */
    boolean mayHaveOddSpaces() {
        return oddSpaces;
    }
}
