package org.l10nwb.lang.az;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.lang.Language;
import org.l10nwb.lang.RuleTable;
import org.l10nwb.lang.TermWord;

/**
 * Azerbaijani noun forms: case suffixes, plural, possessive suffixes and the copula, chained as
 * the grammar chains them (plural → possessive → case), with vowel harmony and buffer consonants.
 * The suffixes are written in {@code suffixes.tsv} with archiphonemes:
 *
 * <ul>
 * <li>{@code A}: {@code a} after a back vowel, {@code ə} after a front one (two-way harmony);
 * <li>{@code I}: {@code ı, i, u, ü} after {@code a/ı, ə/e/i, o/u, ö/ü} (four-way harmony);
 * <li>{@code (n)}, {@code (y)}, {@code (s)}: a buffer consonant written only after a vowel
 *     ({@code Şuşa} → {@code Şuşanı}, {@code Şuşaya});
 * <li>{@code (I)}: a vowel written only after a consonant ({@code Putin} → {@code Putini}).
 * </ul>
 *
 * <p>Before a vowel, a final {@code k} may become {@code y} and a final {@code q} becomes {@code ğ}
 * ({@code bayraq} → {@code bayrağı}); both spellings are forms. The last word of a multi-word
 * term that already carries the third-person possessive ({@code Zəngəzur dəhlizi}, {@code Rus Evi})
 * takes its cases with the buffer {@code n}: {@code dəhlizini}, {@code dəhlizində}.
 *
 * <p>Comparison is in Azerbaijani case ({@code I} ↔ {@code ı}, {@code İ} ↔ {@code i}, by the common
 * lower casing) and ignores an apostrophe before a suffix ({@code Putin’in}), a spelling some
 * papers use for foreign names.
 */
public final class Azerbaijani implements Language {
    private static final String BACK = "aıou";
    private static final String FRONT = "əeiöü";
    private static final Map<String, List<String>> SUFFIXES = load("suffixes.tsv");
    private static final List<String> COPULA = SUFFIXES.get("copula").stream()
            .flatMap(c -> java.util.stream.Stream.of("a", "ə", "o", "ö").map(v -> attach(v, c).substring(1)))
            .distinct().toList();

    @Override
    public String code() {
        return "az";
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
        nominal(w, forms);
        if (word.multiWord() && word.isLast() && possessed(w) != null) {
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

    /** Every plain form: cases; plural + cases; possessives + cases. */
    private static void nominal(String stem, Set<String> forms) {
        chain(stem, "case", forms);
        for (String plural : SUFFIXES.get("plural")) {
            String pl = attach(stem, plural);
            chain(pl, "case", forms);
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

    /** Adds {@code base} with each suffix of a group. */
    private static void chain(String base, String group, Set<String> forms) {
        for (String suffix : SUFFIXES.get(group)) {
            forms.addAll(alternants(base, suffix));
        }
    }

    /**
     * The copula {@code -dır} in its four harmonic shapes: it may follow any form ({@code Şuşadır},
     * {@code Şuşadadır}) and is stripped from the text when matching.
     */
    @Override
    public List<String> clitics() {
        return COPULA;
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

    /** The suffixed word, and for a final k/q before a vowel also the alternating spelling. */
    private static List<String> alternants(String base, String suffix) {
        String plain = attach(base, suffix);
        if (base.length() < 3 || plain.length() == base.length() || !isVowel(plain.charAt(base.length()))) {
            return List.of(plain);
        }
        char last = base.charAt(base.length() - 1);
        if (last == 'k' || last == 'q') {
            String alt = attach(base.substring(0, base.length() - 1) + (last == 'k' ? 'y' : 'ğ'), suffix);
            return List.of(plain, alt);
        }
        return List.of(plain);
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
                .groups("case", "case-possessed", "plural", "possessive", "possessive3", "copula");
    }
}
