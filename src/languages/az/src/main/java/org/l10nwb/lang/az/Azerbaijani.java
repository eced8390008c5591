package org.l10nwb.lang.az;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.lang.Language;
import org.l10nwb.lang.RuleTable;
import org.l10nwb.lang.TermWord;

/**
 * Azerbaijani noun forms: case suffixes, plural and possessive suffixes, chained as the grammar
 * chains them (plural → possessive → case), with vowel harmony and buffer consonants. What may
 * follow any of these forms is a clitic, stripped from the words of the text instead of being
 * multiplied into the paradigm: the copula in every person and tense, {@code -kı} of
 * {@code -dakı}/{@code -ınkı} with its own cases and plural, the question particle and the
 * terminative {@code -dək}. The suffixes are written in {@code suffixes.tsv} with archiphonemes:
 *
 * <ul>
 * <li>{@code A}: {@code a} after a back vowel, {@code ə} after a front one (two-way harmony);
 * <li>{@code I}: {@code ı, i, u, ü} after {@code a/ı, ə/e/i, o/u, ö/ü} (four-way harmony);
 * <li>{@code Q}: {@code q} after a back vowel, {@code k} after a front one ({@code -dıq, -dik});
 * <li>{@code (n)}, {@code (y)}, {@code (s)}: a buffer consonant written only after a vowel
 *     ({@code Şuşa} → {@code Şuşanı}, {@code Şuşaya});
 * <li>{@code (I)}: a vowel written only after a consonant ({@code Putin} → {@code Putini}).
 * </ul>
 *
 * <p>Before a vowel, a final {@code k} may become {@code y} and a final {@code q} becomes {@code ğ}
 * ({@code bayraq} → {@code bayrağı}, {@code bayrağımız}); both spellings are forms, since foreign
 * names keep the consonant ({@code İraqa}). The nouns listed in the table lose their last vowel
 * before a vowel ({@code ağız → ağzı}). The last word of a multi-word term that already carries
 * the third-person possessive ({@code Zəngəzur dəhlizi}, {@code Rus Evi}) takes its cases with the
 * buffer {@code n}: {@code dəhlizini}, {@code dəhlizində}. {@code COVERAGE.md} in the module lists
 * what is covered and what is not.
 *
 * <p>Comparison is in Azerbaijani case ({@code I} ↔ {@code ı}, {@code İ} ↔ {@code i}, by the common
 * lower casing) and ignores an apostrophe before a suffix ({@code Putin’in}), a spelling some
 * papers use for foreign names.
 */
