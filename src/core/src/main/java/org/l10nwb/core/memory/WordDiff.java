package org.l10nwb.core.memory;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Word-level differences between two sentences, for showing a translator how an earlier source
 * differs from the one in hand. Words and punctuation are compared as written; spaces are not.
 *
 * <p>Written here because the comparison must run on ICU word boundaries (Georgian, Cyrillic and
 * Azerbaijani text, and languages without spaces), which the diff libraries on Maven Central do
 * not tokenise; the longest-common-subsequence step itself is a dozen lines.
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

    /** Beyond this many token pairs the sentences are simply shown as replaced. */
    private static final long MAX_CELLS = 4_000_000L;

    private WordDiff() {
    }

    /** How {@code current} differs from {@code earlier}. */
    public static List<Change> diff(String earlier, String current, ULocale locale) {
        List<String> a = tokens(earlier, locale);
        List<String> b = tokens(current, locale);
        List<Change> out = new ArrayList<>();
        if ((long) a.size() * b.size() > MAX_CELLS) {
            add(out, Kind.REMOVED, String.join(" ", a));
            add(out, Kind.ADDED, String.join(" ", b));
            return out;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                add(out, Kind.SAME, a.get(i++));
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(out, Kind.ADDED, b.get(j++));
            } else {
                add(out, Kind.REMOVED, a.get(i++));
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
        List<String> tokens = new ArrayList<>();
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String t = text.substring(start, end);
            if (!t.isBlank()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /** Appends text of a kind, merging it into the previous change of the same kind. */
    private static void add(List<Change> out, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last).kind() == kind) {
            out.set(last, new Change(kind, out.get(last).text() + " " + text));
        } else {
            out.add(new Change(kind, text));
        }
    }
}
