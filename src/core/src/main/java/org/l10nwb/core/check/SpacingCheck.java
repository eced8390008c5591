package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code spacing}: spaces a typesetter would correct. Two or more spaces in a row (unless the
 * source has them too); a space at the start or end of the segment that the source does not have,
 * or the source's that the translation lost; a space before {@code , . ; : ! ?} (the marks are a
 * parameter: French wants a space before {@code ; : ! ?}); and, where the locale asks for it, a
 * no-break space before an em dash, so that no line starts with a dash (Russian:
 * {@code check.spacing.before-dash.ru = nbsp}).
 */
final class SpacingCheck implements SegmentCheck {
    static final Rule RULE = new Rule("spacing", Severity.WARNING,
            "Double spaces, leading or trailing spaces that differ from the source, a space before punctuation, or the locale's spacing around dashes.",
            "Two or more spaces in a row (ordinary or no-break) that the source does not have; a leading or trailing"
                    + " space on one side only; a space before the marks of check.spacing.no-space-before (default"
                    + " , . ; : ! ?; French , .), unless the mark starts a number, a word or an ellipsis; and with"
                    + " check.spacing.before-dash.<locale> = nbsp (the default for ru) an ordinary space before an"
                    + " em dash where a no-break space belongs.");

    static final CheckParameter NO_SPACE_BEFORE = new CheckParameter("no-space-before",
            "the punctuation marks that take no space before them, written together (for example ,.;:!?)",
            Map.of("", ",.;:!?", "fr", ",."), v -> v.strip());
    static final CheckParameter BEFORE_DASH = new CheckParameter("before-dash",
            "what goes before an em dash that follows a word: nbsp (a no-break space), or any",
            Map.of("", "any", "ru", "nbsp"), SpacingCheck::dash);

    private static String dash(String v) {
        String s = v.strip().toLowerCase(java.util.Locale.ROOT);
        if (!s.equals("nbsp") && !s.equals("any")) {
            throw new IllegalArgumentException("'" + v + "' is neither nbsp nor any");
        }
        return s;
    }

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public List<CheckParameter> parameters() {
        return List.of(NO_SPACE_BEFORE, BEFORE_DASH);
    }

    @Override
    public PairCheck forPair(LanguagePair pair) {
        String noSpaceBefore = pair.value(RULE, NO_SPACE_BEFORE);
        boolean nbspBeforeDash = "nbsp".equals(pair.value(RULE, BEFORE_DASH));
        String language = pair.targetLanguage();
        long noSpaceBeforeMarks = TextFacts.maskOf(noSpaceBefore);
        return (s, report) -> {
            String src = s.sourceText();
            String t = s.targetText();
            TextFacts facts = s.targetFacts();
            if (facts.mayHaveOddSpaces()) {
                doubled(src, t, report);
            }
            ends(src, t, report);
            if (facts.mayHaveAny(noSpaceBeforeMarks)) {
                beforePunctuation(t, noSpaceBefore, report);
            }
            if (nbspBeforeDash && facts.mayHaveAny(EM_DASH)) {
                beforeDash(t, language, report);
            }
        };
    }

    private static final long EM_DASH = TextFacts.maskOf("\u2014");

    private static boolean space(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\t';
    }

    private static void doubled(String src, String t, PairCheck.Report report) {
        if (t.indexOf("  ") < 0 && t.indexOf('\u00A0') < 0 && t.indexOf('\u202F') < 0 && t.indexOf('\u2009') < 0
                && t.indexOf('\t') < 0) {
            return;
        }
        int runs = 0;
        int first = -1;
        int firstEnd = -1;
        for (int i = 0; i < t.length(); i++) {
            if (space(t.charAt(i)) && i + 1 < t.length() && space(t.charAt(i + 1)) && i > 0 && !space(t.charAt(i - 1))) {
                int end = i;
                while (end < t.length() && space(t.charAt(end))) {
                    end++;
                }
                if (end < t.length()) {
                    runs++;
                    if (first < 0) {
                        first = i;
                        firstEnd = end;
                    }
                }
            }
        }
        if (runs == 0 || hasDoubleSpace(src)) {
            return;
        }
        String where = MessageText.excerpt(t, first, firstEnd, 16);
        report.add((runs == 1 ? "a double space" : runs + " double spaces") + " in the translation: " + where,
                List.of(" "), List.of(MessageText.showSpaces(t.substring(first, firstEnd))));
    }

