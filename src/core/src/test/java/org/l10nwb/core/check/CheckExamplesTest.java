package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The good and bad examples of every quality check, {@code check-examples/<id>.txt}, one test
 * each: a good example must give no finding of its check, a bad one at least one (saying what
 * the example says it should). The files are the checks' documentation; see their headers for
 * the format.
 */
class CheckExamplesTest {
    /** Checks whose engine is not in the core: their examples run in the engine's module (lucene). */
    static final java.util.Set<String> ELSEWHERE = java.util.Set.of("spelling");

    static List<CheckExamples.Example> examples() {
        return CheckExamples.examples().stream().filter(e -> !ELSEWHERE.contains(e.check())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(CheckExamples.Example e) {
        List<Finding> mine = CheckExamples.run(e).stream().filter(f -> f.rule().id().equals(e.check())).toList();
        if (e.needsDictionary()) {
            // no language module here, so no dictionary: what the example reports needs one, and is not reported
            assertEquals(List.of(), mine.stream().map(Finding::render).toList(),
                    "without the source language's dictionary, a lone word is not reported");
            return;
        }
        CheckExamples.assertExample(e, mine);
    }

    /** Every check has good and bad examples in each of the project's languages, and its bad ones are found only by it being on. */
    @Test
    void everyCheckHasExamplesInEveryLanguage() {
        Map<String, int[]> counts = new TreeMap<>();
        for (CheckExamples.Example e : CheckExamples.examples()) {
            counts.computeIfAbsent(e.check() + " " + e.locale(), k -> new int[2])[e.good() ? 0 : 1]++;
        }
        List<String> lacking = new ArrayList<>();
        for (SegmentCheck c : QualityChecks.ALL) {
            // Azerbaijani has no spelling dictionary: its spelling examples are good ones only
            for (String locale : c.rule().id().equals("spelling") ? List.of("ru", "ka") : List.of("ru", "ka", "az")) {
                int[] n = counts.getOrDefault(c.rule().id() + " " + locale, new int[2]);
                if (n[0] < 2 || n[1] < 2) {
                    lacking.add(c.rule().id() + " " + locale + ": " + n[0] + " good, " + n[1] + " bad");
                }
            }
        }
        assertEquals(List.of(), lacking, "each check needs at least 2 good and 2 bad examples per language");
        StringBuilder table = new StringBuilder("check examples (good/bad):");
        counts.forEach((k, v) -> table.append("\n  ").append(k).append(": ").append(v[0]).append("/").append(v[1]));
        System.out.println(table);
    }
}
