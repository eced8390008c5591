package org.l10nwb.lang.ka;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.lang.FormGroup;
import org.l10nwb.lang.Language;
import org.l10nwb.lang.SpellingDictionary;
import org.l10nwb.lang.RuleTable;
import org.l10nwb.lang.TermWord;

/**
 * Georgian noun forms: the seven cases in the singular and both plurals, the suffixed
 * postpositions ({@code -ში}, {@code -ზე}, {@code -თან}, {@code -თვის}, {@code -გან}, {@code -კენ},
 * {@code -დან}, {@code -მდე}, {@code -ვით}…); the particles {@code -ც}, {@code -ა}, {@code -ღა},
 * {@code -ვე}, {@code -ო}, {@code -მეთქი}, {@code -თქო} that may follow any of them, and the
 * postpositions of the long genitive ({@code -ისაგან}, {@code -ისაკენ}), are clitics, stripped
 * from the text when matching ({@code შუშისაც} → {@code შუშისა} → {@code შუშის}). The endings are in
 * {@code endings.tsv}; what this class adds is the choice of stem:
 *
 * <ul>
 * <li>consonant stems ({@code ყარაბაღი} → {@code ყარაბაღ-}): the nominative {@code -ი} is an ending;
 *     the bare stem is also a form (attributive {@code ქალაქ შუშის}, reduced adjectives
 *     {@code რუსულ სახლში});
 * <li>syncope: a stem ending in {@code ა} or {@code ე} before {@code ლ, მ, ნ, რ} may lose that
 *     vowel in the genitive, instrumental, adverbial and plural ({@code დერეფანი} → {@code დერეფნის},
 *     {@code ერევანი} → {@code ერევნის}); both stems give forms, common and proper nouns alike;
 * <li>truncating vowel stems in {@code -ა}, {@code -ე} drop the vowel in the genitive and
 *     instrumental ({@code შუშა} → {@code შუშის}, {@code შუშით}); they are also given the
 *     non-truncating forms, which names of persons take ({@code ილია} → {@code ილიას});
 * <li>non-truncating vowel stems in {@code -ო}, {@code -უ} (and {@code -ი} loans such as
 *     {@code ტაქსი}) keep it ({@code ბაქო} → {@code ბაქოს}, {@code ბაქოდან}).
 * </ul>
 *
 * <p>{@code COVERAGE.md} in the module lists what is covered and what is not.
 *
 * <p>Mtavruli capitals ({@code ᲨᲣᲨᲐ}) are folded to Mkhedruli by the common lower casing. Words in
 * other scripts («Sputnik») are matched as written.
 */
