package org.l10nwb.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
 *
 * <p>{@code class:NAME} among the conditions names a declension class the rule belongs to (a
 * rule may belong to several). Without a class from the glossary it is no condition at all. A word
 * the glossary gives a class ({@link TermWord#inflectionClass}) is inflected by that class's rules
 * only, in order, whatever their other conditions say: the glossary knows better than the shape of
 * the word. Rules of no class are skipped for it.
 */
public final class SuffixRules {
    private record Rule(EndingPattern ending, int strip, List<String> when, List<String> classes, List<String> endings,
            boolean last, int line) {
    }

    private static final String CLASS = "class:";
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
            List<String> when = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            for (String c : cols.get(2).split(",")) {
                if (c.strip().startsWith(CLASS)) {
                    classes.add(c.strip().substring(CLASS.length()));
                } else {
                    when.add(c.strip());
                }
            }
            if (when.isEmpty()) {
                when.add("*");
            }
            rules.add(new Rule(new EndingPattern(cols.get(0)), Integer.parseInt(cols.get(1)),
                    when, classes, endings, cols.size() == 5, line.number()));
        }
        return new SuffixRules(rules);
    }

    /** The forms the rules give the word (its key included). */
    public Set<String> forms(TermWord word) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word.key());
        for (FormGroup g : paradigm(word)) {
            forms.addAll(g.forms());
        }
        return forms;
    }

    /**
     * The forms each applying rule gives, one group per rule, named by the rule's first class (or
     * its line in the table when it has none); the word itself is in the first group.
     */
    public List<FormGroup> paradigm(TermWord word) {
        List<FormGroup> groups = new ArrayList<>();
        String key = word.key();
        String wanted = word.inflectionClass();
        Set<String> seen = new LinkedHashSet<>();
        seen.add(key);
        for (Rule rule : rules) {
            boolean applies = wanted != null ? rule.classes().contains(wanted) : holds(rule.when(), word);
            if (!applies || !rule.ending().endsIn(key) || rule.strip() > key.length()) {
                continue;
            }
            String stem = key.substring(0, key.length() - rule.strip());
            List<String> forms = new ArrayList<>();
            if (groups.isEmpty()) {
                forms.add(key);
            }
            for (String ending : rule.endings()) {
                if (seen.add(stem + ending)) {
                    forms.add(stem + ending);
                }
            }
            if (!forms.isEmpty()) {
                groups.add(new FormGroup(rule.classes().isEmpty() ? "rule at line " + rule.line()
                        : rule.classes().get(0), forms));
            }
            if (rule.last()) {
                break;
            }
        }
        if (groups.isEmpty()) {
            groups.add(new FormGroup(null, List.of(key)));
        }
        return groups;
    }

    /**
     * The part of the word's key that every form of {@link #forms} keeps: the key without as many
     * letters as the applying rule that strips most, found with the same rules as the paradigm
     * but without building a form ({@link Language#formPrefix}).
     */
    public String formPrefix(TermWord word) {
        String key = word.key();
        String wanted = word.inflectionClass();
        int keep = key.length();
        for (Rule rule : rules) {
            boolean applies = wanted != null ? rule.classes().contains(wanted) : holds(rule.when(), word);
            if (!applies || !rule.ending().endsIn(key) || rule.strip() > key.length()) {
                continue;
            }
            keep = Math.min(keep, key.length() - rule.strip());
            if (rule.last()) {
                break;
            }
        }
        return key.substring(0, keep);
    }

    /** The declension classes the table's rules name, in table order. */
    public Set<String> classes() {
        Set<String> classes = new LinkedHashSet<>();
        for (Rule r : rules) {
            classes.addAll(r.classes());
        }
        return classes;
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
