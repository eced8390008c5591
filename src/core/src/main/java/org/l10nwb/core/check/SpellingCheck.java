package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.terms.TermMatch;
import org.l10nwb.lang.Language;
import org.l10nwb.lang.SpellingDictionary;

/**
 * {@code spelling}: words of the translation that the target language's Hunspell dictionary does
 * not know. The dictionary comes with the language module ({@link Language#spellingDictionary()}),
 * the engine through the {@link SpellChecker} port. Accepted without asking the dictionary: words
 * of another script than the locale's (quoted foreign names; {@code untranslated} looks after
 * those), acronyms, glossary terms in any of their forms, the project's word list, and, unless
 * the project says otherwise, capitalised words that do not begin a sentence (names; a script
 * without capitals, such as Georgian, has none, and relies on the glossary and the word list). A
 * language without a dictionary (Azerbaijani) is said so once, and skipped.
 */
final class SpellingCheck implements SegmentCheck {
    static final Rule RULE = new Rule("spelling", Severity.WARNING,
            "A word of the translation is not in the target language's spelling dictionary.",
            "Words of the translation in the locale's script, looked up in the language module's Hunspell dictionary"
                    + " (ru: dictionary-ru, ka: dictionary-ka; az has none and is skipped, said once). Accepted as they"
                    + " are: glossary terms in every form, the words of check.spelling.words.<locale> (spaces or commas"
                    + " between), acronyms, words in another script, and capitalised words that do not begin a sentence"
                    + " (names) unless check.spelling.names.<locale> = false.");

    static final CheckParameter WORDS = new CheckParameter("words",
            "words the dictionary lacks that the project accepts (names, terms of the trade), separated by spaces or commas",
            Map.of("", ""), v -> v);
    static final CheckParameter NAMES = new CheckParameter("names",
            "true to take a capitalised word that does not begin a sentence for a name and accept it, false to look it up",
            Map.of("", "true"), CheckParameter::bool);

    /** Words looked up per pair before the answers are no longer kept (a long file has a few tens of thousands). */
    private static final int CACHE_LIMIT = 200_000;

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public List<CheckParameter> parameters() {
        return List.of(WORDS, NAMES);
    }

    @Override
    public PairCheck forPair(LanguagePair pair) {
        ULocale locale = pair.targetLocale();
        Language module = pair.targetModule();
        String language = locale.getDisplayLanguage(ULocale.ENGLISH);
        Optional<SpellingDictionary> dictionary = module.spellingDictionary();
        if (dictionary.isEmpty()) {
            pair.notice("spelling: there is no " + language + " dictionary; '" + pair.target()
                    + "' translations are not spell-checked");
            return (s, report) -> { };
        }
        Optional<SpellChecker> found = SpellCheckers.of(dictionary.get());
        if (found.isEmpty()) {
            pair.notice("spelling: no spelling engine is installed; '" + pair.target() + "' translations are not"
                    + " spell-checked");
            return (s, report) -> { };
        }
        SpellChecker speller = found.get();
        Character.UnicodeScript script = UntranslatedCheck.script(locale);
        Set<String> accepted = new HashSet<>();
        String list = pair.value(RULE, WORDS);
        for (String w : (list == null ? "" : list).split("[\\s,]+")) {
            if (!w.isBlank()) {
                accepted.add(module.normalizeKey(TextScan.lower(locale, w.strip())));
            }
        }
        Boolean names = pair.value(RULE, NAMES);
        boolean namesAccepted = names == null || names;
        // shared by the threads of a check's parallel pass: one answer per word for the pair
        Map<String, Boolean> known = new ConcurrentHashMap<>();
        ThreadLocal<Recent> recent = ThreadLocal.withInitial(Recent::new);
        return (s, report) -> {
            String t = s.targetText();
            List<TextScan.Word> words = TextScan.words(t);
            List<TextScan.Word> wrong = null;
            // the glossary's terms in this translation when the glossary check has just found them
            // on this thread (the whole unit's text): their words need no look-up; else they are
            // asked for below, only when a word is unknown
            List<TermMatch> terms = TermMatches.ifFound(pair.targetTerms(), t);
            int term = 0;
            for (TextScan.Word w : words) {
                if (script != null && w.script() != script || isAcronym(t, w)
                        || namesAccepted && w.capitalised() && !beginsSentence(t, w.start())) {
                    continue;
                }
                if (terms != null) {
                    while (term < terms.size() && terms.get(term).end() <= w.start()) {
                        term++;
                    }
                    if (inTerm(terms, term, w)) {
                        continue;
                    }
                }
                Recent r = recent.get();
                int slot = r.slot(t, w);
                boolean ok;
                if (r.has(slot, t, w)) {
                    ok = r.answers[slot];
                } else {
                    String text = w.text();
                    Boolean k = known.get(text);
                    if (k == null) {
                        k = correct(text, speller, module, locale, accepted);
                        if (known.size() >= CACHE_LIMIT) {
                            known.clear();
                        }
                        known.put(text, k);
                    }
                    ok = k;
                    r.words[slot] = text;
                    r.answers[slot] = ok;
                }
                if (!ok) {
                    if (wrong == null) {
                        wrong = new ArrayList<>();
                    }
                    wrong.add(w);
                }
            }
            if (wrong == null) {
                return;
            }
            // glossary terms are asked for only when a word is unknown: most segments have none
            for (TermMatch m : terms != null ? List.<TermMatch>of() : TermMatches.find(pair.targetTerms(), t)) {
                wrong.removeIf(w -> w.start() >= m.start() && w.end() <= m.end());
            }
            Set<String> found1 = new LinkedHashSet<>();
            wrong.forEach(w -> found1.add(w.text()));
            if (found1.isEmpty()) {
                return;
            }
            List<String> out = List.copyOf(found1);
            report.add((out.size() == 1 ? "a word is" : "words are") + " not in the " + language + " dictionary: "
                    + MessageText.list(out.stream().map(MessageText::quote).toList()), List.of(), out);
        };
    }

