package org.l10nwb.lang.en;

import java.util.LinkedHashSet;
import java.util.Set;

import org.l10nwb.lang.Language;
import org.l10nwb.lang.SpellingDictionary;
import org.l10nwb.lang.TermWord;

/**
 * English, mostly the source side: a term is found with a possessive ({@code Aliyev's},
 * {@code Russia’s}, {@code the Armenians'}) and in the plural ({@code corridors}). A word that only
 * starts with the term is not the term: {@code Russian} is not {@code Russia}. Its Hunspell
 * dictionary tells the {@code untranslated} check which single words of an English source left
 * in a translation are ordinary English words.
 */
public final class English implements Language {
    /** Hunspell's en_US dictionary, as the npm package gives it (see {@code hunspell/LICENSE}). */
    private static final SpellingDictionary SPELLING = new SpellingDictionary("en-US (dictionary-en 4.0.0)",
            English.class, "hunspell/en.aff", "hunspell/en.dic");

    @Override
    public String code() {
        return "en";
    }

    /** Drops a possessive ending: {@code aliyev's}, {@code aliyev’s} → {@code aliyev}. */
    @Override
    public String normalizeKey(String key) {
        int n = key.length();
        if (n > 2 && (key.endsWith("'s") || key.endsWith("\u2019s"))) {
            return key.substring(0, n - 2);
        }
        if (n > 1 && (key.endsWith("'") || key.endsWith("\u2019"))) {
            return key.substring(0, n - 1);
        }
        return key;
    }

    /** The last word of a term may be plural: {@code -s}, {@code -es}, {@code -y} → {@code -ies}. */
    @Override
    public Set<String> forms(TermWord word) {
        Set<String> forms = new LinkedHashSet<>();
        String w = word.key();
        forms.add(w);
        if (word.isLast() && Character.isLetter(w.charAt(w.length() - 1))) {
            forms.add(w + "s");
            if (w.matches(".*(s|x|z|ch|sh)")) {
                forms.add(w + "es");
            }
            if (w.matches(".*[^aeiou]y")) {
                forms.add(w.substring(0, w.length() - 1) + "ies");
            }
        }
        return forms;
    }

    /** Every form starts with the word; only {@code -y → -ies} replaces a letter. */
    @Override
    public String formPrefix(TermWord word) {
        String w = word.key();
        return word.isLast() && w.endsWith("y") ? w.substring(0, w.length() - 1) : w;
    }

    @Override
    public java.util.Optional<SpellingDictionary> spellingDictionary() {
        return java.util.Optional.of(SPELLING);
    }
}
