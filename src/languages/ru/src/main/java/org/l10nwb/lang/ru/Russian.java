package org.l10nwb.lang.ru;

import java.util.List;
import java.util.Set;

import org.l10nwb.lang.FormGroup;

import org.l10nwb.lang.Language;
import org.l10nwb.lang.SpellingDictionary;
import org.l10nwb.lang.SuffixRules;
import org.l10nwb.lang.TermWord;

/**
 * Russian: the six cases in both numbers for nouns of every declension class, the full
 * adjective paradigm in all genders (for terms such as «Зангезурский коридор» and admitted
 * adjectives such as «карабахский»), surnames in {@code -ов/-ев/-ин} and their feminines in
 * {@code -ова/-ева/-ина} with their own endings, plural place names ({@code Химки},
 * {@code Гималаи}), fleeting vowels, and indeclinable foreign names ({@code Тбилиси}, {@code Баку},
 * {@code Шуши}). The classes are in {@code declension.tsv}; {@code COVERAGE.md} in the module lists
 * what is covered and what is not. «ё» and «е» compare equal.
 *
 * <p>Only Cyrillic words inflect: «Sputnik» in «Sputnik Азербайджан» and abbreviations written
 * in capitals ({@code ФСБ}) are matched as written.
 */
public final class Russian implements Language {
    private static final SuffixRules RULES = SuffixRules.load(Russian.class, "declension.tsv");

    @Override
    public String code() {
        return "ru";
    }

    @Override
    public String normalizeKey(String key) {
        return key.indexOf('ё') >= 0 ? key.replace('ё', 'е') : key;
    }

    @Override
    public Set<String> forms(TermWord word) {
        if (!inflects(word)) {
            return Set.of(word.key());
        }
        return RULES.forms(word);
    }

    /** The key without the letters the applying declension rules strip. */
    @Override
    public String formPrefix(TermWord word) {
        return inflects(word) ? RULES.formPrefix(word) : word.key();
    }

    /** The declension classes of {@code declension.tsv} ({@code fem-a}, {@code surname-m}…). */
    @Override
    public Set<String> inflectionClasses() {
        return RULES.classes();
    }

    /** One group per declension rule that applies, named by its class. */
    @Override
    public List<FormGroup> paradigm(TermWord word) {
        if (!inflects(word)) {
            return List.of(new FormGroup(null, List.of(word.key())));
        }
        return RULES.paradigm(word);
    }

    private static final java.util.regex.Pattern CYRILLIC = java.util.regex.Pattern.compile("[а-я-]+");

    private static boolean inflects(TermWord word) {
        return CYRILLIC.matcher(word.key()).matches() && !isAbbreviation(word.written());
    }

    private static boolean isAbbreviation(String written) {
        return written.length() > 1 && written.equals(written.toUpperCase(java.util.Locale.ROOT));
    }

    /** Hunspell's ru dictionary, as the npm package gives it (see {@code hunspell/LICENSE} and COVERAGE.md). */
    private static final SpellingDictionary SPELLING = new SpellingDictionary("ru (dictionary-ru 3.0.0)", Russian.class,
            "hunspell/ru.aff", "hunspell/ru.dic");

    @Override
    public java.util.Optional<SpellingDictionary> spellingDictionary() {
        return java.util.Optional.of(SPELLING);
    }
}
