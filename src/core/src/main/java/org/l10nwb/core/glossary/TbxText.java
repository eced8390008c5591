package org.l10nwb.core.glossary;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Text of a glossary as people see it: white space collapsed, NFC. */
final class TbxText {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private TbxText() {
    }

    /** Whitespace collapsed, stripped, NFC; the text itself when that changes nothing (most terms). */
    static String clean(String text) {
        String collapsed = singleSpaced(text) ? text : WHITE_SPACE.matcher(text).replaceAll(" ");
        String s = collapsed.strip();
        return composed(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Whether {@code \\s+} would change nothing: no white space but single spaces (most terms). */
    private static boolean singleSpaced(String text) {
        char before = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || (c == ' ' && before == ' ')) {
                return false;
            }
            before = c;
        }
        return true;
    }

    /**
     * Whether the text is NFC for sure without normalising it: every character is of a range that
     * has neither combining marks nor characters NFC replaces (Latin below U+0300, Cyrillic without
     * its combining marks, Georgian), as terms of the languages served mostly are.
     */
    private static boolean composed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = c < 0x300 || (c >= 0x400 && c < 0x483) || (c >= 0x48A && c < 0x530)
                    || (c >= 0x10A0 && c < 0x1100);
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
