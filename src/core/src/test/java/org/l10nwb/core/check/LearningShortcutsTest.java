package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts of the learning checks and of number words answer what the work they spare
 * would: a key's hash follows the key, letters are counted as the JDK tells them, and no number
 * word is passed over by the quick look at its hash, in any letter case.
 */
class LearningShortcutsTest {

    @Test
    void textsWithTheSameKeyHaveTheSameHash() {
        List<String> texts = List.of("", " ", "a", " a", "a ", "a  b", "a b", "a\u00A0b", "a\tb\n", "  a \u2009 b  c ",
                "Город  и\u202Fвласть", "ქალაქი და", "şəhər  və  ", "ab", "a b c");
        for (String a : texts) {
            assertEquals(TextFacts.of(Spaces.collapse(a)).keyHash(), TextFacts.of(a).keyHash(), a);
            for (String b : texts) {
                if (Spaces.collapse(a).equals(Spaces.collapse(b))) {
                    assertEquals(TextFacts.of(a).keyHash(), TextFacts.of(b).keyHash(), a + " / " + b);
                }
            }
        }
        assertTrue(TextFacts.of("a b").keyHash() != TextFacts.of("ab").keyHash());
    }

    @Test
    void lengthCountsTheCodePointsTheJdkCallsLettersOrDigits() {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c += c < 0x10000 ? 1 : 37) {
            all.appendCodePoint(c);
        }
        String text = all.toString();
        assertEquals(text.codePoints().filter(Character::isLetterOrDigit).count(), TextFacts.of(text).lettersAndDigits());
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(Character.isLetterOrDigit(c) ? 1 : 0, TextFacts.of(String.valueOf(c)).lettersAndDigits(),
                    "U+" + Integer.toHexString(c));
        }
        // a surrogate without its other half is no letter, and hides none of the chars beside it
        assertEquals(2, TextFacts.of("a\uD835b").lettersAndDigits());
        assertEquals(2, TextFacts.of("a\uDC00b").lettersAndDigits());
        assertEquals(3, TextFacts.of("a\uD835\uDC00b").lettersAndDigits()); // U+1D400, a mathematical capital A
    }

    @Test
    void everyNumberWordIsReadInEveryLetterCase() throws IOException {
        int read = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                NumberReader.class.getResourceAsStream("number-words.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                ULocale locale = new ULocale(cols[0]);
                NumberReader reader = new NumberReader(locale);
                for (String form : cols[2].split(" ")) {
                    String word = form.startsWith("~") ? form.substring(1) : form;
                    for (String written : List.of(word, UCharacter.toUpperCase(locale, word),
                            UCharacter.toTitleCase(locale, word, null))) {
                        List<NumberReader.Number> numbers = reader.numbers("x " + written + " y", false);
                        assertTrue(numbers.stream().anyMatch(n -> n.value().equals(cols[1])),
                                cols[0] + " " + written + ": " + numbers);
                        read++;
                    }
                }
            }
        }
        assertTrue(read > 300, read + " words read");
    }
}
