package org.l10nwb.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;

/** The streaming UTF-8 check accepts exactly what Java's strict decoder accepts, wherever the reads cut the bytes. */
class Utf8CheckTest {
    @TempDir
    Path tmp;

    private static boolean decoderAccepts(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A stream that hands over at most {@code chunk} bytes per read. */
    private static InputStream chunked(byte[] b, int chunk) {
        return new FilterInputStream(new ByteArrayInputStream(b)) {
            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                return super.read(buf, off, Math.min(len, chunk));
            }
        };
    }

    private static void same(byte[] b) throws IOException {
        boolean expected = decoderAccepts(b);
        // Small buffers and short reads: sequences cut at every place.
        for (int buffer : new int[] {4, 5, 64}) {
            for (int chunk : new int[] {1, 3, 64}) {
                assertEquals(expected, TextFiles.isUtf8(chunked(b, chunk), buffer),
                        () -> "bytes " + java.util.HexFormat.of().formatHex(b));
            }
        }
    }

    @Test
    void everySequenceOfUpToThreeBytesFromTheTellingValues() throws IOException {
        int[] values = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
            0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};
        for (int a : values) {
            same(new byte[] {(byte) a});
            for (int b : values) {
                same(new byte[] {(byte) a, (byte) b});
                for (int c : values) {
                    same(new byte[] {(byte) a, (byte) b, (byte) c});
                    same(new byte[] {(byte) a, (byte) b, (byte) c, (byte) 0x80});
                    same(new byte[] {(byte) 0xF0, (byte) a, (byte) b, (byte) c});
                }
            }
        }
    }

    @Test
    void randomMixesOfTextAndBadBytes() throws IOException {
        byte[] good = "Сохранить 😀 файл ж Z ".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(5);
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[random.nextInt(24)];
            for (int i = 0; i < b.length; i++) {
                b[i] = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : good[random.nextInt(good.length)];
            }
            same(b);
        }
    }

    @Test
    void aLargeFileIsCheckedAcrossItsReadsAndABadByteNamesItsPlace() throws IOException {
        StringBuilder text = new StringBuilder();
        while (text.length() < 300_000) {
            text.append("Строка текста, line of text 😀\n");
        }
        byte[] b = text.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(TextFiles.isUtf8(new ByteArrayInputStream(b)));
        Path file = Files.write(tmp.resolve("big.tmx"), b);
        TextFiles.requireUtf8Streaming(file);

        b[(1 << 16) + 1] = (byte) 0xFF;
        Files.write(file, b);
        WorkbenchException e = org.junit.jupiter.api.Assertions.assertThrows(WorkbenchException.class,
                () -> TextFiles.requireUtf8Streaming(file));
        assertTrue(e.getMessage().contains("not valid UTF-8 (byte 0xFF at offset " + ((1 << 16) + 1) + ")"), e.getMessage());
    }
}
