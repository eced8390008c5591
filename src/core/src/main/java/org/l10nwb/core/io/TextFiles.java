package org.l10nwb.core.io;

import java.io.IOException;
import java.io.InputStream;
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
        return readBytes(file, InputKind.OTHER, InputLimits.DEFAULTS);
    }

    /**
     * Reads all bytes of an input file of {@code kind}: only a regular file (a pipe would hang the
     * command, a device never end), only up to its limit. Each refusal is a user error naming it.
     */
    public static byte[] readBytes(Path file, InputKind kind, InputLimits limits) {
        requireReadable(file, kind, limits);
        long limit = limits.bytes(kind);
        try (InputStream in = Files.newInputStream(file)) {
            // Read no further than the limit, whatever size the file claimed a moment ago.
            byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > limit) {
                throw WorkbenchException.inFile(file, limits.tooLarge(kind, -1));
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw WorkbenchException.inFile(file, "no such file");
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + AtomicFiles.reason(e));
        }
    }

    /**
     * Checks, before anything opens it, that an input file of {@code kind} exists, is a regular
     * file once links are followed (not a folder, a pipe, a device or a socket) and is within its
     * size limit; answers its size. For files that a library reads itself (Okapi, a streaming parser).
     */
    public static long requireReadable(Path file, InputKind kind, InputLimits limits) {
        if (Files.isDirectory(file)) {
            throw WorkbenchException.inFile(file, "is a folder, expected a file");
        }
        if (!Files.exists(file)) {
            throw WorkbenchException.inFile(file, Files.isSymbolicLink(file) ? "is a symbolic link to nothing" : "no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw WorkbenchException.inFile(file, "is not a regular file (a pipe, a device or a socket); refused");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + AtomicFiles.reason(e));
        }
        if (size > limits.bytes(kind)) {
            throw WorkbenchException.inFile(file, limits.tooLarge(kind, size));
        }
        return size;
    }

    /**
     * Checks that the bytes are UTF-8 (with or without a byte-order mark) and decodes them.
     * Anything else is refused with the line and byte that gave it away, since guessing an
     * encoding would silently corrupt a translator's text.
     */
    public static String decodeUtf8Strict(Path file, byte[] bytes) {
        requireNotUtf16(file, bytes, bytes.length);
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
        requireNoControlCharacters(file, text);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Refuses the first {@code length} bytes of {@code file} when they are UTF-16, by a byte-order
     * mark or by {@link #looksLikeUtf16}: the one place that tells the user so, for every reader.
     */
    static void requireNotUtf16(Path file, byte[] bytes, int length) {
        if (length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw WorkbenchException.inFile(file, "is UTF-16 encoded; convert it to UTF-8 first");
        }
        if (looksLikeUtf16(bytes, length)) {
            throw utf16WithoutMark(file);
        }
    }

    /** The refusal of a file that looks like UTF-16 without a byte-order mark. */
    public static WorkbenchException utf16WithoutMark(Path file) {
        return WorkbenchException.inFile(file, "looks like UTF-16 without a byte-order mark (NUL bytes in every other"
                + " position); convert it to UTF-8 first");
    }

    /**
     * Whether the first {@code length} bytes, without a byte-order mark, are UTF-16 all the same:
     * in text of Latin script, and in the markup of any XML, every other byte is NUL. Refused
     * rather than decoded: the workbench writes what it reads back byte for byte, and a guessed
     * encoding would not survive that (the user converts it once, knowingly). Looks at the first
     * 4 KiB only.
     */
    private static boolean looksLikeUtf16(byte[] bytes, int length) {
        int n = Math.min(length, 4096) & ~1;
        if (n < 4) {
            return false;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < n; i += 2) {
            evenNuls += bytes[i] == 0 ? 1 : 0;
            oddNuls += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        // Many NULs on one side and (almost) none on the other: text in UTF-16 LE or BE.
        return Math.max(evenNuls, oddNuls) * 10 >= pairs * 3 && Math.min(evenNuls, oddNuls) * 20 <= pairs;
    }

    /**
     * NUL and the other C0 control characters (but tab, line feed and carriage return) and DEL
     * have no place in a text the workbench reads: XML 1.0 forbids them, and in a source document
     * they are a binary file or a broken editor, not text to translate. Refused with their line
     * and column, since the XML parser's own report of them does not name the file.
     */
    static void requireNoControlCharacters(Path file, String text) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
                throw new WorkbenchException(SourcePosition.of(file, line, i - lineStart + 1), String.format(
                        "control character U+%04X%s; the file is binary or damaged", (int) c,
                        c == 0 ? " (NUL)" : ""));
            }
        }
    }

    /**
     * Checks that a file too large to hold in memory (a TMX file) is UTF-8, chunk by chunk, with
     * the line and column of the first bad byte. The XML parser streaming it would report a bad
     * byte without a usable place, and print it on the error stream besides.
     */
    public static void requireUtf8Streaming(Path file) {
        // Lines and columns are counted only once a bad byte is known to be there: counting every
        // character of a valid file cost more than decoding it (a third of a large import).
        boolean valid;
        try (InputStream in = Files.newInputStream(file)) {
            valid = isUtf8(in);
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + AtomicFiles.reason(e));
        }
        if (!valid) {
            scanUtf8(file, true);
        }
    }

    /**
     * Whether a stream is well-formed UTF-8 exactly as Java's strict decoder takes it (Unicode's
     * table of well-formed byte sequences: no overlong form, no surrogate, nothing above
     * U+10FFFF). Written out rather than asking the decoder: the decoder makes every character
     * only to throw it away, and a large import's check cost more than a tenth of its reading.
     */
    static boolean isUtf8(InputStream in) throws IOException {
        return isUtf8(in, 1 << 16);
    }

    /** As {@link #isUtf8(InputStream)}, reading {@code bufferSize} bytes at a time (at least 4: a sequence's length). */
    static boolean isUtf8(InputStream in, int bufferSize) throws IOException {
        byte[] b = new byte[Math.max(4, bufferSize)];
        int have = 0;
        while (true) {
            int n = in.read(b, have, b.length - have);
            if (n < 0) {
                return have == 0; // a sequence cut off by the end of the file
            }
            have += n;
            int done = wellFormedPrefix(b, have);
            if (done < 0) {
                return false;
            }
            System.arraycopy(b, done, b, 0, have - done); // at most three bytes of a sequence read in part
            have -= done;
        }
    }

    /** How many bytes from the start are whole well-formed sequences, stopping before one cut off at {@code end}; -1 if malformed. */
    static int wellFormedPrefix(byte[] b, int end) {
        int i = 0;
        while (i < end) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int tail;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                tail = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                tail = 2;
                lo = c == 0xE0 ? 0xA0 : lo;
                hi = c == 0xED ? 0x9F : hi;
            } else if (c >= 0xF0 && c <= 0xF4) {
                tail = 3;
                lo = c == 0xF0 ? 0x90 : lo;
                hi = c == 0xF4 ? 0x8F : hi;
            } else {
                return -1;
            }
            if (i + tail >= end) {
                // Cut off by the end of what was read: checked whole with the bytes that follow.
                for (int k = i + 1; k < end; k++) {
                    int t = b[k] & 0xFF;
                    if (k == i + 1 ? t < lo || t > hi : (t & 0xC0) != 0x80) {
                        return -1;
                    }
                }
                return i;
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return -1;
            }
            for (int k = 2; k <= tail; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return -1;
                }
            }
            i += tail + 1;
        }
        return i;
    }

    /** Whether the file is valid UTF-8; with {@code locate}, a bad byte is thrown with its line and column. */
    private static boolean scanUtf8(Path file, boolean locate) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        int line = 1;
        int column = 1;
        long offset = 0;
        try (InputStream s = Files.newInputStream(file)) {
            boolean end = false;
            while (true) {
                if (!end) {
                    int n = s.read(in.array(), in.position(), in.remaining());
                    end = n < 0;
                    in.position(in.position() + Math.max(n, 0));
                }
                in.flip();
                java.nio.charset.CoderResult r = decoder.decode(in, out, end);
                out.flip();
                for (int i = 0; locate && i < out.length(); i++) {
                    if (out.charAt(i) == '\n') {
                        line++;
                        column = 1;
                    } else if (!Character.isLowSurrogate(out.charAt(i))) {
                        column++;
                    }
                }
                out.clear();
                if (r.isError() && !locate) {
                    return false;
                }
                if (r.isError()) {
                    throw new WorkbenchException(SourcePosition.of(file, line, column), String.format(
                            "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                            in.get(in.position()) & 0xFF, offset + in.position()));
                }
                offset += in.position();
                in.compact();
                if (end && r.isUnderflow()) {
                    return true;
                }
            }
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + AtomicFiles.reason(e));
        }
    }

    /** Reads a UTF-8 text file strictly (see {@link #decodeUtf8Strict}). */
    public static String readUtf8(Path file) {
        return decodeUtf8Strict(file, readBytes(file));
    }

    /** Reads a UTF-8 text file of {@code kind} strictly, within its limit. */
    public static String readUtf8(Path file, InputKind kind, InputLimits limits) {
        return decodeUtf8Strict(file, readBytes(file, kind, limits));
    }

    /** Validates without keeping the text. */
    public static void requireUtf8(Path file) {
        readUtf8(file);
    }

}
