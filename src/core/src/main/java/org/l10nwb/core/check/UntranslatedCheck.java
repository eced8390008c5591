package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.terms.TermMatch;

/**
 * {@code untranslated}, for text that is there: a translation that is its source (unless the
 * source is only names, numbers and codes: «Putin» is «Putin» in Azerbaijani), or that keeps
 * words of the source. A kept word is a lower-case word of the source, outside quotations and
 * glossary terms (names are capitalised, so they are left alone): any such word in the source's
 * script when the translation is written in another one (Latin words in Russian or Georgian), two
 * or more in a row when both languages share a script (Azerbaijani borrows single words such as
 * «realpolitik», not phrases).
 */
final class UntranslatedCheck implements SegmentCheck {

    @Override
    public Rule rule() {
        return Rule.UNTRANSLATED_TEXT;
    }

    @Override
    public PairCheck forPair(LanguagePair pair) {
        ULocale sourceLocale = pair.sourceLocale();
        ULocale targetLocale = pair.targetLocale();
        String sourceName = pair.sourceName();
        Character.UnicodeScript sourceLocaleScript = script(sourceLocale);
        Character.UnicodeScript targetLocaleScript = script(targetLocale);
        return (s, report) -> {
            String src = s.sourceText();
            String t = s.targetText();
            if (TextScan.sameSpacesAside(src, t)) {
                if (TextScan.words(src).stream().anyMatch(w -> !w.hasUpperCase() && w.text().length() > 1)) {
                    report.add("the translation is the " + sourceName + " source text", List.of(), List.of(t));
                }
                return;
            }
            Character.UnicodeScript sourceScript = sourceLocaleScript != null ? sourceLocaleScript : TextScan.mainScript(src);
            boolean sameScript = (targetLocaleScript != null ? targetLocaleScript : TextScan.mainScript(t)) == sourceScript;
            List<TextScan.Word> words = TextScan.words(t);
            boolean[] candidate = new boolean[words.size()];
            int count = 0;
            for (int i = 0; i < words.size(); i++) {
                TextScan.Word w = words.get(i);
                if (w.text().length() > 1 && w.script() == sourceScript && !w.hasUpperCase()) {
                    candidate[i] = true;
                    count++;
                }
            }
            if (count == 0 || sameScript && count < 2) {
                return;
            }
            Set<String> inSource = new HashSet<>();
            for (TextScan.Word w : TextScan.words(src)) {
                if (!w.hasUpperCase()) {
                    inSource.add(TextScan.lower(sourceLocale, w.text()));
                }
            }
            boolean[] quoted = null;
            count = 0;
            for (int i = 0; i < words.size(); i++) {
                if (!candidate[i]) {
                    continue;
                }
                TextScan.Word w = words.get(i);
                if (!inSource.contains(TextScan.lower(sourceLocale, w.text()))) {
                    candidate[i] = false;
                    continue;
                }
                if (quoted == null) {
                    quoted = TextScan.quoted(t);
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
            for (TermMatch m : pair.targetTerms().find(t)) {
                for (int i = 0; i < words.size(); i++) {
                    if (words.get(i).start() >= m.start() && words.get(i).end() <= m.end()) {
                        candidate[i] = false;
                    }
                }
            }
            Set<String> kept = new LinkedHashSet<>();
            for (int i = 0; i < words.size(); i++) {
                if (!candidate[i]) {
                    continue;
                }
                boolean inRun = (i > 0 && candidate[i - 1] && adjacent(t, words.get(i - 1), words.get(i)))
                        || (i + 1 < words.size() && candidate[i + 1] && adjacent(t, words.get(i), words.get(i + 1)));
                if (!sameScript || inRun) {
                    kept.add(words.get(i).text());
                }
            }
            if (kept.isEmpty()) {
                return;
            }
            List<String> found = new ArrayList<>(kept);
            report.add((found.size() == 1 ? "a word" : "words") + " of the " + sourceName + " source "
                    + (found.size() == 1 ? "is" : "are") + " left in the " + targetLocale.getLanguage()
                    + " translation: " + TextScan.list(found.stream().map(TextScan::quote).toList()), List.of(), found);
        };
    }

    /**
     * Whether a word is part of a command, an option or a name in code rather than text: glued to
     * a mark that no prose puts there ({@code --quiet}, {@code .bs}, {@code DW_MACRO}, {@code size=N},
     * {@code %lu}, {@code @echo}), so that the words of software messages are not taken for English left behind.
     */
    private static boolean isCode(String t, TextScan.Word w) {
        char before = w.start() > 0 ? t.charAt(w.start() - 1) : ' ';
        char after = w.end() < t.length() ? t.charAt(w.end()) : ' ';
        return "-./\\@$%_<#".indexOf(before) >= 0 || "_=(<>/".indexOf(after) >= 0;
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

    /** Whether only spaces stand between two words. */
    private static boolean adjacent(String t, TextScan.Word a, TextScan.Word b) {
        return t.substring(a.end(), b.start()).isBlank();
    }
}
