package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The small pieces of text analysis the quality checks share: words as runs of letters (with
 * apostrophes and hyphens inside them), scripts, quotation marks. A plain scan of code points:
 * the checks run on every segment, and none of them needs dictionary word breaks. Spaces are
 * {@link Spaces}'s, the pieces of text quoted in messages {@link MessageText}'s.
 */
final class TextScan {
    private TextScan() {
    }

    /**
     * A word: its range in the text, and its text, made only when asked for: most words are
     * looked at by their first letter, length or script and let go, and a substring for each
     * was most of what splitting a segment allocated.
     */
    static final class Word {
        private final String in;
        private final int start;
        private final int end;
        private String text;

        Word(String in, int start, int end) {
            this.in = in;
            this.start = start;
            this.end = end;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        /** Its length in chars. */
        int length() {
            return end - start;
        }

        /** Its first char. */
        char first() {
            return in.charAt(start);
        }

        /** Its text (a benign race between threads makes equal strings). */
        String text() {
            String t = text;
            if (t == null) {
                t = in.substring(start, end);
                text = t;
            }
            return t;
        }

        /** Whether its first letter is upper case (a name, a sentence start, an acronym). */
        boolean capitalised() {
            int c = in.codePointAt(start);
            return Character.isUpperCase(c) || Character.isTitleCase(c);
        }

        /** Whether it has an upper-case letter anywhere (a name, an acronym, {@code iPhone}). */
        boolean hasUpperCase() {
            for (int i = start; i < end; i++) {
                char c = in.charAt(i);
                if (Character.isUpperCase(c) || Character.isTitleCase(c)
                        || Character.isSurrogate(c) && Character.isUpperCase(in.codePointAt(i))) {
                    return true;
                }
            }
            return false;
        }

        Character.UnicodeScript script() {
            return TextScan.script(in, start, end);
        }

        @Override
        public String toString() {
            return text() + "@" + start;
        }
    }

    static boolean isLetter(int c) {
        // the alphabets the checks meet most are told by range, without the property table's
        // two-level look-up (TextScanSpeedupsTest compares every code point with the table)
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        if (c >= 0x0410 && c <= 0x044F || c >= 0x10D0 && c <= 0x10FA) {
            return true;
        }
        // one property look-up: Character.isLetter is exactly the five letter categories, 1 to 5
        int t = Character.getType(c);
        return t >= Character.UPPERCASE_LETTER && t <= Character.OTHER_LETTER || t == Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK;
    }

