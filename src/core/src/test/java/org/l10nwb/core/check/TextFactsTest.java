package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The marks a text may hold ({@link TextFacts#mayHaveAny}) never say "no" of a mark it has, so
 * the checks that pass over a text on that answer pass over none they would have reported on.
 */
class TextFactsTest {

    @Test
    void everyMarkOfATextIsOneItMayHave() {
        int told = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isLetterOrDigit(c) || Spaces.isSpace(c) || Character.isSurrogate(c)) {
                assertEquals(-1L, TextFacts.maskOf(String.valueOf(c)), "U+" + Integer.toHexString(c));
                continue;
            }
            String mark = String.valueOf(c);
            assertTrue(TextFacts.of("Город " + mark + " ქალაქი").mayHaveAny(TextFacts.maskOf(mark)), "U+" + Integer.toHexString(c));
            assertTrue(TextFacts.of(mark).mayHaveAny(TextFacts.maskOf("(" + mark)), "U+" + Integer.toHexString(c));
            told++;
        }
        assertTrue(told > 1000, "marks tried: " + told);
    }

    @Test
    void aTextWithoutMarksMayHaveNone() {
        TextFacts plain = TextFacts.of("Город и власть ქალაქი şəhər 2020");
        assertFalse(plain.mayHaveAny(TextFacts.maskOf("([{)]}")));
        assertFalse(plain.mayHaveAny(TextFacts.maskOf(TextScan.QUOTE_MARKS)));
        assertFalse(plain.mayHaveAny(TextFacts.maskOf(",.;:!?")));
        // a letter among the marks asked for: the answer is always "may"
        assertTrue(plain.mayHaveAny(TextFacts.maskOf("x")));
    }

    @Test
    void oddSpacesAreTwoSpacesOrAnyOtherSpace() {
        assertFalse(TextFacts.of("a b c").mayHaveOddSpaces());
        assertFalse(TextFacts.of("abc").mayHaveOddSpaces());
        for (String odd : new String[] {"a  b", "a\u00A0b", "a\u202Fb", "a\u2009b", "a\tb", "a\nb", "  a", "a  "}) {
            assertTrue(TextFacts.of(odd).mayHaveOddSpaces(), odd);
        }
    }

    @Test
    void theQuoteMarksWrittenOutAreTheOnesIsQuoteTells() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertEquals(TextScan.isQuote(c), TextScan.QUOTE_MARKS.indexOf(c) >= 0, "U+" + Integer.toHexString(c));
        }
    }
}
