package org.l10nwb.core.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import org.l10nwb.core.memory.WordDiff.Change;
import org.l10nwb.core.memory.WordDiff.Kind;

class WordDiffTest {
    private static final String[] WORDS = {"the", "talks", "in", "Vienna", "resume", "after", "a", "long", "pause",
        "and", "both", "sides", "say", "little"};

    /** A text of {@code n} words with punctuation, numbered now and then so that no stretch of it repeats. */
    private static List<String> longText(int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add(i % 9 == 0 ? String.valueOf(i) : WORDS[(i * 7 + i / 13) % WORDS.length]);
            if (i % 17 == 16) {
                words.add(i % 2 == 0 ? "." : ",");
            }
        }
        return words;
    }

    private static String words(List<String> tokens) {
        return String.join(" ", tokens.stream().filter(t -> !t.equals(".") && !t.equals(",")).toList());
    }

    @Test
    void twoLongTextsThatDifferInOneWordDifferInThatWordOnly() {
        List<String> earlier = longText(6000);
        List<String> current = new ArrayList<>(earlier);
        int at = earlier.subList(3000, earlier.size()).indexOf("resume") + 3000;
        current.set(at, "began");
        List<Change> d = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> WordDiff.diff(String.join(" ", earlier), String.join("  ", current), ULocale.ENGLISH));
        // punctuation stands apart from the words, and the same marks on both sides are no change
        assertEquals(List.of(new Change(Kind.SAME, words(earlier.subList(0, at))),
                new Change(Kind.ADDED, "began"), new Change(Kind.REMOVED, "resume"),
                new Change(Kind.SAME, words(earlier.subList(at + 1, earlier.size())))), d);
    }

    @Test
    void spacesAreNotComparedButPunctuationIs() {
        assertEquals(List.of(new Change(Kind.SAME, "Talks resume in Vienna")),
                WordDiff.diff("Talks resume  in\tVienna\n", "Talks resume in Vienna", ULocale.ENGLISH));
        assertEquals("Talks resume in Vienna; punctuation {+,+} [-.-]",
                WordDiff.marked(WordDiff.diff("Talks resume in Vienna.", "Talks resume, in Vienna", ULocale.ENGLISH)));
        assertEquals(List.of("Talks", "resume", ",", "in", "Vienna", "."),
                WordDiff.tokens("Talks resume, in Vienna.", ULocale.ENGLISH));
    }

    @Test
    void wordsWithoutSpacesBetweenThemAreStillWords() {
        assertEquals("ფაშინიანმა ეს {+კარგად+} გააცნობიერა", WordDiff.marked(
                WordDiff.diff("ფაშინიანმა ეს გააცნობიერა.", "ფაშინიანმა ეს კარგად გააცნობიერა.", new ULocale("ka"))));
        assertEquals("会谈 {+下周+} [-下个月-] 恢复", WordDiff.marked(
                WordDiff.diff("会谈下个月恢复", "会谈下周恢复", ULocale.CHINESE)));
    }

    @Test
    void aCommaBothSentencesHaveIsNeverMarkedAndPunctuationIsApartFromWords() {
        // the words moved around the comma: word changes only, the shared comma and full stop unmarked
        List<Change> d = WordDiff.diff("In Vienna, the talks resume next month.",
                "The talks resume, in Vienna, next week!", ULocale.ENGLISH);
        assertTrue(d.stream().noneMatch(c -> c.text().contains(",") && !c.kind().punctuation()), d.toString());
        assertTrue(d.stream().noneMatch(c -> c.kind() == Kind.PUNCTUATION_REMOVED && c.text().contains(",")),
                "both have a comma: " + d);
        assertEquals(List.of(new Change(Kind.PUNCTUATION_ADDED, ", !"), new Change(Kind.PUNCTUATION_REMOVED, ".")),
                d.stream().filter(c -> c.kind().punctuation()).toList());
        assertTrue(WordDiff.marked(d).endsWith("; punctuation {+, !+} [-.-]"), WordDiff.marked(d));
    }
}
