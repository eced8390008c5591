package org.l10nwb.core.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import org.l10nwb.core.memory.WordDiff.Change;
import org.l10nwb.core.memory.WordDiff.Kind;

class FuzzyScoreTest {
    private final FuzzyScore en = new FuzzyScore(ULocale.ENGLISH);

    @Test
    void identicalIsAHundredAndCaseOrPunctuationAloneIsNinetyNine() {
        String s = "Putin upset this balance in 2020.";
        assertEquals(100, en.score(s, s));
        assertEquals(99, en.score(s, "putin upset this balance in 2020!"));
        assertEquals(99, en.score(s, "Putin  upset this balance, in 2020."));
    }

    @Test
    void oneWordChangedInTenCostsTenPoints() {
        assertEquals(90, en.score("Aliyev settled the conflict on his own terms in the end",
                "Aliyev settled the conflict on his own terms at the end"));
    }

    @Test
    void aChangedNumberIsAChangedWord() {
        assertEquals(83, en.score("Putin upset this balance in 2020", "Putin upset this balance in 2023"));
    }

    @Test
    void wordOrderCountsButLessThanNewWords() {
        int swapped = en.score("Moscow never wanted the conflict resolved", "the conflict Moscow never wanted resolved");
        int replaced = en.score("Moscow never wanted the conflict resolved", "Baku always feared a war unresolved");
        assertTrue(swapped > replaced && swapped >= 50 && swapped < 99, swapped + " vs " + replaced);
    }

    @Test
    void lengthBoundNeverUnderestimates() {
        assertEquals(50, FuzzyScore.bound(5, 10));
        assertTrue(FuzzyScore.bound(4, 5) >= en.score("a b c d", "a b c d e"));
    }

    @Test
    void diffShowsWhatTheEarlierSourceLacksAndHas() {
        List<Change> d = WordDiff.diff("Putin upset this balance in 2020.", "Putin upset the balance in 2023.",
                ULocale.ENGLISH);
        assertEquals(List.of(new Change(Kind.SAME, "Putin upset"), new Change(Kind.ADDED, "the"),
                new Change(Kind.REMOVED, "this"), new Change(Kind.SAME, "balance in"), new Change(Kind.ADDED, "2023"),
                new Change(Kind.REMOVED, "2020")), d, "the full stop both have is no change");
    }

    @Test
    void georgianWordsAreComparedAsWords() {
        FuzzyScore ka = new FuzzyScore(new ULocale("ka"));
        assertEquals(List.of("ალიევმა", "კონფლიქტი", "მოაგვარა"), ka.words("ალიევმა კონფლიქტი მოაგვარა."));
    }

    @Test
    void wordsAreTheLowerCasedNfcOfTheTokensInEveryLocale() {
        String text = "Istanbul iI ıİ file Ǆemal DŽ e\u0301t\u00e9 ÉCOLE straße ΣΊΣΥΦΟΣ 2020 x86_64 Ĳssel I\u0307 ii";
        for (String tag : List.of("en", "tr", "az", "lt", "ru", "de", "el", "nl", "ka")) {
            ULocale locale = new ULocale(tag);
            List<String> expected = new java.util.ArrayList<>();
            for (org.l10nwb.core.lang.WordTokenizer.Token t : new org.l10nwb.core.lang.WordTokenizer(locale).tokens(text)) {
                expected.add(com.ibm.icu.lang.UCharacter.toLowerCase(locale,
                        java.text.Normalizer.normalize(t.text(), java.text.Normalizer.Form.NFC)));
            }
            assertEquals(expected, new FuzzyScore(locale).words(text), tag);
        }
    }
}
