package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code bracket-mismatch}: brackets and quotation marks open and close in order in the
 * translation, and the translation keeps the source's brackets. The pairs are {@code ()},
 * {@code []}, {@code {}} and the target locale's quotation marks (those of {@code quote-style},
 * when opening and closing marks differ; a {@code ’} that may be an apostrophe is left alone).
 * A list marker («1)», «a)») and a smiley close nothing and are not reported, nor a bracket the
 * source leaves open or unopened itself (a pattern's {@code (?(}). A translation may add brackets;
 * one with fewer bracketed parts than its source is reported, an ending in brackets glued to a word
 * ({@code file(s)}, which a translation writes as its language does) not counting as a part.
 */
final class BracketMismatchCheck implements SegmentCheck {
    static final Rule RULE = new Rule("bracket-mismatch", Severity.WARNING,
            "A bracket or quotation mark of the translation is not closed, closes nothing or closes out of order, or the translation has fewer bracketed parts than the source.",
            "Pairs: () [] {} and the target locale's quotation marks of quote-style (check.quote-style.<locale>)."
                    + " Unbalanced or crossed pairs in the translation are reported, and a translation with fewer"
                    + " ( [ { pairs than its source.");

    private static final String OPEN = "([{";
    private static final String CLOSE = ")]}";
    /** The brackets a source's text is looked at for, as {@link TextFacts#maskOf} has them. */
    private static final long SOURCE_MARKS = TextFacts.maskOf(OPEN);

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public PairCheck forPair(LanguagePair pair) {
        QuoteStyleCheck.Marks marks = ((QuoteStyleCheck.Marks) pair.value(QuoteStyleCheck.RULE, QuoteStyleCheck.MARKS))
                .resolve(pair.targetLocale());
        StringBuilder open = new StringBuilder(OPEN);
        StringBuilder close = new StringBuilder(CLOSE);
        for (String[] p : marks.levels()) {
            if (p[0].length() == 1 && p[1].length() == 1 && !p[0].equals(p[1]) && !p[1].equals("\u2019")
                    && !p[0].equals("\"") && !p[0].equals("'") && open.indexOf(p[0]) < 0) {
                open.append(p[0]);
                close.append(p[1]);
            }
        }
        String opens = open.toString();
        String closes = close.toString();
        long targetMarks = TextFacts.maskOf(opens + closes);
        return (s, report) -> {
            if (!s.targetFacts().mayHaveAny(targetMarks) && !s.sourceFacts().mayHaveAny(SOURCE_MARKS)) {
                return; // neither text may have a mark: most segments, told without a look at either
            }
            String t = s.targetText();
            boolean marked = any(t, opens) || any(t, closes);
            if (!marked && !any(s.sourceText(), OPEN)) {
                return;
            }
            List<String> problems = new ArrayList<>();
            List<String> found = new ArrayList<>();
            List<Integer> stack = new ArrayList<>();
            boolean[] loose = unbalanced(s.sourceText());
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                int o = opens.indexOf(c);
                int k = closes.indexOf(c);
                if (k >= 0 && !stack.isEmpty() && stack.get(stack.size() - 1) == k) {
                    stack.remove(stack.size() - 1);
                    continue;
                }
                if (o >= 0) {
                    stack.add(o);
                    continue;
                }
                if (k < 0 || TextScan.isApostrophe(t, i)) {
                    continue;
                }
                if (k < CLOSE.length() && (listMarker(t, i) || smiley(t, i))) {
                    continue;
                }
                if (k >= CLOSE.length() && opens(t, i)) {
                    continue; // a closing mark where a quotation opens: another language's marks, quote-style's business
                }
                int deeper = stack.lastIndexOf(k);
                if (deeper >= 0) {
                    for (int j = stack.size() - 1; j > deeper; j--) {
                        if (!(stack.get(j) < OPEN.length() && loose[stack.get(j)])) {
                            problems.add(opens.charAt(stack.get(j)) + " is still open at " + c);
                            found.add(String.valueOf(opens.charAt(stack.get(j))));
                        }
                    }
                    stack.subList(deeper, stack.size()).clear();
                } else if (!(k < CLOSE.length() && loose[k])) {
                    problems.add(c + " closes nothing");
                    found.add(String.valueOf(c));
                }
            }
            for (int j = stack.size() - 1; j >= 0; j--) {
                if (!(stack.get(j) < OPEN.length() && loose[stack.get(j)])) {
                    problems.add(opens.charAt(stack.get(j)) + " is never closed");
                    found.add(String.valueOf(opens.charAt(stack.get(j))));
                }
            }
            if (!problems.isEmpty()) {
                report.add("in the translation, " + String.join("; ", problems), List.of(), found);
                return;
            }
            int inSource = pairs(s.sourceText());
            int inTarget = pairs(t);
            if (inTarget < inSource) {
                report.add("the source has " + parts(inSource) + " in brackets, the translation " + (inTarget == 0 ? "none"
                        : Integer.toString(inTarget)), List.of(Integer.toString(inSource)), List.of(Integer.toString(inTarget)));
            }
        };
    }

    /** Whether the text has any of the marks ({@link String#indexOf(int)} is fast on long texts). */
    private static boolean any(String text, String marks) {
        for (int i = 0; i < marks.length(); i++) {
            if (text.indexOf(marks.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String parts(int n) {
        return n == 1 ? "a part" : n + " parts";
    }

    /**
     * Which of ( [ { the source does not balance itself (a pattern's {@code (?(}, a range's
     * {@code [0, 1)}): the translation that follows it there is not reported for them.
     */
    private static boolean[] unbalanced(String source) {
        int[] balance = new int[OPEN.length()];
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            int o = OPEN.indexOf(c);
            int k = CLOSE.indexOf(c);
            if (o >= 0) {
                balance[o]++;
            } else if (k >= 0 && !listMarker(source, i) && !smiley(source, i)) {
                balance[k]--;
            }
        }
        boolean[] out = new boolean[OPEN.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = balance[i] != 0;
        }
        return out;
    }

    /**
     * Whether the parenthesis at {@code i} opens an ending glued to a word, {@code file(s)},
     * {@code page(s)}, {@code match(es)}: one word that is singular and plural at once, which a
     * translation writes in its own way (often as a plural, without brackets).
     */
    private static boolean plural(String text, int i) {
        if (i == 0 || !Character.isLetter(text.charAt(i - 1))) {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && j - i <= 4 && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return j > i + 1 && j - i <= 4 && j < text.length() && text.charAt(j) == ')'
                && (j + 1 == text.length() || !Character.isLetter(text.charAt(j + 1)));
    }

    /** The bracket pairs ( [ { of a text that close, an ending glued to a word ({@code file(s)}) aside. */
    private static int pairs(String text) {
        int pairs = 0;
        int[] depth = new int[OPEN.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int o = OPEN.indexOf(c);
            int k = CLOSE.indexOf(c);
            if (o == 0 && plural(text, i)) {
                i = text.indexOf(')', i);
                continue;
            }
            if (o >= 0) {
                depth[o]++;
            } else if (k >= 0 && depth[k] > 0) {
                depth[k]--;
                pairs++;
            }
        }
        return pairs;
    }

    private static boolean opens(String t, int i) {
        return i == 0 || Character.isWhitespace(t.charAt(i - 1)) || Character.isSpaceChar(t.charAt(i - 1));
    }

    /** {@code 1)}, {@code a)}, {@code iv)} at the start of the text or after a space. */
    private static boolean listMarker(String t, int i) {
        int j = i;
        while (j > 0 && Character.isLetterOrDigit(t.charAt(j - 1)) && i - j < 4) {
            j--;
        }
        if (j == i || (j > 0 && !Character.isWhitespace(t.charAt(j - 1)))) {
            return false;
        }
        String token = t.substring(j, i);
        return token.matches("\\d{1,3}|\\p{L}|[ivxIVX]{1,4}");
    }

    private static boolean smiley(String t, int i) {
        return i > 0 && (t.charAt(i - 1) == ':' || t.charAt(i - 1) == ';') && t.charAt(i) == ')';
    }
}
