package org.l10nwb.core.lang;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits text into words with ICU's locale-aware word boundaries (UAX #29 plus tailoring), and
 * tells whether what lies between two words lets them form one multi-word term. The project's
 * one tokenizer: term matching, fuzzy scores and word differences all see the same words.
 *
 * <p>Not thread-safe: one instance per thread.
 */
public final class WordTokenizer {
    /** A piece of the text: its character range and its text as written. */
    public record Token(int start, int end, String text) {
    }

    private final BreakIterator words;
    /** Whether {@link SimpleWordBreaks} gives this locale's words (its word rules are the root's). */
    private final boolean simple;

    public WordTokenizer(ULocale locale) {
        this.words = BreakIterator.getWordInstance(locale);
        this.simple = SimpleWordBreaks.applies(locale);
    }

    /** The words of {@code text}: letters and numbers; spaces and punctuation are left out. */
    public List<Token> tokens(String text) {
        if (simple) {
            List<Token> fast = SimpleWordBreaks.tokens(text);
            if (fast != null) {
                return fast;
            }
        }
        return icuTokens(text);
    }

    /** {@link #tokens} by ICU's break iterator alone: what the fast path must equal. */
    List<Token> icuTokens(String text) {
        List<Token> tokens = new ArrayList<>();
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_NUMBER) {
                tokens.add(new Token(start, end, text.substring(start, end)));
            }
        }
        return tokens;
    }

    /**
     * Every piece of {@code text} between two word boundaries, in order: the words and numbers
     * {@link #tokens} gives, and the punctuation, symbols and white space between them, so that
     * together they are the whole text.
     */
    public List<Token> segments(String text) {
        List<Token> tokens = new ArrayList<>();
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            tokens.add(new Token(start, end, text.substring(start, end)));
        }
        return tokens;
    }

    /**
     * Whether the text between two words joins them as words of one term: white space of any kind
     * (a no-break space is a space), hyphens and dashes, and nothing else. Dashes count because
     * names of routes and pairs are written with them, spaced or not («Баку–Тбилиси–Карс»,
     * «Баку — Тбилиси — Карс»), and the word breaks leave the dash between the words; any other
     * punctuation (a comma, a full stop, a quotation mark) separates them.
     */
    public static boolean joins(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        if (to == from + 1 && text.charAt(from) == ' ') {
            return true; // the usual gap, without the property look-ups
        }
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            boolean ok = UCharacter.isUWhiteSpace(c) || UCharacter.getType(c) == UCharacterCategory.DASH_PUNCTUATION;
            if (!ok) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
