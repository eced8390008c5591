package org.l10nwb.core.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.ibm.icu.util.ULocale;

import org.l10nwb.core.lang.WordTokenizer;

/**
 * Word-level differences between two sentences, for showing a translator how an earlier source
 * differs from the one in hand. Words are compared as written, in order; punctuation apart from
 * them, as marks added or removed (so a comma both sentences have is never shown as changed,
 * however the words around it moved); spaces are not compared.
 *
 * <p>The text is split by the project's {@link WordTokenizer} (ICU word boundaries, which also
 * serve Georgian, Cyrillic and Azerbaijani text and languages without spaces); the comparison of
 * the two token lists is java-diff-utils' Myers diff in linear space, which takes time in
 * proportion to the length times the number of differences, so two long texts that differ in a
 * word come out as that one word changed, with no size past which the diff gives up.
 */
public final class WordDiff {
    /** What happened to a piece of text. */
    public enum Kind {
        /** In both sentences. */
        SAME,
        /** Only in the earlier sentence: the current one does not say it. */
        REMOVED,
        /** Only in the current sentence: the earlier translation does not cover it. */
        ADDED,
        /** Punctuation marks only the earlier sentence has. */
        PUNCTUATION_REMOVED,
        /** Punctuation marks only the current sentence has. */
        PUNCTUATION_ADDED;

        /** Whether this is a change of punctuation rather than of words. */
        public boolean punctuation() {
            return this == PUNCTUATION_REMOVED || this == PUNCTUATION_ADDED;
        }
    }

    /** One run of words of one kind, as written (words separated by single spaces). */
    public record Change(Kind kind, String text) {
    }

    private WordDiff() {
    }

    /**
     * How {@code current} differs from {@code earlier}: the words, in order, then the punctuation
     * marks added and removed.
     */
    public static List<Change> diff(String earlier, String current, ULocale locale) {
        WordTokenizer tokenizer = new WordTokenizer(locale);
        List<String> earlierTokens = tokens(earlier, tokenizer);
        List<String> currentTokens = tokens(current, tokenizer);
        List<Change> out = words(earlierTokens.stream().filter(WordDiff::isWord).toList(),
                currentTokens.stream().filter(WordDiff::isWord).toList());
        punctuation(earlierTokens.stream().filter(t -> !isWord(t)).toList(),
                currentTokens.stream().filter(t -> !isWord(t)).toList(), out);
        return out;
    }

    /** A token with a letter or a digit; the others are punctuation and symbols. */
    private static boolean isWord(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    /** The marks one side has more often than the other, in the order they stand. */
    private static void punctuation(List<String> earlier, List<String> current, List<Change> out) {
        Map<String, Integer> left = new HashMap<>();
        earlier.forEach(m -> left.merge(m, 1, Integer::sum));
        List<String> added = new ArrayList<>();
        for (String m : current) {
            if (left.getOrDefault(m, 0) > 0) {
                left.merge(m, -1, Integer::sum);
            } else {
                added.add(m);
            }
        }
        Map<String, Integer> right = new HashMap<>();
        current.forEach(m -> right.merge(m, 1, Integer::sum));
        List<String> removed = new ArrayList<>();
        for (String m : earlier) {
            if (right.getOrDefault(m, 0) > 0) {
                right.merge(m, -1, Integer::sum);
            } else {
                removed.add(m);
            }
        }
        add(out, Kind.PUNCTUATION_ADDED, added);
        add(out, Kind.PUNCTUATION_REMOVED, removed);
    }

    /** The word-level differences of two token lists (Myers). */
    private static List<Change> words(List<String> a, List<String> b) {
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b, new MyersDiffWithLinearSpace<String>(), null, true)
                .getDeltas()) {
            switch (d.getType()) {
                case EQUAL -> add(out, Kind.SAME, d.getSource().getLines());
                case DELETE -> add(out, Kind.REMOVED, d.getSource().getLines());
                case INSERT -> add(out, Kind.ADDED, d.getTarget().getLines());
                case CHANGE -> {
                    // What the current sentence says instead, then what the earlier one said.
                    add(out, Kind.ADDED, d.getTarget().getLines());
                    add(out, Kind.REMOVED, d.getSource().getLines());
                }
            }
        }
        return out;
    }

    /** A change as word-diff tools print it: {@code {+added+}}, {@code [-removed-]}, or the words themselves. */
    public static String marked(Change c) {
        return switch (c.kind()) {
            case SAME -> c.text();
            case ADDED, PUNCTUATION_ADDED -> "{+" + c.text() + "+}";
            case REMOVED, PUNCTUATION_REMOVED -> "[-" + c.text() + "-]";
        };
    }

    /**
     * The changes as one line, each {@linkplain #marked marked}, separated by spaces; the
     * punctuation after the words: {@code Talks resume {+now+}; punctuation {+,+} [-.-]}.
     */
    public static String marked(List<Change> changes) {
        String words = String.join(" ", changes.stream().filter(c -> !c.kind().punctuation()).map(WordDiff::marked).toList());
        List<String> marks = changes.stream().filter(c -> c.kind().punctuation()).map(WordDiff::marked).toList();
        return marks.isEmpty() ? words : words + "; punctuation " + String.join(" ", marks);
    }

    /** Words, numbers and punctuation of a text, in order; white space is dropped. */
    public static List<String> tokens(String text, ULocale locale) {
        return tokens(text, new WordTokenizer(locale));
    }

    private static List<String> tokens(String text, WordTokenizer tokenizer) {
        List<String> tokens = new ArrayList<>();
        for (WordTokenizer.Token t : tokenizer.segments(text)) {
            if (!t.text().isBlank()) {
                tokens.add(t.text());
            }
        }
        return tokens;
    }

    /** Appends words of a kind, merging them into the previous change of the same kind. */
    private static void add(List<Change> out, Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join(" ", words);
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).kind() == kind) {
            out.set(last, new Change(kind, out.get(last).text() + " " + text));
        } else {
            out.add(new Change(kind, text));
        }
    }
}
