package org.l10nwb.core.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Path;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;

/**
 * Checks that an XML document declaring an encoding other than UTF-8 (say {@code US-ASCII}) really
 * is in it, before the parser reads it. The JDK's parser reports a byte its decoder refuses twice
 * on standard error ({@code [Fatal Error] :-1:-1: …}, from its default error handler, which the
 * StAX factory gives no way to replace) and then throws without a usable position; the user gets
 * one line naming the file, the line and the byte instead.
 */
final class DeclaredEncoding {
    private DeclaredEncoding() {
    }

    /** As {@link #check(Path, String, InputStream)} for the content of {@code file}, streamed. */
    static void check(Path file, String name) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            check(file, name, in);
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + org.l10nwb.core.io.AtomicFiles.reason(e));
        }
    }

    /**
     * Refuses {@code in} when it is not valid in the encoding {@code name}; an encoding Java does
     * not know is left to the parser, which names it in its own error.
     */
    static void check(Path file, String name, InputStream in) {
        check(file, name, in, false);
    }

    /**
     * As {@link #check(Path, String, InputStream)} for a document the parser will read in a wide
     * encoding because of its first bytes (a byte-order mark, {@code <} in two or four bytes): the
     * JDK's parser prints a bad sequence there on standard error besides throwing too. Its place is
     * given as an offset (a byte 0x0A is no line break in UTF-16).
     */
    static void checkWide(Path file, String name, InputStream in) {
        check(file, name, in, true);
    }

    private static void check(Path file, String name, InputStream in, boolean wide) {
        Charset charset;
        try {
            if (!Charset.isSupported(name)) {
                return;
            }
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException e) {
            return;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] chunk = new byte[1 << 16];
        ByteBuffer bytes = ByteBuffer.allocate(chunk.length + 16);
        CharBuffer chars = CharBuffer.allocate(chunk.length * 2 + 16);
        long consumed = 0; // bytes before bytes.position() 0
        long line = 1;
        long lineStart = 0; // offset of the current line's first byte
        try {
            boolean end = false;
            while (!end) {
                int n = in.read(chunk, 0, Math.min(chunk.length, bytes.remaining()));
                end = n < 0;
                if (n > 0) {
                    bytes.put(chunk, 0, n);
                }
                bytes.flip();
                int from = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, end);
                // Lines are counted in bytes: exact for the single-byte and ASCII-compatible
                // encodings a declaration names in practice; the offset is exact in any case.
                for (int i = from; i < bytes.position(); i++) {
                    if (bytes.get(i) == '\n') {
                        line++;
                        lineStart = consumed + i + 1;
                    }
                }
                if (result.isError() && wide) {
                    long offset = consumed + bytes.position();
                    throw new WorkbenchException(SourcePosition.of(file), String.format("not valid %s (byte 0x%02X at"
                            + " offset %d), the encoding its first bytes show; save the file as UTF-8", charset.name(),
                            bytes.get(bytes.position()) & 0xFF, offset));
                }
                if (result.isError()) {
                    long offset = consumed + bytes.position();
                    throw new WorkbenchException(SourcePosition.of(file, (int) line, (int) (offset - lineStart + 1)),
                            String.format("not valid %s (byte 0x%02X at offset %d), the encoding its XML declaration"
                                    + " names; save the file in that encoding, or as UTF-8 with the declaration changed",
                                    charset.name(), bytes.get(bytes.position()) & 0xFF, offset));
                }
                consumed += bytes.position();
                bytes.compact();
                chars.clear();
            }
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + org.l10nwb.core.io.AtomicFiles.reason(e));
        }
    }
}
