package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.ibm.icu.util.ULocale;

/**
 * The single words of the source that {@code untranslated} may report in a translation: a word
 * kept from the source that stands alone, and that the source uses as prose. Whether it is an
 * ordinary word of the source language (not a name in code) is {@link OrdinarySourceWords}'s
 * question, asked only of these.
 */
final class LoneWords {
    private LoneWords() {
    }

    /**
     * The candidate words (lower case, of the source, outside quotations, code and glossary terms)
     * with no word of the source's script beside them that the source has too: a run of two such
     * words is a phrase, reported or left alone as a phrase ({@code make install},
     * {@code icanon iexten echo}), and a word beside a kept name is part of it ({@code Sputnik news}).
     * Nor a word among code marks ({@code echo $PATH}), a program's name before a colon at the
     * start of a message ({@code sort: cannot read}), a hyphenated one ({@code ls-tree}), one glued
     * to a dot and a letter ({@code am.keepcr}, {@code hh:mm:ss}), a unit after a number ({@code 1200 dpi}), or the
     * left column of a help text ({@code   immediate   quit without shutdown}).
     */
    static List<TextScan.Word> of(String src, String t, List<TextScan.Word> words, boolean[] candidate) {
        List<TextScan.Word> out = null;
        Set<String> sourceWords = null;
        for (int i = 0; i < words.size(); i++) {
            if (!candidate[i]) {
                continue;
            }
            TextScan.Word w = words.get(i);
            if (sourceWords == null) {
                sourceWords = new HashSet<>();
                for (TextScan.Word sw : TextScan.words(src)) {
                    sourceWords.add(sw.text());
                }
            }
            if (i > 0 && kept(t, words.get(i - 1), w, sourceWords)
                    || i + 1 < words.size() && kept(t, w, words.get(i + 1), sourceWords)
                    || UntranslatedCheck.amongCode(t, w.start(), w.end()) || programPrefix(t, w) || joined(w)
                    || dotted(t, w) || afterNumber(t, w) || column(t, w)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.add(w);
        }
        return out == null ? List.of() : out;
    }

    /** A word with a hyphen or an apostrophe inside: a name in code more often than English ({@code ls-tree}, {@code mach-o}). */
    private static boolean joined(TextScan.Word w) {
        String text = w.text();
        for (int i = 0; i < text.length(); i++) {
            if (TextScan.isJoiner(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word glued by a dot or a colon to a letter or digit on either side: a setting's or a file's
     * name, a format ({@code am.keepcr}, {@code hh:mm:ss}).
     */
    private static boolean dotted(String t, TextScan.Word w) {
        return w.end() + 1 < t.length() && (t.charAt(w.end()) == '.' || t.charAt(w.end()) == ':')
                && Character.isLetterOrDigit(t.charAt(w.end() + 1))
                || w.start() >= 2 && (t.charAt(w.start() - 1) == '.' || t.charAt(w.start() - 1) == ':')
                        && Character.isLetterOrDigit(t.charAt(w.start() - 2))
                || w.start() >= 1 && t.charAt(w.start() - 1) == ':'; // an editor's command (:help, :for)
    }

    /** A word followed by two spaces or more: the left column of a help text, an option's value being explained. */
    private static boolean column(String t, TextScan.Word w) {
        return w.end() + 1 < t.length() && t.charAt(w.end()) == ' ' && t.charAt(w.end() + 1) == ' ';
    }

    /** A word after a number and a space: a unit ({@code 1200 dpi}, {@code 12 px}). */
    private static boolean afterNumber(String t, TextScan.Word w) {
        int i = w.start() - 1;
        while (i >= 0 && Spaces.isSpace(t.charAt(i))) {
            i--;
        }
        return i < w.start() - 1 && i >= 0 && Character.isDigit(t.charAt(i));
    }

    /** Whether two words stand side by side and both are words of the source's text in its script. */
    private static boolean kept(String t, TextScan.Word a, TextScan.Word b, Set<String> sourceWords) {
        return UntranslatedCheck.adjacent(t, a, b) && a.script() == b.script() && sourceWords.contains(a.text())
                && sourceWords.contains(b.text());
    }

    /**
     * Whether the source uses the word as prose somewhere: in lower case, outside quotations and
     * code ({@code 'sort'}, {@code --sort}, {@code sort=}, a program's name before a colon), so that
     * a word the source marks as a name is not taken for one left untranslated.
     */
    static boolean inProse(String src, TextScan.Word w, ULocale sourceLocale) {
        String key = TextScan.lower(sourceLocale, w.text());
        boolean[] quoted = null;
        for (TextScan.Word sw : TextScan.words(src)) {
            if (sw.hasUpperCase() || !TextScan.lower(sourceLocale, sw.text()).equals(key)) {
                continue;
            }
            if (quoted == null) {
                quoted = TextScan.quoted(src);
            }
            if (!quoted[sw.start()] && !UntranslatedCheck.isCode(src, sw)
                    && !UntranslatedCheck.amongCode(src, sw.start(), sw.end()) && !programPrefix(src, sw)) {
                return true;
            }
        }
        return false;
    }

    /** A word that opens the text and is followed by a colon: a program's name, as messages begin. */
    private static boolean programPrefix(String t, TextScan.Word w) {
        return w.end() < t.length() && t.charAt(w.end()) == ':' && t.substring(0, w.start()).isBlank();
    }
}