    private static boolean hasDoubleSpace(String s) {
        for (int i = 1; i < s.length() - 1; i++) {
            if (space(s.charAt(i)) && space(s.charAt(i + 1)) && !space(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    private static void ends(String src, String t, PairCheck.Report report) {
        if (src.isEmpty() || t.isEmpty()) {
            return;
        }
        String srcLead = lead(src);
        String tLead = lead(t);
        if (!srcLead.equals(tLead) && src.length() > srcLead.length()) {
            report.add(message("starts", srcLead, tLead), List.of(MessageText.showSpaces(srcLead)),
                    List.of(MessageText.showSpaces(tLead)));
        }
        String srcTrail = trail(src);
        String tTrail = trail(t);
        if (!srcTrail.equals(tTrail) && src.length() > srcTrail.length()) {
            report.add(message("ends", srcTrail, tTrail), List.of(MessageText.showSpaces(srcTrail)),
                    List.of(MessageText.showSpaces(tTrail)));
        }
    }

    private static String message(String verb, String source, String target) {
        return "the source " + verb + " with " + spaces(source) + ", the translation with " + spaces(target);
    }

    private static String spaces(String s) {
        if (s.isEmpty()) {
            return "no space";
        }
        return s.length() == 1 ? "a space (" + MessageText.showSpaces(s) + ")" : s.length() + " spaces (" + MessageText.showSpaces(s) + ")";
    }

    private static String lead(String s) {
        int i = 0;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || space(s.charAt(i)))) {
            i++;
        }
        return s.substring(0, i);
    }

    private static String trail(String s) {
        int i = s.length();
        while (i > 0 && (Character.isWhitespace(s.charAt(i - 1)) || space(s.charAt(i - 1)))) {
            i--;
        }
        return s.substring(i);
    }

    private static void beforePunctuation(String t, String marks, PairCheck.Report report) {
        // the places of the marks, found with String.indexOf (fast on long texts), in text order
        int[] at = null;
        int n = 0;
        for (int k = 0; k < marks.length(); k++) {
            char mark = marks.charAt(k);
            if (marks.indexOf(mark) < k) {
                continue; // a mark given twice
            }
            for (int i = t.indexOf(mark, 1); i > 0; i = t.indexOf(mark, i + 1)) {
                if (space(t.charAt(i - 1))) {
                    if (at == null) {
                        at = new int[8];
                    } else if (n == at.length) {
                        at = java.util.Arrays.copyOf(at, n * 2);
                    }
                    at[n++] = i;
                }
            }
        }
        if (at == null) {
            return;
        }
        java.util.Arrays.sort(at, 0, n);
        List<String> found = new ArrayList<>();
        int first = -1;
        for (int k = 0; k < n; k++) {
            int i = at[k];
            char c = t.charAt(i);
            int before = i - 1;
            while (before >= 0 && space(t.charAt(before))) {
                before--;
            }
            if (before < 0) {
                continue;
            }
            char next = i + 1 < t.length() ? t.charAt(i + 1) : ' ';
            if (Character.isLetterOrDigit(next) || (c == '.' && next == '.') || next == c) {
                continue; // .5, .NET, an ellipsis, ?? and !! are not the mark after a word
            }
            if (t.charAt(before) == '\u2014' || t.charAt(before) == '\u2013') {
                continue; // a mark after a dash stands for something left out
            }
            String m = String.valueOf(c);
            if (!found.contains(m)) {
                found.add(m);
            }
            if (first < 0) {
                first = i;
            }
        }
        if (!found.isEmpty()) {
            report.add("a space before " + String.join(" ", found) + " in the translation: "
                    + MessageText.excerpt(t, spaceBefore(t, first), first + 1, 16), List.of(), found);
        }
    }

    private static int spaceBefore(String t, int i) {
        int j = i;
        while (j > 0 && space(t.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    private static void beforeDash(String t, String language, PairCheck.Report report) {
        int count = 0;
        int first = -1;
        for (int i = t.indexOf('\u2014', 1); i > 0; i = t.indexOf('\u2014', i + 1)) {
            if (t.charAt(i - 1) == ' ' && i >= 2 && !space(t.charAt(i - 2))) {
                count++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (count > 0) {
            report.add((count == 1 ? "an em dash follows" : count + " em dashes follow") + " an ordinary space, where "
                    + language + " puts a no-break space (U+00A0): " + MessageText.excerpt(t, first - 1, first + 1, 16),
                    List.of("\u00A0\u2014"), List.of(" \u2014"));
        }
    }
}