    /**
     * Whether the word is spelled right: the project's list, else the dictionary as written, else
     * the language's folded form (Russian «ё» written as «е», which the dictionary may only have),
     * else the word without one of the language's clitics.
     */
    private static boolean correct(String word, SpellChecker speller, Language module, ULocale locale,
            Set<String> accepted) {
        String key = module.normalizeKey(TextScan.lower(locale, word));
        if (accepted.contains(key) || speller.isCorrect(word)) {
            return true;
        }
        String folded = module.normalizeKey(word);
        if (!folded.equals(word) && speller.isCorrect(folded)) {
            return true;
        }
        // a particle the dictionary does not generate (Georgian შუშისა, თბილისშიც): the word without it
        for (String clitic : module.clitics()) {
            if (word.length() > clitic.length() + 2 && word.endsWith(clitic)
                    && speller.isCorrect(word.substring(0, word.length() - clitic.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word lies inside one of the matches from {@code from} on (matches sorted by start,
     * the ones ending before the word skipped already); matches may overlap, so every one that
     * starts at or before the word is looked at.
     */
    private static boolean inTerm(List<TermMatch> terms, int from, TextScan.Word w) {
        for (int i = from; i < terms.size() && terms.get(i).start() <= w.start(); i++) {
            if (w.end() <= terms.get(i).end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answers for the last words this thread looked up, by the words' chars (a direct-mapped
     * table, as {@code TermFinder}'s word table): a word seen before is answered without a string
     * of its own or a look-up in the shared map. Per pair, as the answers are.
     */
    private static final class Recent {
        private static final int SIZE = 1 << 12;
        final String[] words = new String[SIZE];
        final boolean[] answers = new boolean[SIZE];

        /** The word's slot: {@link String#hashCode}'s hash of its chars, spread. */
        int slot(String t, TextScan.Word w) {
            int h = 0;
            for (int i = w.start(); i < w.end(); i++) {
                h = 31 * h + t.charAt(i);
            }
            return (h ^ (h >>> 12)) & (SIZE - 1);
        }

        /** Whether the slot holds the answer for this word. */
        boolean has(int slot, String t, TextScan.Word w) {
            String there = words[slot];
            return there != null && there.length() == w.length() && t.regionMatches(w.start(), there, 0, w.length());
        }
    }

    /** Two or more letters, all capitals (ООН, NATO): abbreviations, which dictionaries mostly lack. */
    private static boolean isAcronym(String t, TextScan.Word w) {
        int letters = 0;
        for (int i = w.start(); i < w.end(); i++) {
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    /**
     * Whether a word at {@code start} begins a sentence: nothing but spaces, opening quotes,
     * brackets and dashes before it, back to the text's start or a sentence's end.
     */
    static boolean beginsSentence(String t, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (Spaces.isSpace(c) || TextScan.isQuote(c) || c == '(' || c == '[' || c == '—' || c == '–' || c == '-') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '…';
        }
        return true;
    }
}
