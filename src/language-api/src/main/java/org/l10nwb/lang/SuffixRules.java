package org.l10nwb.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Paradigms from a table of ending rules, for languages whose inflection is mostly a change of
 * ending chosen by how the dictionary form ends (Russian declension classes, for example).
 *
 * <p>Hand-written because no library generates the forms of arbitrary names: Hunspell and
 * morphological analysers answer for words in their dictionary, and glossary terms are mostly
 * proper names that no dictionary has.
 *
 * <p>Table format, UTF-8, tab-separated, {@code #} starts a comment:
 * <pre>
 * ending-regex  strip  when  endings                 [final]
 * [гкх]а        1      *     а и е у ой ою ам ами ах -   final
 * </pre>
 * Rules are tried in order on the word's key. A rule applies when the key ends with a match of
 * its regex and its condition holds; it removes {@code strip} characters and appends each ending
 * ({@code -} is the empty ending). {@code final} stops at that rule. Conditions: {@code *};
 * {@code proper} or {@code common} (written with or without a capital); {@code m}, {@code f},
 * {@code n} (the term's grammatical gender, or no gender given); {@code noun}, {@code adj}
 * (the part of speech, or none given). Several conditions are joined with {@code ,}.
 */
public final class SuffixRules {
    private record Rule(Pattern ending, int strip, List<String> when, List<String> endings, boolean last, int line) {
    }

    private final List<Rule> rules;

    private SuffixRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Loads a table from the class path of {@code owner}; a bad line fails loudly with its number. */
    public static SuffixRules load(Class<?> owner, String resource) {
        RuleTable table = RuleTable.load(owner, resource);
        List<Rule> rules = new ArrayList<>();
        for (RuleTable.Line line : table.lines()) {
            List<String> cols = line.columns();
            if (cols.size() < 4 || cols.size() > 5 || (cols.size() == 5 && !cols.get(4).equals("final"))) {
                throw table.error(line, "expected ending, strip, when, endings [final]");
            }
            List<String> endings = new ArrayList<>();
            for (String e : line.words(3)) {
                endings.add(e.equals("-") ? "" : e);
            }
            rules.add(new Rule(Pattern.compile("(?:" + cols.get(0) + ")$"), Integer.parseInt(cols.get(1)),
                    List.of(cols.get(2).split(",")), endings, cols.size() == 5, line.number()));
        }
        return new SuffixRules(rules);
    }

    /** The forms the rules give the word (its key included). */
    public Set<String> forms(TermWord word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word.key());
        String key = word.key();
        for (Rule rule : rules) {
            if (!rule.ending().matcher(key).find() || !holds(rule.when(), word) || rule.strip() > key.length()) {
                continue;
            }
            String stem = key.substring(0, key.length() - rule.strip());
            for (String ending : rule.endings()) {
                forms.add(stem + ending);
            }
            if (rule.last()) {
                break;
            }
        }
        return forms;
    }

    private static boolean holds(List<String> conditions, TermWord w) {
        for (String c : conditions) {
            String pos = w.partOfSpeech() == null ? null : w.partOfSpeech().toLowerCase(Locale.ROOT);
            String gender = w.gender() == null ? null : w.gender().toLowerCase(Locale.ROOT);
            boolean ok = switch (c.strip()) {
                case "*" -> true;
                case "proper" -> w.capitalised() || w.properNoun();
                case "common" -> !w.capitalised() && !w.properNoun();
                case "m" -> gender == null || gender.startsWith("m");
                case "f" -> gender == null || gender.startsWith("f");
                case "n" -> gender == null || gender.startsWith("n");
                case "noun" -> pos == null || pos.contains("noun");
                case "adj" -> pos == null || pos.startsWith("adj");
                default -> throw new IllegalStateException("unknown condition '" + c + "'");
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
