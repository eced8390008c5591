package org.l10nwb.core.glossary;

import java.util.regex.Pattern;

import org.l10nwb.core.lang.Nfc;

/** Text of a glossary as people see it: white space collapsed, NFC. */
final class TbxText {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private TbxText() {
    }

    /** Whitespace collapsed, stripped, NFC; the text itself when that changes nothing (most terms). */
    static String clean(String text) {
        String collapsed = singleSpaced(text) ? text : WHITE_SPACE.matcher(text).replaceAll(" ");
        String s = collapsed.strip();
        return Nfc.of(s);
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
}
