package org.l10nwb.core.lang;

import java.util.concurrent.atomic.AtomicReferenceArray;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;

/**
 * Texts in Unicode's composed form (NFC), as the checks compare them and glossaries keep terms. Almost every text is in
 * that form already, which ICU's quick check tells; but it asks ICU's tables for each character
 * through a {@code CharSequence}, which costs as much as a quality check. Here each character is
 * looked up in a table made from the same properties (the characters whose quick-check value is
 * "yes" and whose combining class is 0, which nothing before or after them can change, UAX #15),
 * a block of 256 at a time when a text first has one of them: a Russian text needs three blocks.
 * A text with any other character goes to ICU.
 */
public final class Nfc {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    /** The value of {@link UProperty#NFC_QUICK_CHECK} that says "yes". */
    private static final int YES = 1;
    private static final AtomicReferenceArray<boolean[]> STABLE = new AtomicReferenceArray<>(256);

    private Nfc() {
    }

    /** The text in NFC: itself when it is already. */
    public static String of(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean[] block = STABLE.get(c >>> 8);
            if (block == null) {
                block = block(c >>> 8);
            }
            if (!block[c & 0xFF]) {
                return NFC.spanQuickCheckYes(s) == n ? s : NFC.normalize(s);
            }
        }
        return s;
    }

    /** Whether a character leaves every text it stands in as NFC as the rest of it (surrogates never: their pair is asked for). */
    static boolean stable(char c) {
        return !Character.isSurrogate(c) && UCharacter.getCombiningClass(c) == 0
                && UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK) == YES;
    }

    private static boolean[] block(int b) {
        boolean[] out = new boolean[256];
        for (int i = 0; i < 256; i++) {
            out[i] = stable((char) (b << 8 | i));
        }
        STABLE.set(b, out); // two threads may both make it, equal
        return out;
    }
}
