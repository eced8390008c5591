package org.l10nwb.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.opentest4j.AssertionFailedError;

/**
 * Byte-exact comparison for golden-file tests. On a mismatch the failure names the first differing
 * byte and shows both versions around it with invisible characters made visible (BOM, CR, LF,
 * tab, no-break space), so that a lost final newline or a CRLF turned LF is obvious.
 */
public final class ByteDiff {
    private ByteDiff() {}

    public static void assertSameBytes(String what, byte[] expected, byte[] actual) {
        if (Arrays.equals(expected, actual)) {
            return;
        }
        int i = 0;
        while (i < expected.length && i < actual.length && expected[i] == actual[i]) {
            i++;
        }
        int from = Math.max(0, i - 40);
        String msg = what + ": bytes differ at offset " + i + " (expected " + expected.length + " bytes, got "
                + actual.length + ")\n  expected: " + visible(expected, from, i + 40) + "\n  actual:   "
                + visible(actual, from, i + 40);
        throw new AssertionFailedError(msg, visible(expected, 0, expected.length), visible(actual, 0, actual.length));
    }

    /** The bytes as UTF-8 text with invisible characters spelled out. */
    public static String visible(byte[] bytes, int from, int to) {
        int end = Math.min(bytes.length, to);
        int start = Math.min(from, end);
        String s = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        return (start > 0 ? "…" : "") + s.replace("\uFEFF", "⟨BOM⟩").replace("\r", "⟨CR⟩").replace("\n", "⟨LF⟩\n")
                .replace("\t", "⟨TAB⟩").replace("\u00A0", "⟨NBSP⟩") + (end < bytes.length ? "…" : "⟨EOF⟩");
    }
}
