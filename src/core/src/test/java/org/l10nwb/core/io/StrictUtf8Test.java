package org.l10nwb.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;

/**
 * {@link StrictUtf8} refuses exactly what {@link TextFiles#decodeUtf8Strict} refuses, with the
 * same message at the same place, for bytes in memory and for a file read a block at a time
 * (bad bytes on either side of a block's end included).
 */
class StrictUtf8Test {
    private static final Path NAME = Path.of("locales/ru/article.xlf");

    @TempDir
    Path tmp;

    /** The message of the decoder's refusal, or null when it accepts the bytes. */
    private static String decoderSays(byte[] bytes) {
        try {
            TextFiles.decodeUtf8Strict(NAME, bytes);
            return null;
        } catch (WorkbenchException e) {
            return e.getMessage();
        }
    }

    private static String inMemorySays(byte[] bytes) {
        try {
            StrictUtf8.check(NAME, bytes);
            return null;
        } catch (WorkbenchException e) {
            return e.getMessage();
        }
    }

    private String fileSays(byte[] bytes) throws IOException {
        Path file = tmp.resolve("f.xlf");
        Files.write(file, bytes);
        try (FileChannel channel = FileChannel.open(file)) {
            assertEquals(bytes.length, StrictUtf8.check(NAME, channel), "every byte checked");
            return null;
        } catch (WorkbenchException e) {
            return e.getMessage();
        }
    }

    private void sameVerdict(byte[] bytes, String what) throws IOException {
        String expected = decoderSays(bytes);
        assertEquals(expected, inMemorySays(bytes), what + " (in memory)");
        assertEquals(expected, fileSays(bytes), what + " (a file)");
    }

    @Test
    void acceptsWhatTheDecoderAccepts() throws IOException {
        byte[] text = "\uFEFF<a>Шуша, 𝄞 and tab\there\r\nnext line</a>\n".getBytes(StandardCharsets.UTF_8);
        sameVerdict(text, "valid text with a byte-order mark");
        assertNull(inMemorySays(text));
        sameVerdict(new byte[0], "empty");
    }

    @Test
    void refusesWithTheDecodersMessageAndPlace() throws IOException {
        String[] controls = {"a\nb\nc\u0000d", "line\n\u007Fdel", "𝄞x\u0001", "\uFEFFab\u0002"};
        for (String c : controls) {
            byte[] bytes = c.getBytes(StandardCharsets.UTF_8);
            sameVerdict(bytes, c);
            assertNotNull(inMemorySays(bytes), c);
        }
        byte[] latin1 = "ab\ncaf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        sameVerdict(latin1, "latin-1");
        assertEquals(decoderSays(latin1), inMemorySays(latin1));
        assertNotNull(inMemorySays(latin1));
        // a bad byte wins over an earlier control character, as in the decoder
        sameVerdict(new byte[] {'a', 1, '\n', 'b', (byte) 0xFF}, "control character, then a bad byte");
        // a sequence cut off by the end
        sameVerdict(new byte[] {'a', (byte) 0xE2, (byte) 0x82}, "cut off");
        sameVerdict("<a>\u00e9</a>".getBytes(StandardCharsets.UTF_16BE), "UTF-16 without a byte-order mark");
        sameVerdict("\uFEFF<a/>".getBytes(StandardCharsets.UTF_16LE), "UTF-16 with a byte-order mark");
    }

    @Test
    void largeFilesAcrossBlocksAndRandomDamage() throws IOException {
        Random random = new Random(19);
        String line = "Шуша — a town; 𝄞 music, tab\tand the end.\n";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 300_000) {
            sb.append(line);
        }
        byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
        sameVerdict(good, "valid, several blocks");
        for (int round = 0; round < 200; round++) {
            byte[] bad = good.clone();
            // near a block's end one time in two, anywhere otherwise
            int at = round % 2 == 0 ? (1 << 16) * (1 + random.nextInt(3)) - 3 + random.nextInt(6)
                    : random.nextInt(bad.length);
            int kind = random.nextInt(4);
            bad[at] = switch (kind) {
                case 0 -> (byte) (0x80 + random.nextInt(0x80));
                case 1 -> (byte) random.nextInt(0x20);
                case 2 -> (byte) 0xC0;
                default -> (byte) 0xF5;
            };
            sameVerdict(bad, "round " + round + ": byte " + kind + " at " + at);
        }
    }
}
