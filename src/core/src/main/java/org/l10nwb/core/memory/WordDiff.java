package org.l10nwb.core.memory;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.ibm.icu.util.ULocale;

import org.l10nwb.core.lang.WordTokenizer;

/**
 * Word-level differences between two sentences, for showing a translator how an earlier source
 * differs from the one in hand. Words and punctuation are compared as written; spaces are not.
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
        ADDED
    }

    /** One run of words of one kind, as written (words separated by single spaces). */
    public record Change(Kind kind, String text) {
    }

    private WordDiff() {
    }

    /** How {@code current} differs from {@code earlier}. */
    public static List<Change> diff(String earlier, String current, ULocale locale) {
        WordTokenizer tokenizer = new WordTokenizer(locale);
        List<String> a = tokens(earlier, tokenizer);
        List<String> b = tokens(current, tokenizer);
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
            case ADDED -> "{+" + c.text() + "+}";
            case REMOVED -> "[-" + c.text() + "-]";
        };
    }

    /** The changes as one line, each {@linkplain #marked marked}, separated by spaces. */
    public static String marked(List<Change> changes) {
        return String.join(" ", changes.stream().map(WordDiff::marked).toList());
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