    /** Apostrophes and hyphens that join letters into one word ({@code Putin’in}, {@code пресс-конференция}). */
    static boolean isJoiner(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** How many words {@link #words} finds, without making them. */
    static int wordCount(String text) {
        return wordCount(text, Integer.MAX_VALUE);
    }

    /**
     * Whether the text has at least {@code n} words: the scan stops at the {@code n}th, so a long
     * text's test costs its first few words.
     */
    static boolean hasWords(String text, int n) {
        return wordCount(text, n) >= n;
    }

    /** How many words {@link #words} finds, counting no further than {@code most}. */
    private static int wordCount(String text, int most) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letter = Character.isLetter(c) || Character.isSurrogate(c) && isLetter(text.codePointAt(i))
                    || in && (Character.getType(c) == Character.NON_SPACING_MARK
                            || isJoiner(c) && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)));
            if (letter && !in && ++n == most) {
                return n;
            }
            in = letter;
        }
        return n;
    }

    /** The last texts split into words on this thread, by identity: several checks split the same segment. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[8]);

    /** The words of a text: letters, with apostrophes and hyphens between letters; digits are not words. */
    static List<Word> words(String text) {
        Object[] last = LAST.get();
        for (int i = 0; i < last.length; i += 2) {
            if (last[i] == text) {
                @SuppressWarnings("unchecked")
                List<Word> cached = (List<Word>) last[i + 1];
                return cached;
            }
        }
        List<Word> words = split(text);
        System.arraycopy(last, 0, last, 2, last.length - 2);
        last[0] = text;
        last[1] = words;
        return words;
    }

    /** A word in lower case by a locale's rules; most words already are, and are returned as they are. */
    static String lower(com.ibm.icu.util.ULocale locale, String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isSurrogate(c)) {
                return com.ibm.icu.lang.UCharacter.toLowerCase(locale, word);
            }
        }
        return word;
    }

    private static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        for (int start = nextWord(text, 0); start >= 0; ) {
            int end = wordEnd(text, start);
            words.add(new Word(text, start, end));
            start = nextWord(text, end);
        }
        return List.copyOf(words);
    }

    /** Where the first word at or after {@code from} starts, or -1: the bounds {@link #words} uses. */
    static int nextWord(String text, int from) {
        int n = text.length();
        int i = from;
        while (i < n) {
            int c = text.codePointAt(i);
            if (isLetter(c)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** Where the word that starts at {@code start} ends. */
    static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        int end = start;
        while (i < n) {
            int c = text.codePointAt(i);
            if (isLetter(c)) {
                i += Character.charCount(c);
                end = i;
            } else if (isJoiner(c) && i + 1 < n && isLetter(text.codePointAt(i + 1))) {
                i += Character.charCount(c);
            } else {
                break;
            }
        }
        return end;
    }

    /** The script of a word's first letter that has one. */
    static Character.UnicodeScript script(CharSequence s) {
        return script(s, 0, s.length());
    }

    /** The script of the first letter of {@code s[from, to)} that has one. */
    static Character.UnicodeScript script(CharSequence s, int from, int to) {
        for (int i = from; i < to; ) {
            int c = Character.codePointAt(s, i);
            Character.UnicodeScript sc = commonScript(c);
            if (sc == null) {
                sc = Character.UnicodeScript.of(c);
            }
            if (sc != Character.UnicodeScript.COMMON && sc != Character.UnicodeScript.INHERITED) {
                return sc;
            }
            i += Character.charCount(c);
        }
        return Character.UnicodeScript.COMMON;
    }

    /**
     * The script of a letter of the alphabets the checks meet most (Latin, Cyrillic, Georgian), told
     * by its range without {@link Character.UnicodeScript#of}'s search of the whole table, or
     * {@code null} for any other character ({@code TextScanSpeedupsTest} compares every one).
     */
    static Character.UnicodeScript commonScript(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? Character.UnicodeScript.LATIN : null;
        }
        if (c >= 0x0400 && c <= 0x0484 || c >= 0x0487 && c <= 0x052F) {
            return Character.UnicodeScript.CYRILLIC;
        }
        if (c >= 0x10D0 && c <= 0x10FA) {
            return Character.UnicodeScript.GEORGIAN;
        }
        return null;
    }

    /** The script most letters of a text are written in. */
    static Character.UnicodeScript mainScript(String text) {
        java.util.Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetter(c)) {
                counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            }
            i += Character.charCount(c);
        }
        Character.UnicodeScript best = Character.UnicodeScript.COMMON;
        int most = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    /** The marks {@link #isQuote} tells, written out: for {@link TextFacts#maskOf} (TextScanSpeedupsTest compares them). */
    static final String QUOTE_MARKS = "\"'\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2018\u2019\u201A\u201B\u300C\u300D"
            + "\u300E\u300F";

    /** Every quotation mark, straight or typographic, of any language. */
    static boolean isQuote(int c) {
        return switch (c) {
            case '"', '\'', '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2039', '\u203A', '\u2018',
                    '\u2019', '\u201A', '\u201B', '\u300C', '\u300D', '\u300E', '\u300F' -> true;
            default -> false;
        };
    }

    /** Whether the mark at {@code i} is an apostrophe inside a word ({@code Putin’in}, {@code don't}). */
    static boolean isApostrophe(String text, int i) {
        int c = text.charAt(i);
        if (c != '\'' && c != '\u2019' && c != '\u02BC') {
            return false;
        }
        return i > 0 && i + 1 < text.length() && isLetter(text.codePointBefore(i)) && isLetter(text.codePointAt(i + 1));
    }

    /**
     * Which characters of a text are inside a quotation, whatever the marks: a mark opens when it
     * follows the start, a space, an opening bracket or another opening mark, and closes otherwise.
     */
    static boolean[] quoted(String text) {
        boolean[] in = new boolean[text.length()];
        int depth = 0;
        int openedAt = -2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isQuote(c) && !isApostrophe(text, i)) {
                char before = i == 0 ? ' ' : text.charAt(i - 1);
                boolean opens = Character.isWhitespace(before) || Character.isSpaceChar(before) || before == '('
                        || before == '[' || openedAt == i - 1;
                if (c == '\u00AB' || c == '\u201E' || c == '\u2039' || c == '\u201A') {
                    opens = true;
                } else if (c == '\u00BB' || c == '\u203A') {
                    opens = false;
                }
                if (opens) {
                    depth++;
                    openedAt = i;
                } else if (depth > 0) {
                    depth--;
                }
                continue;
            }
            in[i] = depth > 0;
        }
        return in;
    }
}
