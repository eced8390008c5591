package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.terms.TermMatch;

/**
 * {@code untranslated}, for text that is there: a translation that is its source (when the source
 * reads as prose: «Putin» is «Putin» in Azerbaijani, and {@code lineno  symndx/paddr} or a
 * language code stays as it is), or that keeps a phrase of the source. A kept phrase is two or
 * more lower-case words of the source in a row, in the source's script, outside quotations,
 * glossary terms and code (names are capitalised, so they are left alone). A lone word is not
 * reported only when it is an ordinary word of the source language ({@link OrdinarySourceWords}: the
 * source's dictionary knows it, and it is no name in code, loan word of the target language or
 * word of the project's list): a Russian or Georgian translation of software keeps the names of
 * commands, functions and types ({@code gzip}, {@code realloc}, {@code jsonb}), and Azerbaijani
 * borrows single words such as «realpolitik». Code is a word glued to a mark or a digit
 * ({@code --quiet}, {@code .bs}, {@code DW_MACRO}, {@code size=N}, {@code %lu}, {@code arm9}), and a
 * phrase among such marks ({@code git fsck [<options>]}).
 */
final class UntranslatedCheck implements SegmentCheck {
    static final CheckParameter WORDS = new CheckParameter("words",
            "source-language words the translations may keep as they are (terms of the trade, loans the"
                    + " language module lacks), separated by spaces or commas",
            Map.of("", ""), v -> v);
    static final CheckParameter SINGLE_WORDS = new CheckParameter("single-words",
            "true to report a single ordinary word of the source left in a translation, false to report only"
                    + " phrases and whole sources (translations of software, which keep commands' and keywords' names)",
            Map.of("", "true"), CheckParameter::bool);

    @Override
    public Rule rule() {
        return Rule.UNTRANSLATED_TEXT;
    }

    @Override
    public List<CheckParameter> parameters() {
        return List.of(WORDS, SINGLE_WORDS);
    }

    @Override
    public PairCheck forPair(LanguagePair pair) {
        ULocale sourceLocale = pair.sourceLocale();
        ULocale targetLocale = pair.targetLocale();
        String sourceName = pair.sourceName();
        Character.UnicodeScript sourceLocaleScript = script(sourceLocale);
        Character.UnicodeScript targetLocaleScript = script(targetLocale);
        OrdinarySourceWords ordinary = new OrdinarySourceWords(pair, pair.value(rule(), WORDS));
        Boolean single = pair.value(rule(), SINGLE_WORDS);
        boolean singleWords = single == null || single;
        return (s, report) -> {
            String src = s.sourceText();
            String t = s.targetText();
            if (Spaces.sameSpacesAside(src, t)) {
                if (hasPhrase(src)) {
                    report.add("the translation is the " + sourceName + " source text", List.of(), List.of(t));
                }
                return;
            }
            Character.UnicodeScript sourceScript = sourceLocaleScript != null ? sourceLocaleScript : TextScan.mainScript(src);
            if (!hasCaselessOrLowerLetter(t, sourceScript)) {
                return; // no word of the target can be a candidate below: a Russian or Georgian text without Latin letters
            }
            List<TextScan.Word> words = TextScan.words(t);
            boolean[] candidate = new boolean[words.size()];
            int count = 0;
            for (int i = 0; i < words.size(); i++) {
                TextScan.Word w = words.get(i);
                if (w.length() > 1 && w.script() == sourceScript && !w.hasUpperCase()) {
                    candidate[i] = true;
                    count++;
                }
            }
            if (count == 0) {
                return;
            }
            Set<String> inSource = null;
            boolean[] quoted = null;
            count = 0;
            for (int i = 0; i < words.size(); i++) {
                if (!candidate[i]) {
                    continue;
                }
                TextScan.Word w = words.get(i);
                // a word of the source is in its text: most candidates (an Azerbaijani word, which
                // is in the source's script) are not, and are told so without the source's words
                if (src.indexOf(w.text()) < 0) {
                    candidate[i] = false;
                    continue;
                }
                if (inSource == null) {
                    inSource = new HashSet<>();
                    for (TextScan.Word sw : TextScan.words(src)) {
                        if (!sw.hasUpperCase()) {
                            inSource.add(TextScan.lower(sourceLocale, sw.text()));
                        }
                    }
                }
                if (!inSource.contains(TextScan.lower(sourceLocale, w.text()))) {
                    candidate[i] = false;
                    continue;
                }
                if (quoted == null) {
                    quoted = TextScan.quoted(t);
                    if (targetLocaleScript != null && targetLocaleScript != sourceScript) {
                        glossed(t, targetLocaleScript, quoted);
                    }
                }
                if (quoted[w.start()] || isCode(t, w)) {
                    candidate[i] = false;
                } else {
                    count++;
                }
            }
            if (count == 0) {
                return;
            }
            for (TermMatch m : TermMatches.find(pair.targetTerms(), t)) {
                for (int i = 0; i < words.size(); i++) {
                    if (words.get(i).start() >= m.start() && words.get(i).end() <= m.end()) {
                        candidate[i] = false;
                    }
                }
            }
            List<TextScan.Word> left = new ArrayList<>();
            for (List<TextScan.Word> run : phrases(t, words, candidate)) {
                // two words with a name in code are a command and its argument (git bisect, make
                // install), and more words of names in code only a command line, not English left behind
                long code = run.stream().filter(w -> OrdinarySourceWords.isCodeWord(TextScan.lower(sourceLocale, w.text())))
                        .count();
                if (code == 0 || code < run.size() && run.size() > 2) {
                    left.addAll(run);
                }
            }
            for (TextScan.Word w : singleWords ? LoneWords.of(src, t, words, candidate) : List.<TextScan.Word>of()) {
                if (LoneWords.inProse(src, w, sourceLocale) && ordinary.isOrdinary(w.text())) {
                    left.add(w);
                }
            }
            left.sort(java.util.Comparator.comparingInt(TextScan.Word::start));
            Set<String> kept = new LinkedHashSet<>();
            left.forEach(w -> kept.add(w.text()));
            if (kept.isEmpty()) {
                return;
            }
            List<String> found = new ArrayList<>(kept);
            report.add((found.size() == 1 ? "a word" : "words") + " of the " + sourceName + " source "
                    + (found.size() == 1 ? "is" : "are") + " left in the " + targetLocale.getLanguage()
                    + " translation: " + MessageText.list(found.stream().map(MessageText::quote).toList()), List.of(), found);
        };
    }

