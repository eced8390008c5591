package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * {@code number-mismatch}: every number of the source segment (a year, a figure, a count written
 * in words) is in its translation, as digits in the target locale's format or as a word
 * ({@code 2,000} = «2 000» = «2.000»; «2020-ci il», «в 2020 году»; "two decades" = «два
 * десятилетия»). A number the translation adds is not reported on its own (a translation may
 * spell out what the source implies); when a number is missing, the translation's numbers the
 * source lacks are named with it ("2020 … it has 2002").
 */
final class NumberMismatchCheck implements SegmentCheck {
    static final Rule RULE = new Rule("number-mismatch", Severity.ERROR,
            "A number of the source (a year, a figure, a count written in words) is missing or changed in the translation.",
            "Digits are read with each locale's separators by ICU's strict number parser (English 2,000 = Russian"
                    + " and Georgian 2 000 = Azerbaijani 2.000; 2,5 is 2.5 in those), with endings glued on"
                    + " (2020-ci, 2020-го, 21st); digits in web and e-mail addresses, and after a letter inside a"
                    + " word (G7, MP3), are left out. Numbers written"
                    + " as words count too, in the languages that have a table of them (en, ru, ka, az: two, два,"
                    + " ორი, iki …), and a number may be digits on one side and words on the other. 'One' and plurals"
                    + " of approximation (hundreds, dozens) are not required. Numbers the translation adds are named"
                    + " only next to a missing one.");

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public PairCheck forPair(LanguagePair pair) {
        NumberReader source = new NumberReader(pair.sourceLocale());
        NumberReader target = new NumberReader(pair.targetLocale());
        return (s, report) -> {
            List<NumberReader.Number> inSource = source.numbers(s.sourceText(), true);
            if (inSource.isEmpty()) {
                return;
            }
            List<NumberReader.Number> inTarget = target.numbers(s.targetText(), false);
            Set<String> targetValues = new HashSet<>();
            inTarget.forEach(n -> targetValues.add(n.value()));
            Map<String, NumberReader.Number> missing = new LinkedHashMap<>();
            Set<String> sourceValues = new HashSet<>();
            for (NumberReader.Number n : inSource) {
                sourceValues.add(n.value());
                if (!targetValues.contains(n.value()) && !keptAsWritten(n, s.targetText(), target)) {
                    missing.putIfAbsent(n.value(), n);
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            Map<String, NumberReader.Number> extra = new LinkedHashMap<>();
            for (NumberReader.Number n : inTarget) {
                if (!sourceValues.contains(n.value()) && !n.fromWords()) {
                    extra.putIfAbsent(n.value(), n);
                }
            }
            List<String> expected = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            for (NumberReader.Number n : missing.values()) {
                expected.add(n.value());
                shown.add(show(n));
            }
            List<String> found = new ArrayList<>();
            List<String> shownFound = new ArrayList<>();
            for (NumberReader.Number n : extra.values()) {
                found.add(n.value());
                shownFound.add(show(n));
            }
            StringBuilder msg = new StringBuilder("the source has ").append(MessageText.list(shown))
                    .append(", which the translation lacks");
            if (!found.isEmpty()) {
                msg.append("; it has ").append(MessageText.list(shownFound)).append(" instead");
            }
            report.add(msg.toString(), expected, found);
        };
    }

    /**
     * Whether a number of the source stands in the translation exactly as the source writes it,
     * with marks that are no separator of the target locale's numbers: a version, a codec's or a
     * standard's name kept as it is ({@code Ubuntu 5.10}, {@code GSM 06.10} in Georgian, whose
     * separators are a comma and a space). A surface with the target's own separators says
     * another number there ({@code 2,000} is 2 in Russian; {@code 2.5} is a misgrouped number in
     * Azerbaijani), and is reported. Plain digits count too when the translation glues them to a
     * name ({@code 101} as {@code pc101}, a keyboard model), which the target's reading leaves out
     * as code.
     */
    private static boolean keptAsWritten(NumberReader.Number n, String target, NumberReader reader) {
        String surface = n.surface();
        if (n.fromWords()) {
            return false;
        }
        boolean plain = surface.chars().allMatch(c -> c >= '0' && c <= '9');
        for (int at = target.indexOf(surface); at >= 0; at = target.indexOf(surface, at + 1)) {
            int end = at + surface.length();
            if (end < target.length() && Character.isDigit(target.charAt(end))
                    || at > 0 && Character.isDigit(target.charAt(at - 1))) {
                continue;
            }
            boolean glued = at > 0 && Character.isLetter(target.charAt(at - 1));
            if (plain ? glued : !glued && reader.separatesNone(surface)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 2020}; {@code 2,000 (2000)}; {@code “two” (2)}. */
    private static String show(NumberReader.Number n) {
        String surface = n.fromWords() ? MessageText.quote(n.surface()) : n.surface();
        return surface.equals(n.value()) ? surface : surface + " (" + n.value() + ")";
    }
}
