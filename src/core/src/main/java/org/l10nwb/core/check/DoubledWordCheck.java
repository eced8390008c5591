package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;

/**
 * {@code doubled-word}: the same word twice in a row, with only spaces between («в в Армении»),
 * letter case aside and by the target locale's rules (Azerbaijani «İki iki» is doubled, «ılıq
 * iliq» is not). Words a language doubles on purpose are a parameter (English "had had", "that
 * that"); hyphenated reduplication («еле-еле», «köpüklənə-köpüklənə») is one word and never reported.
 */
final class DoubledWordCheck implements SegmentCheck {
    static final Rule RULE = new Rule("doubled-word", Severity.WARNING,
            "The same word stands twice in a row in the translation.",
            "Two equal words (by the target locale's case rules) with one space between, where the source has no"
                    + " doubled word itself. Words the language"
                    + " doubles on purpose are check.doubled-word.allowed.<locale> (default for en: had that).");

    static final CheckParameter ALLOWED = new CheckParameter("allowed",
            "words that may stand twice in a row, separated by spaces or commas",
            Map.of("en", "had that", "", ""), v -> v);

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public List<CheckParameter> parameters() {
        return List.of(ALLOWED);
    }

    @Override
    public PairCheck forPair(LanguagePair pair) {
        ULocale locale = pair.targetLocale();
        Set<String> allowed = new HashSet<>();
        String list = pair.value(RULE, ALLOWED);
        for (String w : (list == null ? "" : list).split("[\\s,]+")) {
            if (!w.isBlank()) {
                allowed.add(UCharacter.toLowerCase(locale, w.strip()));
            }
        }
        return (s, report) -> {
            String t = s.targetText();
            List<String> doubled = doubled(t, locale, allowed);
            // a source that repeats words itself (column headings, "CHAR    CHAR") is followed on purpose
            if (!doubled.isEmpty() && doubled(s.sourceText(), pair.sourceLocale(), Set.of()).isEmpty()) {
                report.add("a word is doubled in the translation: " + MessageText.list(doubled.stream().map(MessageText::quote).toList()),
                        List.of(), doubled);
            }
        };
    }

    /**
     * The doubled words of a text: equal words with one space between (a wider gap is layout, the
     * columns of a table or of a command's help).
     */
    private static List<String> doubled(String t, ULocale locale, Set<String> allowed) {
        List<TextScan.Word> words = TextScan.words(t);
        boolean lithuanian = "lt".equals(locale.getLanguage());
        List<String> doubled = List.of();
        for (int i = 1; i < words.size(); i++) {
            TextScan.Word before = words.get(i - 1);
            TextScan.Word word = words.get(i);
            // one blank between them first: it is cheap to look at, and most pairs of words fail it only by their letters
            if (word.start() - before.end() != 1 || !Character.isWhitespace(t.charAt(before.end()))) {
                continue;
            }
            // different first letters that lower case keeps as they are (neither a capital nor a
            // surrogate, which TextScan.lower would change): different words, told without lowering both
            char x = before.first();
            char y = word.first();
            if (x != y && !changesInLowerCase(x) && !changesInLowerCase(y)) {
                continue;
            }
            // Words of one length that differ letter by letter even with case aside (Java's
            // case-insensitive compare, which takes supplementary letters too) are not equal in
            // the locale's lower case either: the locale's special cases (Turkic dotted and
            // dotless i, final sigma) are equal there, and those that change a word's length
            // (a Lithuanian dotted capital) are left to the full compare below. Lowering both
            // words, a copy of each with its case mapped, is the dearer part of this check.
            if (word.length() == before.length()
                    && !t.regionMatches(true, before.start(), t, word.start(), word.length())) {
                continue;
            }
            // Words of different lengths are equal in lower case only where lowering changes a
            // word's length: a capital I with a dot (to i and a combining dot, outside Turkic
            // locales), a combining dot above after I (dropped in Turkic ones), and Lithuanian's
            // rules; for every other word, equal lengths come first.
            if (word.length() != before.length() && !lithuanian && !mayChangeLength(t, before) && !mayChangeLength(t, word)) {
                continue;
            }
            String w = TextScan.lower(locale, word.text());
            if (TextScan.lower(locale, before.text()).equals(w) && !allowed.contains(w)) {
                String pairText = t.substring(before.start(), word.end());
                if (doubled.isEmpty()) {
                    doubled = new ArrayList<>();
                }
                if (!doubled.contains(pairText)) {
                    doubled.add(pairText);
                }
            }
        }
        return doubled;
    }

    /** Whether the word has a character whose lower case may be longer or shorter than it ({@link #doubled}). */
    private static boolean mayChangeLength(String t, TextScan.Word w) {
        for (int i = w.start(); i < w.end(); i++) {
            char c = t.charAt(i);
            if (c == '\u0130' || c == '\u0307') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link TextScan#lower} may change this character (it lowers a word that has one). */
    private static boolean changesInLowerCase(char c) {
        return Character.isUpperCase(c) || Character.isTitleCase(c) || Character.isSurrogate(c);
    }
}
