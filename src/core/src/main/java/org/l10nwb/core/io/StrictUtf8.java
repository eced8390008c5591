package org.l10nwb.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;

/**
 * The checks of {@link TextFiles#decodeUtf8Strict} without the text: UTF-16 refused, every byte
 * sequence well-formed UTF-8, no control character but tab, line feed and carriage return, with
 * the same messages at the same places. A reader that parses the bytes itself needs only the
 * verdict; decoding a large file just to throw its text away cost two to four times its size in
 * memory (a 90 MB XLIFF did not fit a 512 MB heap). The bytes are scanned as they are, in memory
 * or a block of a file at a time; lines and columns are counted only once a problem is known to
 * be there.
 */
public final class StrictUtf8 {
    /** How much of a file is scanned at a time. */
    private static final int BLOCK = 1 << 16;
    /** How much of the start is read for the UTF-16 test ({@link TextFiles#requireNotUtf16}). */
    private static final int HEAD = 4096;

    private StrictUtf8() {
    }

    /** Refuses what {@link TextFiles#decodeUtf8Strict} refuses, with its message. */
    public static void check(Path file, byte[] bytes) {
        TextFiles.requireNotUtf16(file, bytes, bytes.length);
        Scan scan = new Scan();
        int end = scan.block(bytes, bytes.length, 0);
        if (end < bytes.length) {
            scan.malformed = end;
        }
        if (scan.failed()) {
            try {
                throw scan.error(file, new Counter(bytes));
            } catch (IOException e) {
                throw new IllegalStateException(e); // bytes in memory are not read from anything
            }
        }
    }

    /**
     * As {@link #check(Path, byte[])} for the file open on {@code channel}, read from its start a
     * block at a time; answers how many bytes were checked. The channel's position is left where
     * the reading ended.
     */
    public static long check(Path file, FileChannel channel) {
        try {
            channel.position(0);
            byte[] b = new byte[BLOCK];
            ByteBuffer buffer = ByteBuffer.wrap(b);
            boolean eof = false;
            while (buffer.position() < HEAD && !eof) {
                eof = channel.read(buffer) < 0;
            }
            int have = buffer.position();
            TextFiles.requireNotUtf16(file, b, have);
            long base = 0;
            Scan scan = new Scan();
            while (true) {
                int done = scan.block(b, have, base);
                if (scan.malformed >= 0) {
                    break;
                }
                System.arraycopy(b, done, b, 0, have - done); // at most three bytes of a sequence read in part
                base += done;
                have -= done;
                if (eof) {
                    if (have > 0) {
                        scan.malformed = base; // a sequence cut off by the end of the file
                    }
                    break;
                }
                buffer.clear().position(have);
                int n = channel.read(buffer);
                eof = n < 0;
                have += Math.max(n, 0);
            }
            if (scan.failed()) {
                throw scan.error(file, new Counter(channel));
            }
            return base;
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + AtomicFiles.reason(e));
        }
    }

    /**
     * Checks an input file of {@code kind} as {@link TextFiles#readUtf8(Path, InputKind, InputLimits)}
     * would read it (a regular file within its limit, strict UTF-8, no control characters),
     * without holding its bytes or its text.
     */
    public static void checkFile(Path file, InputKind kind, InputLimits limits) {
        TextFiles.requireReadable(file, kind, limits);
        try (FileChannel channel = FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            check(file, channel);
        } catch (java.nio.file.NoSuchFileException e) {
            throw WorkbenchException.inFile(file, "no such file");
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + AtomicFiles.reason(e));
        }
    }

    /** What a scan found: the first malformed sequence and the first control character, by offset. */
    private static final class Scan {
        long malformed = -1;
        long control = -1;
        byte controlByte;

        boolean failed() {
            return malformed >= 0 || control >= 0;
        }

        /**
         * Scans {@code b[0, end)}, the bytes from offset {@code base}: answers how many are whole
         * well-formed sequences, stopping before one cut off at {@code end}, or sets
         * {@link #malformed} and answers where it starts. Well-formed is Unicode's table, as
         * Java's strict decoder takes it: no overlong form, no surrogate, nothing above U+10FFFF.
         */
        int block(byte[] b, int end, long base) {
            int i = 0;
            while (i < end) {
                int c = b[i];
                if (c >= 0) {
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) && control < 0) {
                        control = base + i;
                        controlByte = (byte) c;
                    }
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
                    malformed = base + i;
                    return i;
                }
                for (int k = i + 1; k <= i + tail; k++) {
                    if (k == end) {
                        return i; // cut off by the end of what was read: checked whole with the bytes that follow
                    }
                    int t = b[k] & 0xFF;
                    if (k == i + 1 ? t < lo || t > hi : (t & 0xC0) != 0x80) {
                        malformed = base + i;
                        return i;
                    }
                }
                i += tail + 1;
            }
            return i;
        }

        /** The message {@link TextFiles#decodeUtf8Strict} gives: a bad sequence first, else a control character. */
        WorkbenchException error(Path file, Counter counter) throws IOException {
            if (malformed >= 0) {
                long[] place = counter.place(malformed, false);
                return new WorkbenchException(SourcePosition.of(file, (int) place[0], (int) place[1]), String.format(
                        "not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                        counter.byteAt(malformed) & 0xFF, malformed));
            }
            long[] place = counter.place(control, true);
            return new WorkbenchException(SourcePosition.of(file, (int) place[0], (int) place[1]), String.format(
                    "control character U+%04X%s; the file is binary or damaged", (int) controlByte,
                    controlByte == 0 ? " (NUL)" : ""));
        }
    }

    /**
     * Line and column of an offset, counted as {@link TextFiles#decodeUtf8Strict} counts them: a
     * bad byte's column in characters, a control character's in UTF-16 units of the decoded text
     * (a character beyond the Basic Multilingual Plane is two).
     */
    private static final class Counter {
        private final byte[] bytes;
        private final FileChannel channel;

        Counter(byte[] bytes) {
            this.bytes = bytes;
            this.channel = null;
        }

        Counter(FileChannel channel) {
            this.bytes = null;
            this.channel = channel;
        }

        byte byteAt(long offset) throws IOException {
            if (bytes != null) {
                return bytes[(int) offset];
            }
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, offset);
            return one.get(0);
        }

        long[] place(long offset, boolean utf16Units) throws IOException {
            long line = 1;
            long column = 1;
            byte[] b = bytes != null ? bytes : new byte[BLOCK];
            long at = 0;
            while (at < offset) {
                int n;
                if (bytes != null) {
                    n = (int) offset;
                } else {
                    n = channel.read(ByteBuffer.wrap(b, 0, (int) Math.min(b.length, offset - at)), at);
                    if (n < 0) {
                        break;
                    }
                }
                for (int i = 0; i < n; i++) {
                    int c = b[i] & 0xFF;
                    if (c == '\n') {
                        line++;
                        column = 1;
                    } else if ((c & 0xC0) != 0x80) {
                        column += utf16Units && c >= 0xF0 ? 2 : 1;
                    }
                }
                at += n;
            }
            return new long[] {line, column};
        }
    }
}
