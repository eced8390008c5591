package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import org.junit.jupiter.api.Test;

/** The shortcuts the quality checks take say what the property look-ups they spare would say, for every character. */
class TextScanSpeedupsTest {

    @Test
    void blocksTakenForDigitFreeHaveNoDigitInIcu() {
        int spared = 0;
        for (char c = 0x80; c < Character.MAX_VALUE; c++) {
            if (NumberReader.noDigits(c)) {
                assertFalse(UCharacter.isDigit(c), "U+" + Integer.toHexString(c));
                spared++;
            }
        }
        assertEquals(0x0660 - 0x80 + 0x60 + 0x70, spared);
    }

    /**
     * {@code doubled-word} tells two words of different lengths apart without lowering them,
     * unless a word has one of the two characters whose lower case is of another length, or the
     * locale is Lithuanian: for every other character, in every locale whose rules ICU tailors
     * but Lithuanian's, the lower case of a word is as long as the word.
     */
    @Test
    void lowerCaseKeepsAWordsLengthButForTwoCharactersAndLithuanian() {
        for (String tag : new String[] {"", "en", "ru", "ka", "az", "tr", "el", "nl", "de"}) {
            com.ibm.icu.util.ULocale locale = new com.ibm.icu.util.ULocale(tag);
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE || c == 0x0130 || c == 0x0307) {
                    continue;
                }
                String word = "I" + new String(Character.toChars(c)) + "b";
                if (UCharacter.toLowerCase(locale, word).length() != word.length()) {
                    assertEquals(word.length(), UCharacter.toLowerCase(locale, word).length(),
                            "U+" + Integer.toHexString(c) + " in '" + tag + "'");
                }
            }
        }
        assertEquals(2, UCharacter.toLowerCase(com.ibm.icu.util.ULocale.ROOT, "\u0130").length(), "İ grows outside Turkic");
        assertEquals(1, UCharacter.toLowerCase(new com.ibm.icu.util.ULocale("az"), "I\u0307").length(), "İ spelt I and a dot");
        assertEquals(3, UCharacter.toLowerCase(new com.ibm.icu.util.ULocale("lt"), "\u00cc").length(), "Lithuanian Ì");
    }

    @Test
    void lettersAreTheLetterCategoriesAndTheMarksThatJoinThem() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int t = Character.getType(c);
            boolean expected = Character.isLetter(c) || t == Character.NON_SPACING_MARK
                    || t == Character.COMBINING_SPACING_MARK;
            if (expected != TextScan.isLetter(c)) {
                assertEquals(expected, TextScan.isLetter(c), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void scriptsToldByRangeAreTheScriptsOfTheTable() {
        int told = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            Character.UnicodeScript quick = TextScan.commonScript(c);
            if (quick != null) {
                assertEquals(Character.UnicodeScript.of(c), quick, "U+" + Integer.toHexString(c));
                told++;
            }
        }
        assertEquals(52 + 0x85 + 0xA9 + 0x2B, told);
    }

    @Test
    void everyLetterACandidateWordCanStartWithPassesTheUntranslatedPreTest() {
        int passed = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC
                    && script != Character.UnicodeScript.GEORGIAN || !TextScan.isLetter(c)) {
                continue;
            }
            String text = "«" + new String(Character.toChars(c)) + "»";
            boolean starts = !Character.isUpperCase(c) && !Character.isTitleCase(c);
            assertEquals(starts, UntranslatedCheck.hasCaselessOrLowerLetter(text, script), "U+" + Integer.toHexString(c));
            if (starts) {
                passed++;
                assertFalse(UntranslatedCheck.hasCaselessOrLowerLetter(text, script == Character.UnicodeScript.LATIN
                        ? Character.UnicodeScript.CYRILLIC : Character.UnicodeScript.LATIN), "U+" + Integer.toHexString(c));
            }
        }
        assertTrue(passed > 500, passed + " letters");
    }
}
