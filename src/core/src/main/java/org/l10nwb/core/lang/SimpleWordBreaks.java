package org.l10nwb.core.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The words of a text as ICU's word break iterator finds them, for texts of the alphabetic
 * scripts the workbench mostly sees (Latin, Greek, Cyrillic, Armenian, Georgian, with their
 * punctuation), found with a table lookup per character instead of the rule-based iterator's
 * state machine, which dominated the check of large files.
 *
 * <p>Written by hand because ICU has no faster entry point for the same boundaries. It stays
 * exact by taking every character's Word_Break class from ICU itself and implementing only the
 * rules of UAX #29 that those classes can meet: letters and digits hold together (WB5, WB8–WB10),
 * a MidLetter, MidNumLet or apostrophe between two letters (WB6, WB7) and a MidNum, MidNumLet or
 * apostrophe between two digits (WB11, WB12) join. A text with any character of another class
 * (combining marks, format characters such as the soft hyphen, the underscore, emoji, Hebrew,
 * Thai, CJK…) gets {@code null}, and the caller uses ICU; so does a locale whose word rules ICU
 * tailors (its rules differ from the root's). {@code WordTokenizerFastPathTest} compares the two
 * over real text in every language the workbench has, and over random strings of the hard cases.
 */
final class SimpleWordBreaks {
    private static final byte UNSUPPORTED = 0;
    private static final byte OTHER = 1;
    private static final byte LETTER = 2;
    private static final byte NUMBER = 3;
    private static final byte MID_LETTER = 4;
    private static final byte MID_NUM = 5;
    private static final byte MID_BOTH = 6;
    private static final int LIMIT = 0x2100;
    private static final byte[] CLASS = new byte[LIMIT];
    private static final Map<ULocale, Boolean> ROOT_RULES = new ConcurrentHashMap<>();
    private static final String ROOT = BreakIterator.getWordInstance(ULocale.ROOT).toString();

    static {
        for (int c = 0; c < LIMIT; c++) {
            CLASS[c] = inBlocks(c) ? classify(c) : UNSUPPORTED;
        }
    }

    private SimpleWordBreaks() {
    }

    /** Latin, IPA, Greek, Cyrillic, Armenian, Georgian, Latin and Greek extended, punctuation, currency. */
    private static boolean inBlocks(int c) {
        return c < 0x0590 || (c >= 0x10A0 && c < 0x1100) || (c >= 0x1C90 && c < 0x1CC0) || (c >= 0x1E00 && c < 0x2070)
                || (c >= 0x20A0 && c < 0x20D0);
    }

    private static byte classify(int c) {
        if (UCharacter.hasBinaryProperty(c, UProperty.EXTENDED_PICTOGRAPHIC)) {
            return UNSUPPORTED;
        }
        return switch (UCharacter.getIntPropertyValue(c, UProperty.WORD_BREAK)) {
            case UCharacter.WordBreak.ALETTER -> LETTER;
            case UCharacter.WordBreak.NUMERIC -> NUMBER;
            case UCharacter.WordBreak.MIDLETTER -> MID_LETTER;
            case UCharacter.WordBreak.MIDNUM -> MID_NUM;
            case UCharacter.WordBreak.MIDNUMLET, UCharacter.WordBreak.SINGLE_QUOTE -> MID_BOTH;
            case UCharacter.WordBreak.OTHER, UCharacter.WordBreak.WSEGSPACE, UCharacter.WordBreak.CR,
                    UCharacter.WordBreak.LF, UCharacter.WordBreak.NEWLINE -> OTHER;
            default -> UNSUPPORTED;
        };
    }

    /** Whether ICU breaks words in {@code locale} by the root rules (no tailoring). */
    static boolean applies(ULocale locale) {
        return ROOT_RULES.computeIfAbsent(locale, l -> ROOT.equals(BreakIterator.getWordInstance(l).toString()));
    }

    private static byte classOf(char c) {
        return c < LIMIT ? CLASS[c] : UNSUPPORTED;
    }

    /** The words and numbers of {@code text}, as {@link WordTokenizer#tokens}; {@code null} when ICU must say. */
    static List<WordTokenizer.Token> tokens(String text) {
        int n = text.length();
        List<WordTokenizer.Token> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            byte k = classOf(text.charAt(i));
            if (k == UNSUPPORTED) {
                return null;
            }
            if (k != LETTER && k != NUMBER) {
                i++;
                continue;
            }
            int start = i;
            byte last = k;
            i++;
            while (i < n) {
                byte x = classOf(text.charAt(i));
                if (x == LETTER || x == NUMBER) {
                    last = x;
                    i++;
                    continue;
                }
                if (x == UNSUPPORTED) {
                    return null;
                }
                if (x >= MID_LETTER && i + 1 < n) {
                    byte next = classOf(text.charAt(i + 1));
                    if (next == UNSUPPORTED) {
                        return null;
                    }
                    boolean letters = last == LETTER && next == LETTER && x != MID_NUM;
                    boolean digits = last == NUMBER && next == NUMBER && x != MID_LETTER;
                    if (letters || digits) {
                        last = next;
                        i += 2;
                        continue;
                    }
                }
                break;
            }
            out.add(new WordTokenizer.Token(start, i, text.substring(start, i)));
        }
        return out;
    }
}