public final class Georgian implements Language {
    private static final String VOWELS = "აეიოუ";
    private static final Map<String, List<String>> ENDINGS = load("endings.tsv");
    private static final Set<String> CLASSES =
            java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of("consonant", "truncating", "vowel")));
    private static final Map<String, String> LABELS = Map.of("consonant", "consonant stem", "truncating",
            "truncating vowel stem", "vowel", "vowel stem", "vowel-plural", "vowel stem, plural", "bare", "as written");
    private static final List<String> CLITICS = ENDINGS.get("particles").stream().map(p -> p.substring(1)).toList();

    @Override
    public String code() {
        return "ka";
    }

    @Override
    public Set<String> forms(TermWord word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word.key());
        for (FormGroup g : paradigm(word)) {
            forms.addAll(g.forms());
        }
        return forms;
    }

    /**
     * What every stem of {@link #paradigm} keeps of the word: the full word, the word without a
     * final {@code ი}, {@code ა} or {@code ე} (consonant and truncating stems), and the syncopated
     * shape of each ({@code დერეფან → დერეფნ}), whichever stem type the word or the glossary's
     * class chooses; endings are only ever added to a stem.
     */
    @Override
    public String formPrefix(TermWord word) {
        String w = word.key();
        char last = w.isEmpty() ? 0 : w.charAt(w.length() - 1);
        String stem = last == 'ი' || last == 'ა' || last == 'ე' ? w.substring(0, w.length() - 1) : w;
        int keep = stem.length();
        for (String s : List.of(w, stem)) {
            if (!syncopated(s).equals(s)) {
                keep = Math.min(keep, s.length() - 2);
            }
        }
        return w.substring(0, keep);
    }

    /**
     * The stem types a glossary may name ({@code x-inflection ka:vowel} for a personal name in
     * {@code -ა} that keeps its vowel, {@code ka:truncating} for a place name that drops it).
     */
    @Override
    public Set<String> inflectionClasses() {
        return CLASSES;
    }

    /** One group per stem type the word is declined as, named by the type. */
    @Override
    public List<FormGroup> paradigm(TermWord word) {
        String w = word.key();
        List<FormGroup> groups = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(w);
        if (!w.codePoints().allMatch(c -> c >= 0x10D0 && c <= 0x10FF) || w.length() < 2) {
            return List.of(new FormGroup(null, List.of(w)));
        }
        char last = w.charAt(w.length() - 1);
        String wanted = word.inflectionClass();
        if (wanted != null) {
            boolean fits = switch (wanted) {
                case "consonant" -> VOWELS.indexOf(last) < 0 || last == 'ი';
                case "truncating" -> last == 'ა' || last == 'ე';
                default -> VOWELS.indexOf(last) >= 0;
            };
            if (!fits) {
                return List.of(new FormGroup(null, List.of(w))); // the class does not fit the word: as written
            }
            switch (wanted) {
                case "consonant" -> {
                    String stem = last == 'ი' ? w.substring(0, w.length() - 1) : w;
                    add(groups, seen, "consonant", stem, shortStems(stem));
                }
                case "truncating" -> add(groups, seen, "truncating", w, shortStems(w.substring(0, w.length() - 1)));
                default -> {
                    add(groups, seen, "vowel", w, List.of(w));
                    add(groups, seen, "vowel-plural", w, List.of(w));
                }
            }
            return withWord(w, groups);
        }
        switch (last) {
            case 'ი' -> {
                String stem = w.substring(0, w.length() - 1);
                add(groups, seen, "consonant", stem, shortStems(stem));
                // a loan in -ი keeping it (გიორგიმ, გიორგისთან) drops it in the plural (ტაქსები)
                add(groups, seen, "vowel", w, List.of(w));
            }
            case 'ა', 'ე' -> {
                // place names truncate (შუშის), personal names mostly do not (ილიას, გამსახურდიასთვის)
                add(groups, seen, "truncating", w, shortStems(w.substring(0, w.length() - 1)));
                add(groups, seen, "vowel", w, List.of(w));
                if (last == 'ე') {
                    add(groups, seen, "vowel-plural", w, List.of(w));
                }
            }
            case 'ო', 'უ' -> {
                add(groups, seen, "vowel", w, List.of(w));
                add(groups, seen, "vowel-plural", w, List.of(w));
            }
            default -> add(groups, seen, "bare", w, List.of(w));
        }
        return withWord(w, groups);
    }

    /** The word itself heads the first group, where no ending gave it. */
    private static List<FormGroup> withWord(String w, List<FormGroup> groups) {
        if (groups.isEmpty()) {
            return List.of(new FormGroup(null, List.of(w)));
        }
        if (groups.stream().noneMatch(g -> g.forms().contains(w))) {
            List<String> first = new ArrayList<>();
            first.add(w);
            first.addAll(groups.get(0).forms());
            groups.set(0, new FormGroup(groups.get(0).label(), first));
        }
        return groups;
    }

    /**
     * Fills in a stem type's endings. In {@code endings.tsv} a {@code +} ending is added to the full
     * stem and a {@code -} ending to the short (syncopated or truncated) stem.
     */
    private static void add(List<FormGroup> groups, Set<String> seen, String type, String full, List<String> shortStems) {
        List<String> endings = ENDINGS.get(type);
        List<String> base = new ArrayList<>();
        for (String e : endings) {
            if (e.charAt(0) == '-') {
                for (String s : shortStems) {
                    if (seen.add(s + e.substring(1))) {
                        base.add(s + e.substring(1));
                    }
                }
            } else if (seen.add(full + e.substring(1))) {
                base.add(full + e.substring(1));
            }
        }
        groups.add(new FormGroup(LABELS.get(type), base));
    }

    /**
     * The particles ({@code -ც}, {@code -ვე}…), the extension {@code -ა} and the long genitive's
     * postpositions ({@code -აგან}…), from {@code endings.tsv}.
     */
    @Override
    public List<String> clitics() {
        return CLITICS;
    }

    /**
     * The stems the genitive, instrumental, adverbial and plural are built on: the stem itself and,
     * where its shape allows syncope, the syncopated stem too. Whether a noun syncopates is a fact of
     * the lexicon ({@code დერეფანი} → {@code დერეფნის} but {@code აზერბაიჯანი} → {@code აზერბაიჯანის}),
     * for proper nouns as much as for common ones ({@code ერევანი} → {@code ერევნის},
     * {@code წერეთელი} → {@code წერეთლის}, but {@code ირანი} → {@code ირანის}), so both are forms.
     * The syncopated stem of a name that keeps its vowel is no word at all, so accepting it costs
     * nothing.
     */
    private static List<String> shortStems(String stem) {
        String s = syncopated(stem);
        return s.equals(stem) ? List.of(stem) : List.of(stem, s);
    }

    /** დერეფან → დერეფნ: the vowel of a final {@code ალ/ამ/ან/არ/ელ/ემ/ენ/ერ} drops after a consonant. */
    static String syncopated(String stem) {
        int n = stem.length();
        if (n >= 4 && "ლმნრ".indexOf(stem.charAt(n - 1)) >= 0 && "აე".indexOf(stem.charAt(n - 2)) >= 0
                && VOWELS.indexOf(stem.charAt(n - 3)) < 0) {
            return stem.substring(0, n - 2) + stem.charAt(n - 1);
        }
        return stem;
    }

    private static Map<String, List<String>> load(String resource) {
        RuleTable table = RuleTable.load(Georgian.class, resource);
        for (RuleTable.Line line : table.lines()) {
            for (String e : line.columns().size() == 2 ? line.words(1) : List.<String>of()) {
                if (e.charAt(0) != '+' && e.charAt(0) != '-') {
                    throw table.error(line, "ending '" + e + "' must start with + or -");
                }
            }
        }
        return table.groups("consonant", "truncating", "vowel", "vowel-plural", "bare", "particles");
    }

    /** Hunspell's ka dictionary, as the npm package gives it (see {@code hunspell/LICENSE} and COVERAGE.md). */
    private static final SpellingDictionary SPELLING = new SpellingDictionary("ka (dictionary-ka 1.1.0)",
            Georgian.class,
            "hunspell/ka.aff", "hunspell/ka.dic");

    @Override
    public java.util.Optional<SpellingDictionary> spellingDictionary() {
        return java.util.Optional.of(SPELLING);
    }
}
