package org.l10nwb.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.ibm.icu.util.ULocale;

import org.l10nwb.core.lang.WordTokenizer;

/**
 * How a translation changed since it was signed off, as one line of the text as written: the
 * words, punctuation and spacing of the current text, with what was removed in {@code [-…-]} and
 * what was added in {@code {+…+}}, as {@code git diff --word-diff} shows it (the earlier words
 * first: an editor reads "was this, is now that"). Words come from the project's
 * {@link WordTokenizer}; an inline code's placeholder ({@code ⟨1⟩}) is one token, so a moved or
 * dropped code shows as such. Spacing alone is not a change.
 */
final class TextDiff {
    /** A token and the white space before it, as written. */
    private record Token(String text, int start, int end, String spaceBefore) {
    }

    private TextDiff() {
    }

    /** {@code current} marked with how it differs from {@code earlier}. */
    static String marked(String earlier, String current, ULocale locale) {
        WordTokenizer tokenizer = new WordTokenizer(locale);
        List<Token> a = tokens(earlier, tokenizer);
        List<Token> b = tokens(current, tokenizer);
        StringBuilder out = new StringBuilder();
        // Removals and additions between two runs of common words are one change, whichever
        // order the diff reports them in.
        int[] removed = null;
        int[] added = null;
        for (AbstractDelta<String> d : DiffUtils.diff(texts(a), texts(b), new MyersDiffWithLinearSpace<String>(), null, true)
                .getDeltas()) {
            int as = d.getSource().getPosition();
            int bs = d.getTarget().getPosition();
            if (d.getType() != DeltaType.EQUAL) {
                removed = d.getSource().size() == 0 ? removed : extend(removed, as, d.getSource().size());
                added = d.getTarget().size() == 0 ? added : extend(added, bs, d.getTarget().size());
                continue;
            }
            change(out, earlier, a, removed, current, b, added);
            String space = b.get(bs).spaceBefore();
            if (removed != null && added == null && space.isEmpty()) {
                space = a.get(as).spaceBefore(); // "[-Then-] Aliyev": the space the removed words stood before
            }
            out.append(space).append(span(current, b, bs, d.getTarget().size()));
            removed = null;
            added = null;
        }
        change(out, earlier, a, removed, current, b, added);
        return out.toString().strip();
    }

    /** A range of tokens grown by {@code n} more from {@code at}. */
    private static int[] extend(int[] range, int at, int n) {
        return range == null ? new int[] {at, n} : new int[] {range[0], at + n - range[0]};
    }

    /** A pending change as {@code [-was-]{+now+}}, with the spacing before it. */
    private static void change(StringBuilder out, String earlier, List<Token> a, int[] removed, String current,
            List<Token> b, int[] added) {
        if (removed == null && added == null) {
            return;
        }
        out.append(added != null ? b.get(added[0]).spaceBefore() : a.get(removed[0]).spaceBefore());
        if (removed != null) {
            out.append("[-").append(span(earlier, a, removed[0], removed[1])).append("-]");
        }
        if (added != null) {
            out.append("{+").append(span(current, b, added[0], added[1])).append("+}");
        }
    }

    private static List<String> texts(List<Token> tokens) {
        return tokens.stream().map(Token::text).toList();
    }

    /** The text from the first of {@code n} tokens to the last, as written. */
    private static String span(String text, List<Token> tokens, int from, int n) {
        return text.substring(tokens.get(from).start(), tokens.get(from + n - 1).end());
    }

    /** Words, numbers, punctuation and placeholders, each with the white space before it. */
    private static List<Token> tokens(String text, WordTokenizer tokenizer) {
        List<Token> out = new ArrayList<>();
        int[] spaceFrom = {0};
        Matcher m = ReadableText.PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            words(text, at, m.start(), tokenizer, out, spaceFrom);
            out.add(new Token(m.group(), m.start(), m.end(), text.substring(spaceFrom[0], m.start())));
            spaceFrom[0] = m.end();
            at = m.end();
        }
        words(text, at, text.length(), tokenizer, out, spaceFrom);
        return out;
    }

    private static void words(String text, int from, int to, WordTokenizer tokenizer, List<Token> out, int[] spaceFrom) {
        for (WordTokenizer.Token t : tokenizer.segments(text.substring(from, to))) {
            if (!t.text().isBlank()) {
                int start = from + t.start();
                out.add(new Token(t.text(), start, from + t.end(), text.substring(spaceFrom[0], start)));
                spaceFrom[0] = from + t.end();
            }
        }
    }
}
