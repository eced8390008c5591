package org.l10nwb.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;

/** Reading input files with clear errors instead of silent replacement characters. */
public final class TextFiles {
    private TextFiles() {}

    /** Reads all bytes of a file the user named; a missing or unreadable file is a user error. */
    public static byte[] readBytes(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw WorkbenchException.inFile(file, "is a folder, expected a file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw WorkbenchException.inFile(file, "no such file");
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + AtomicFiles.reason(e));
        }
    }

    /**
     * Checks that the bytes are UTF-8 (with or without a byte-order mark) and decodes them.
     * Anything else is refused with the line and byte that gave it away, since guessing an
     * encoding would silently corrupt a translator's text.
     */
    public static String decodeUtf8Strict(Path file, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw WorkbenchException.inFile(file, "is UTF-16 encoded; convert it to UTF-8 first");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int column = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw new WorkbenchException(SourcePosition.of(file, line, column), String.format(
                    "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                    bytes[offset] & 0xFF, offset));
        }
        // Decoding is complete (end of input was given); UTF-8 keeps no state for flush to write out.
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Reads a UTF-8 text file strictly (see {@link #decodeUtf8Strict}). */
    public static String readUtf8(Path file) {
        return decodeUtf8Strict(file, readBytes(file));
    }

    /** Validates without keeping the text. */
    public static void requireUtf8(Path file) {
        readUtf8(file);
    }

}
