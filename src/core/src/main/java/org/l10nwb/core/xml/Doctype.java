package org.l10nwb.core.xml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.l10nwb.core.SourcePosition;

/**
 * A document's DOCTYPE, looked at in its first bytes before the parser reads it (the JDK's parser
 * does not always report an internal subset in its DTD event, not for a document read from a byte
 * stream): whether its internal subset declares entities (refused: entities are never expanded),
 * never closes, or holds what the parser fails on ({@link #problem}), and where it starts.
 */
public final class Doctype {
    /** The end of an internal subset: {@code ]}, spaces, {@code >}. */
    private static final java.util.regex.Pattern SUBSET_END = java.util.regex.Pattern.compile("]\\s*>");

    private Doctype() {
    }

    /** The first bytes of a document as text, enough to find its DOCTYPE in (one byte a char, or UTF-16). */
    private static String headText(byte[] head, int length) {
        java.nio.charset.Charset cs = StandardCharsets.ISO_8859_1;
        if (length >= 2 && (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE || head[0] == '<' && head[1] == 0)) {
            cs = StandardCharsets.UTF_16LE;
        } else if (length >= 2 && (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF || head[0] == 0 && head[1] == '<')) {
            cs = StandardCharsets.UTF_16BE;
        }
        return new String(head, 0, length, cs);
    }

    /**
     * Where the document's own DOCTYPE starts in {@code text} (its first bytes as text), or -1: after
     * the byte-order mark, spaces, the XML declaration, processing instructions and comments, and
     * before anything else. A "<!DOCTYPE" anywhere else (in a comment, in text) is none.
     */
    private static int doctypeStart(String text) {
        int i = text.startsWith("\uFEFF") ? 1 : text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (text.startsWith("<?", i)) {
                int end = text.indexOf("?>", i + 2);
                if (end < 0) {
                    return -1;
                }
                i = end + 2;
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return -1;
                }
                i = end + 3;
            } else {
                return text.startsWith("<!DOCTYPE", i) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the document's DOCTYPE (found by its first bytes, {@link #doctypeStart}) declares
     * entities in its internal subset, opens one that it does not close in these bytes (never,
     * when {@code whole}: the bytes are all the document), or holds a character outside the BMP in it:
     * asked before the parser reads the DOCTYPE, as the JDK's parser prints a stack trace on
     * standard error when the file ends in a subset, and throws its own exception on such a character.
     * Answers the problem to report, or {@code null}.
     */
    public static String problem(byte[] head, int length, boolean whole) {
        String text = headText(head, length);
        int doctype = doctypeStart(text);
        if (doctype < 0) {
            return null;
        }
        int gt = text.indexOf('>', doctype);
        int open = text.indexOf('[', doctype);
        if (open < 0 || gt >= 0 && gt < open) {
            return null; // no internal subset
        }
        java.util.regex.Matcher close = SUBSET_END.matcher(text).region(open, text.length());
        boolean closed = close.find();
        String subset = text.substring(open, closed ? close.start() : text.length());
        if (subset.contains("<!ENTITY")) {
            return "the DOCTYPE declares entities; refused (entities are never expanded)";
        }
        if (!closed && whole) {
            return "not well-formed XML: the DOCTYPE's internal subset ([) is never closed (]>)";
        }
        if (!closed) {
            // not knowing whether it closes, the parser would be left to find out, and it prints a
            // stack trace when the file ends inside the subset; no XLIFF, TBX or TMX needs one this long
            return "the DOCTYPE's internal subset runs past the first " + length / 1024 + " KB, all that is looked at"
                    + " before parsing; refused";
        }
        int outside = outsideBmp(subset);
        if (outside >= 0) {
            return "the DOCTYPE's internal subset holds " + String.format("U+%04X", outside)
                    + ", a character outside the Basic Multilingual Plane, which the XML parser cannot pass over; refused";
        }
        return null;
    }

    /**
     * The first code point outside the BMP in {@code subset}, or -1: the JDK's parser, which passes
     * over an internal subset it does not read, fails on such a character with an exception of its
     * own instead of an error. {@code subset} is the head decoded as UTF-16, or byte for byte, where
     * a UTF-8 four-byte sequence is a lead byte F0–F4 followed by a continuation byte.
     */
    private static int outsideBmp(String subset) {
        for (int i = 0; i + 1 < subset.length(); i++) {
            char c = subset.charAt(i);
            char next = subset.charAt(i + 1);
            if (Character.isHighSurrogate(c) && Character.isLowSurrogate(next)) {
                return Character.toCodePoint(c, next);
            }
            if (c >= 0xF0 && c <= 0xF4 && next >= 0x80 && next <= 0xBF && i + 3 < subset.length()) {
                return (c & 0x07) << 18 | (next & 0x3F) << 12 | (subset.charAt(i + 2) & 0x3F) << 6 | subset.charAt(i + 3) & 0x3F;
            }
        }
        return -1;
    }

    /** Where the DOCTYPE of a document starts, from its first bytes, or {@code null} when they have none. */
    public static SourcePosition position(Path file, byte[] head, int length) {
        String text = headText(head, length);
        int doctype = doctypeStart(text);
        if (doctype < 0) {
            return null;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < doctype; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return SourcePosition.of(file, line, doctype - lineStart + 1);
    }
}
