package org.l10nwb.core.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.WorkbenchException;

/** Escaping gives what escaping one character at a time gives, for every character and for mixed text. */
class XmlTextTest {
    /** The escaping rules spelled out a character at a time, as the reference. */
    private static String reference(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        throw new WorkbenchException(String.format("character U+%04X cannot be stored in XML 1.0", (int) c));
                    }
                    if (Character.isSurrogate(c)) {
                        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
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
        return sb.toString();
    }

    private static void same(String s) {
        for (boolean attribute : new boolean[] {false, true}) {
            String expected;
            try {
                expected = reference(s, attribute);
            } catch (WorkbenchException refused) {
                WorkbenchException e = assertThrows(WorkbenchException.class, () -> escape(s, attribute));
                assertEquals(refused.getMessage(), e.getMessage());
                continue;
            }
            assertEquals(expected, escape(s, attribute), () -> "escaping " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder("before:");
        if (attribute) {
            XmlText.escapeAttribute(s, sb);
        } else {
            XmlText.escapeText(s, sb);
        }
        return sb.substring("before:".length());
    }

    @Test
    void everyCharacterAloneAndBetweenText() {
        for (int c = 0; c <= 0xFFFF; c++) {
            same(String.valueOf((char) c));
            if (c < 0x100 || c >= 0xD7F0 && c < 0xE010 || c >= 0xFFF0 || c % 61 == 0) {
                same("Привет " + (char) c + " world");
            }
        }
    }

    @Test
    void pairedAndUnpairedSurrogates() {
        same("a\uD83D\uDE00b");
        same("\uD83D\uDE00");
        same("a\uD83Db");
        same("a\uDE00b");
        same("a\uD83D");
        same("\uDE00\uD83D");
    }

    @Test
    void randomMixesOfPlainAndSpecialCharacters() {
        char[] alphabet = "aZ 9ж&<>\"'\r\n\t\u0001\uFFFE\uD83D\uDE00\u00e9\uE000".toCharArray();
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            char[] s = new char[random.nextInt(12)];
            for (int i = 0; i < s.length; i++) {
                s[i] = alphabet[random.nextInt(alphabet.length)];
            }
            same(new String(s));
        }
    }

    @Test
    void textWithoutSpecialCharactersIsCopiedAsItIs() {
        String s = "Сохранить файл как… (1)";
        assertEquals(s, XmlText.escapeText(s));
        assertEquals("a &amp; b &lt;c&gt; \"d\"", XmlText.escapeText("a & b <c> \"d\""));
    }
}