public final class Azerbaijani implements Language {
    private static final String BACK = "aıou";
    private static final String FRONT = "əeiöü";
    private static final Map<String, List<String>> SUFFIXES = load("suffixes.tsv");
    /**
     * Every written shape of every clitic template: after each harmony class of the last vowel
     * ({@code a ə o ö} stand for {@code a/ı ə/e/i o/u ö/ü}), once after a vowel and once after a
     * consonant, so that the buffer {@code y} is there or not ({@code Bakıdayam}, {@code Putinəm}).
     */
    private static final List<String> CLITICS = java.util.stream.Stream.of("copula", "relative", "particles")
            .flatMap(group -> SUFFIXES.get(group).stream())
            .flatMap(c -> java.util.stream.Stream.of("a", "ə", "o", "ö", "ad", "əd", "od", "öd")
                    .map(base -> attach(base, c).substring(base.length())))
            .distinct().toList();
    private static final Set<String> VOWEL_LOSS = Set.copyOf(SUFFIXES.get("vowel-loss"));
    /** {@code loanwords.tsv}: words written as English writes them, which a translation keeps on purpose. */
    private static final Set<String> LOAN_WORDS = RuleTable.load(Azerbaijani.class, "loanwords.tsv").lines().stream()
            .flatMap(line -> line.words(0).stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    public String code() {
        return "az";
    }

    @Override
    public Set<String> loanWords() {
        return LOAN_WORDS;
    }

    @Override
    public String normalizeKey(String key) {
        if (key.indexOf('\'') < 0 && key.indexOf('\u2019') < 0 && key.indexOf('\u02BC') < 0) {
            return key;
        }
        return key.replace("'", "").replace("\u2019", "").replace("\u02BC", "");
    }

    @Override
    public Set<String> forms(TermWord word) {
        String w = word.key();
        Set<String> forms = new LinkedHashSet<>();
        forms.add(w);
        if (lastVowel(w) == 0 || !w.chars().allMatch(Character::isLetter)) {
            return forms; // abbreviations such as ABŞ take their suffixes after a hyphen
        }
        boolean common = !word.capitalised() && !word.properNoun();
        boolean possessedLast = word.multiWord() && word.isLast() && possessed(w) != null;
        // a possessed last word (dəhlizi) is pluralised before its possessive (dəhlizləri), below
        nominal(w, common && !possessedLast, forms);
        char last = w.charAt(w.length() - 1);
        if ((last == 'k' || last == 'q') && w.length() >= 3) {
            beforeVowel(w.substring(0, w.length() - 1) + (last == 'k' ? 'y' : 'ğ'), common, forms);
        }
        if (VOWEL_LOSS.contains(w)) {
            int v = w.length() - 2;
            beforeVowel(w.substring(0, v) + w.charAt(v + 1), common, forms);
        }
        if (possessedLast) {
            String stem = possessed(w);
            chain(w, "case-possessed", forms);
            for (String poss : SUFFIXES.get("possessive")) {
                chain(attach(stem, poss), "case", forms);
            }
            for (String plural : SUFFIXES.get("plural")) {
                for (String poss3 : SUFFIXES.get("possessive3")) {
                    chain(attach(attach(stem, plural), poss3), "case-possessed", forms);
                }
            }
        }
        return forms;
    }

    /**
     * What every form keeps of the word: suffixes are only added, except that a final {@code k} or
     * {@code q} may soften, a listed noun loses its last vowel and a possessed last word is
     * inflected from its stem without the possessive ({@code dəhlizi → dəhliz-}).
     */
    @Override
    public String formPrefix(TermWord word) {
        String w = word.key();
        if (w.length() < 2 || lastVowel(w) == 0) {
            return w;
        }
        char last = w.charAt(w.length() - 1);
        int keep = (last == 'k' || last == 'q') && w.length() >= 3 ? w.length() - 1 : w.length();
        if (VOWEL_LOSS.contains(w) || (word.multiWord() && word.isLast() && possessed(w) != null)) {
            keep = w.length() - 2;
        }
        return w.substring(0, keep);
    }

    /**
     * Every plain form: cases; plural + cases; possessives + cases; for common nouns also plural +
     * possessives + cases ({@code ölkələrimizin}: names are not pluralised with a possessive).
     */
    private static void nominal(String stem, boolean common, Set<String> forms) {
        chain(stem, "case", forms);
        for (String plural : SUFFIXES.get("plural")) {
            String pl = attach(stem, plural);
            chain(pl, "case", forms);
            for (String poss : common ? SUFFIXES.get("possessive") : List.<String>of()) {
                chain(attach(pl, poss), "case", forms);
            }
            for (String poss3 : SUFFIXES.get("possessive3")) {
                chain(attach(pl, poss3), "case-possessed", forms);
            }
        }
        for (String poss : SUFFIXES.get("possessive")) {
            chain(attach(stem, poss), "case", forms);
        }
        for (String poss3 : SUFFIXES.get("possessive3")) {
            chain(attach(stem, poss3), "case-possessed", forms);
        }
    }

    /**
     * The forms of a stem that only stands before a vowel: a final {@code k} or {@code q} softened
     * ({@code bayraq → bayrağı, bayrağımız}), or the last vowel lost ({@code ağız → ağzı, ağzına}).
     * Of the short stem's forms, those whose suffix starts with a vowel; the forms whose suffix
     * starts with a consonant ({@code bayraqda}, {@code ağızda}) keep the stem as it is, and
     * {@link #nominal} already has them.
     */
    private static void beforeVowel(String stem, boolean common, Set<String> forms) {
        Set<String> stemForms = new LinkedHashSet<>();
        nominal(stem, common, stemForms);
        for (String f : stemForms) {
            if (f.length() > stem.length() && isVowel(f.charAt(stem.length()))) {
                forms.add(f);
            }
        }
    }

    /** Adds {@code base} with each suffix of a group. */
    private static void chain(String base, String group, Set<String> forms) {
        for (String suffix : SUFFIXES.get(group)) {
            forms.add(attach(base, suffix));
        }
    }

    /**
     * The copula in every person and tense, the converb {@code -kən}, {@code -kı} with its cases
     * and plural, the question particle {@code -mı} and the terminative {@code -dək}, in all their
     * harmonic shapes: they may follow any form ({@code Şuşadır}, {@code Şuşadayıq},
     * {@code Putinsə}, {@code Bakıdakılardan}) and are stripped from the text when matching.
     */
    @Override
    public List<String> clitics() {
        return CLITICS;
    }

    /** The stem of a word that ends in the third-person possessive (dəhliz-i, Respublika-sı), or null. */
    static String possessed(String w) {
        int n = w.length();
        char last = w.charAt(n - 1);
        if ("ıiuü".indexOf(last) < 0 || n < 3) {
            return null;
        }
        char before = w.charAt(n - 2);
        if (before == 's' && isVowel(w.charAt(n - 3))) {
            return w.substring(0, n - 2);
        }
        return isVowel(before) ? null : w.substring(0, n - 1);
    }

    /** Attaches a suffix template to a base, resolving harmony and buffers. */
    static String attach(String base, String template) {
        StringBuilder sb = new StringBuilder(base);
        boolean vowelFinal = !base.isEmpty() && isVowel(base.charAt(base.length() - 1));
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '(') {
                int close = template.indexOf(')', i);
                String optional = template.substring(i + 1, close);
                boolean vowelPart = optional.equals("I") || optional.equals("A");
                // "(n)" after a vowel only; "(I)" after a consonant only.
                if (vowelPart != vowelFinal) {
                    appendResolved(sb, optional);
                }
                i = close;
            } else {
                appendResolved(sb, String.valueOf(c));
            }
            vowelFinal = isVowel(sb.charAt(sb.length() - 1));
        }
        return sb.toString();
    }

    private static void appendResolved(StringBuilder sb, String part) {
        for (char c : part.toCharArray()) {
            char v = lastVowel(sb);
            if (c == 'A') {
                sb.append(BACK.indexOf(v) >= 0 ? 'a' : 'ə');
            } else if (c == 'Q') {
                sb.append(BACK.indexOf(v) >= 0 ? 'q' : 'k');
            } else if (c == 'I') {
                sb.append(switch (v) {
                    case 'a', 'ı' -> 'ı';
                    case 'o', 'u' -> 'u';
                    case 'ö', 'ü' -> 'ü';
                    default -> 'i';
                });
            } else {
                sb.append(c);
            }
        }
    }

    private static char lastVowel(CharSequence s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (isVowel(s.charAt(i))) {
                return s.charAt(i);
            }
        }
        return 0;
    }

    private static boolean isVowel(char c) {
        return BACK.indexOf(c) >= 0 || FRONT.indexOf(c) >= 0;
    }

    private static Map<String, List<String>> load(String resource) {
        return RuleTable.load(Azerbaijani.class, resource)
                .groups("case", "case-possessed", "plural", "possessive", "possessive3", "copula", "relative",
                        "particles", "vowel-loss");
    }
}
