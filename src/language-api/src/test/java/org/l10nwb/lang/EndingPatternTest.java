package org.l10nwb.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EndingPatternTest {
    /** The Russian declension table's endings, and sources the short cut must leave to the regex. */
    private static final List<String> SOURCES = List.of("(ов|ев|ин|ын)а", "[^аеиоуыэюя]ек", "[^аеиоуыэюя]ки",
            "[аеоуяй]и", "[бвдзлмнпрстф]", "[гкх]ая", "[гкхжшщчн]ие", "[жшщчц]е", "[иуюэ]", "а", "ая", "ий", "ия",
            "й", "лец", "мя", "ний", "ов|ев|ин|ын", "ь", "ье", "ья", "яя",
            // not understood: searched by the regex alone
            "а+", "^ка", "(?=к)ка", "[а-я&&[^к]]", "к|", "(а|)к", "к(а|)", "\\w", "к.", "a{2}", "[]а]", "к$", "(?:ок|ек)");
    private static final String LETTERS = "абвгдежзийклмнопрстуфхцчшщьыэюяёa-\n\u0130";

    @Test
    void answersAsTheRegexSearchOverTheWholeKey() {
        List<String> keys = new ArrayList<>();
        keys.add("");
        for (int a = 0; a < LETTERS.length(); a++) {
            keys.add("" + LETTERS.charAt(a));
            for (int b = 0; b < LETTERS.length(); b++) {
                keys.add("" + LETTERS.charAt(a) + LETTERS.charAt(b));
                for (int c = 0; c < LETTERS.length(); c++) {
                    keys.add("" + LETTERS.charAt(a) + LETTERS.charAt(b) + LETTERS.charAt(c));
                }
            }
        }
        Random random = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder s = new StringBuilder();
            for (int n = 4 + random.nextInt(8); n > 0; n--) {
                s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            keys.add(s.toString());
        }
        keys.add("кош\uD83D\uDE00");
        for (String source : SOURCES) {
            EndingPattern ending = new EndingPattern(source);
            for (String key : keys) {
                assertEquals(ending.pattern().matcher(key).find(), ending.endsIn(key), source + " on " + key);
            }
        }
    }

    @Test
    void findsEndingsAndNothingElse() {
        EndingPattern surname = new EndingPattern("(ов|ев|ин|ын)а");
        assertTrue(surname.endsIn("иванова"));
        assertTrue(surname.endsIn("пушкина"));
        assertFalse(surname.endsIn("иванов"));
        assertFalse(surname.endsIn("кова-"));
        EndingPattern consonant = new EndingPattern("[^аеиоуыэюя]ки");
        assertTrue(consonant.endsIn("химки"));
        assertFalse(consonant.endsIn("хельсинки".replace("нки", "аки")));
    }
}
