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

    private static void escape(String s, StringBuilder sb, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                // A literal CR would be turned into LF by every XML parser: keep it as a reference.
                case '\r' -> sb.append("&#13;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        throw new WorkbenchException(String.format(
                                "character U+%04X cannot be stored in XML 1.0", (int) c));
                    }
                    if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        } else {
                            throw new WorkbenchException(String.format(
                                    "unpaired surrogate U+%04X cannot be stored in XML", (int) c));
                        }
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
    }
}