    /**
     * Whether the text has a letter of {@code script} that is not upper or title case: the letter a
     * candidate word (lower case, in the source's script) starts with. One pass over the characters
     * without making words, which most translations into another script end with.
     */
    static boolean hasCaselessOrLowerLetter(String t, Character.UnicodeScript script) {
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' && script == Character.UnicodeScript.LATIN) {
                    return true;
                }
                continue;
            }
            // the letters of a Russian or Georgian translation, told by range (capitals А–Я are
            // skipped, а–я and Georgian's caseless letters are of their script): no property look-up
            if (c >= 0x0410 && c <= 0x044F) {
                if (c >= 0x0430 && script == Character.UnicodeScript.CYRILLIC) {
                    return true;
                }
                continue;
            }
            if (c >= 0x10D0 && c <= 0x10FA) {
                if (script == Character.UnicodeScript.GEORGIAN) {
                    return true;
                }
                continue;
            }
            if (!TextScan.isLetter(c) || Character.isUpperCase(c) || Character.isTitleCase(c)) {
                continue; // told first: the script of a mark or a capital is not asked for
            }
            Character.UnicodeScript sc = TextScan.commonScript(c);
            if (sc == null ? Character.UnicodeScript.of(c) == script : sc == script) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrases among the candidate words: two or more in a row with only spaces between, that
     * do not stand among code ({@link #amongCode}); for three words or more, only code after them
     * on their line counts. Lone words are {@link LoneWords}'s: a single word of the source is
     * most often a name of software or of code (a command, a function, a type: {@code gzip},
     * {@code realloc}, {@code jsonb}, {@code float}), which a translation keeps, and is reported
     * only when the source language's dictionary says it is an ordinary word.
     */
    private static List<List<TextScan.Word>> phrases(String t, List<TextScan.Word> words, boolean[] candidate) {
        List<List<TextScan.Word>> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            if (!candidate[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < words.size() && candidate[j + 1] && adjacent(t, words.get(j), words.get(j + 1))) {
                j++;
            }
            // three words or more are prose among code marks (an option's description left in English),
            // unless code follows them on their line (a list of settings: icanon iexten echo -echonl)
            if (j > i && !amongCode(t, j - i >= 2 ? words.get(j).end() : words.get(i).start(), words.get(j).end())) {
                out.add(words.subList(i, j + 1));
            }
            i = j + 1;
        }
        return out;
    }

    /**
     * Whether a source that the translation repeats as it is reads as prose: a phrase of two or
     * more words without capitals, outside code ({@code the translation is the source text} is
     * not said of {@code lineno  symndx/paddr}, {@code or}, {@code lv}, or {@code Putin}).
     */
    private static boolean hasPhrase(String src) {
        List<TextScan.Word> words = TextScan.words(src);
        boolean[] candidate = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            TextScan.Word w = words.get(i);
            candidate[i] = !w.hasUpperCase() && w.length() > 1 && !isCode(src, w);
        }
        return !phrases(src, words, candidate).isEmpty();
    }

    /**
     * Whether the text from {@code start} to {@code end} stands among code: the stretch from the
     * space before it to the space after it, with the word on either side, has a mark that prose
     * does not use ({@code git fsck [<options>]}, {@code git bisect--helper}, {@code for (( exp1;},
     * {@code icanon iexten echo} after {@code -igncr}), so that command lines, usage lines and
     * settings are not taken for English left behind.
     */
    static boolean amongCode(String t, int start, int end) {
        int from = start;
        for (int seen = 0; from > 0; from--) {
            char c = t.charAt(from - 1);
            if (c == '\n') {
                break;
            }
            if (Character.isWhitespace(c) && !Character.isWhitespace(t.charAt(from)) && ++seen == 2) {
                break;
            }
        }
        int to = end;
        for (int seen = 0; to < t.length(); to++) {
            char c = t.charAt(to);
            if (c == '\n') {
                break;
            }
            if (Character.isWhitespace(c) && to > 0 && !Character.isWhitespace(t.charAt(to - 1)) && ++seen == 2) {
                break;
            }
        }
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if ("=[]<>{}$%/\\_@#|*`".indexOf(c) >= 0 || c == '(' && i + 1 < to && t.charAt(i + 1) == '('
                    || c == '-' && i + 1 < to && (t.charAt(i + 1) == '-' || Character.isLetter(t.charAt(i + 1)))
                            && (i == 0 || !Character.isLetter(t.charAt(i - 1)))
                    || c == '-' && i + 1 < to && t.charAt(i + 1) == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word is part of a command, an option or a name in code rather than text: glued to
     * a mark that no prose puts there ({@code --quiet}, {@code .bs}, {@code DW_MACRO}, {@code size=N},
     * {@code %lu}, {@code @echo}), so that the words of software messages are not taken for English left behind.
     */
    static boolean isCode(String t, TextScan.Word w) {
        char before = w.start() > 0 ? t.charAt(w.start() - 1) : ' ';
        char after = w.end() < t.length() ? t.charAt(w.end()) : ' ';
        return "-./\\@$%_<#*`{[|+".indexOf(before) >= 0 || "_=(<>/*`}]|+".indexOf(after) >= 0
                || Character.isDigit(before) || Character.isDigit(after);
    }

    /**
     * Marks as left alone the text in parentheses that holds no letter of the target's script: in
     * a Russian or Georgian sentence, «спецклавиши (dead keys)» gives the source's term for
     * reference, on purpose. Not for a target in the source's script (Azerbaijani), where English
     * in brackets is as likely text left untranslated.
     */
    private static void glossed(String t, Character.UnicodeScript own, boolean[] out) {
        int open = -1;
        boolean ownLetters = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '(') {
                open = i;
                ownLetters = false;
            } else if (c == ')' && open >= 0) {
                if (!ownLetters) {
                    java.util.Arrays.fill(out, open, i, true);
                }
                open = -1;
            } else if (open >= 0 && Character.isLetter(c) && Character.UnicodeScript.of(c) == own) {
                ownLetters = true;
            }
        }
    }

    /** The script a locale is written in ({@code ru} Cyrillic, {@code az} Latin), or {@code null} when ICU does not say. */
    static Character.UnicodeScript script(ULocale locale) {
        String code = ULocale.addLikelySubtags(locale).getScript();
        if (code.isEmpty()) {
            return null;
        }
        try {
            return Character.UnicodeScript.forName(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether only spaces stand between two words, on one line (a help text's lines are not one phrase). */
    static boolean adjacent(String t, TextScan.Word a, TextScan.Word b) {
        String between = t.substring(a.end(), b.start());
        return between.isBlank() && between.indexOf('\n') < 0;
    }
}
