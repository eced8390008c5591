package org.l10nwb.core.xml;

import org.l10nwb.core.WorkbenchException;

/** XML escaping for text and attribute values, refusing characters XML 1.0 cannot carry. */
public final class XmlText {
    private XmlText() {}

    public static void escapeText(String s, StringBuilder sb) {
        escape(s, sb, false);
    }

    public static void escapeAttribute(String s, StringBuilder sb) {
        escape(s, sb, true);
    }

    public static String escapeText(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(s, sb, false);
        return sb.toString();
    }

    /**
     * Copies runs of characters that need nothing in one append: most text needs no escape at
     * all, and appending it a character at a time was a tenth of a large memory import.
     */
    private static void escape(String s, StringBuilder sb, boolean attribute) {
        int n = s.length();
        int plainFrom = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && (c != '"' || !attribute)
                    || c >= 0xE000 && c < 0xFFFE) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            sb.append(s, plainFrom, i);
            plainFrom = i + 1;
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                // A literal CR would be turned into LF by every XML parser: keep it as a reference.
                case '\r' -> sb.append("&#13;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isSurrogate(c)) {
                        throw new WorkbenchException(String.format(
                                "unpaired surrogate U+%04X cannot be stored in XML", (int) c));
                    }
                    throw new WorkbenchException(String.format("character U+%04X cannot be stored in XML 1.0", (int) c));
                }
            }
        }
        sb.append(s, plainFrom, n);
    }
}
