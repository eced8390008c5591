package org.l10nwb.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

/** {@link Nfc}'s table answers as ICU's normaliser does: a text of stable characters is NFC as it is, any other is normalised. */
class NfcTest {
    private static final Normalizer2 ICU = Normalizer2.getNFCInstance();

    @Test
    void textsOfStableCharactersAreTheirOwnNfc() {
        List<Character> stable = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Nfc.stable(c)) {
                stable.add(c);
                assertTrue(ICU.isNormalized(String.valueOf(c)), "U+" + Integer.toHexString(c));
            }
        }
        assertTrue(stable.size() > 40_000, "stable characters: " + stable.size());
        // what could change a text is a character that composes with or reorders around its
        // neighbours: none of them is stable, so no run of stable ones changes
        Random random = new Random(15);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                sb.append(stable.get(random.nextInt(stable.size())));
            }
            String s = sb.toString();
            assertSame(s, Nfc.of(s));
            assertTrue(ICU.isNormalized(s), s);
        }
    }

    @Test
    void anyOtherTextIsNormalisedAsIcuDoes() {
        // a letter and its combining mark, a singleton (the Ångström sign), marks out of order, a
        // Hangul syllable spelt in jamo, and a supplementary letter
        for (String s : List.of("Ие\u0308ж", "\u212B", "a\u0323\u0302", "a\u0302\u0323", "\u1100\u1161", "𐐀ბ",
                "Город ქალაქი Şəhər", "e\u0301\u0301")) {
            assertEquals(ICU.normalize(s), Nfc.of(s), s);
        }
        assertEquals("ё", Nfc.of("е\u0308"));
    }
}
