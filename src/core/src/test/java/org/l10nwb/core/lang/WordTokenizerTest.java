package org.l10nwb.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordTokenizerTest {

    /** What lies between «Баку» and «Тбилиси» in each text. */
    private static boolean joined(String text) {
        List<WordTokenizer.Token> t = new WordTokenizer(new ULocale("ru")).tokens(text);
        assertEquals(2, t.size(), text);
        return WordTokenizer.joins(text, t.get(0).end(), t.get(1).start());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Баку Тбилиси", "Баку\u00A0Тбилиси", "Баку-Тбилиси", "Баку\u2010Тбилиси", "Баку\u2011Тбилиси",
        "Баку\u2012Тбилиси", "Баку\u2013Тбилиси", "Баку\u2014Тбилиси", "Баку\u2015Тбилиси", "Баку \u2013 Тбилиси",
        "Баку\u00A0\u2014 Тбилиси", "Баку\u2E3AТбилиси"})
    void spacesHyphensAndDashesJoinWords(String text) {
        assertTrue(joined(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Баку, Тбилиси", "Баку. Тбилиси", "Баку/Тбилиси", "Баку «Тбилиси»", "Баку (Тбилиси)",
        "Баку: Тбилиси", "Баку\u2212Тбилиси"})
    void otherPunctuationSeparatesThem(String text) {
        assertFalse(joined(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void nothingBetweenIsNoJoin(String gap) {
        assertEquals(!gap.isEmpty(), WordTokenizer.joins("ab" + gap + "cd", 2, 2 + gap.length()));
    }
}
