package org.l10nwb.core.check;

/**
 * What two checks count of a text, made in one pass over it and kept with its {@link Segment}:
 * the letters and digits ({@code length-ratio}) and the hash of its key with spaces aside
 * ({@code inconsistent-translation}). Both checks read every segment twice, once to learn and
 * once to check; apart, they scanned each text four times, which cost as much as any other check.
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

    private TextFacts(int lettersAndDigits, long keyHash) {
        this.lettersAndDigits = lettersAndDigits;
        this.keyHash = keyHash;
    }

    static TextFacts of(String text) {
        int letters = 0;
        long h = SEED;
        boolean space = false;
        boolean any = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Spaces.isSpace(c)) {
                space = any; // a run of spaces within the text is one space of the key, those around it none
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
            }
        }
        return new TextFacts(letters, h);
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
}
