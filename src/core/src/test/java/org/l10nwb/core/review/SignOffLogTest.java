package org.l10nwb.core.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignOffLogTest {
    /**
     * What the log looks like on disk, to the byte: committed files must not change when the code
     * does. Jackson's default pretty printer; characters outside the Basic Multilingual Plane are
     * written as escaped surrogate pairs.
     */
    private static final String EXPECTED = """
            {
              "version" : 1,
              "units" : {
                "2" : {
                  "target" : "He said \\"no\\"\\tthen\\\\left"
                },
                "9" : {
                  "target" : "emoji \\uD83D\\uDE00 & <tag> / ✓",
                  "by" : "Nino",
                  "at" : "2026-11-30T10:00Z"
                },
                "10" : {
                  "target" : "Шуша пала.",
                  "by" : "Nino",
                  "at" : "2026-11-30T10:00Z"
                },
                "1234567890" : {
                  "target" : "x",
                  "at" : "2026-11-30T11:00Z"
                },
                "a" : {
                  "target" : "",
                  "by" : "Ana"
                }
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void theFileIsPrettyPrintedJsonInIdOrderWithAbsentFieldsLeftOut() throws IOException {
        Path xliff = dir.resolve("article.xlf");
        SignOffLog log = SignOffLog.of(xliff);
        assertTrue(log.isEmpty());
        log.record("10", "Шуша пала.", "Nino", "2026-11-30T10:00Z");
        log.record("a", "", "Ana", null);
        log.record("2", "He said \"no\"\tthen\\left", null, null);
        log.record("1234567890", "x", null, "2026-11-30T11:00Z");
        log.record("9", "emoji \uD83D\uDE00 & <tag> / ✓", "Nino", "2026-11-30T10:00Z");

        Path file = dir.resolve("article.signoff.json");
        assertEquals(file, SignOffLog.fileFor(xliff));
        String expected = EXPECTED.replace("\n", System.lineSeparator()).replaceFirst("\\R\\z", "\n");
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));

        SignOffLog again = SignOffLog.of(xliff);
        assertEquals(new SignOffLog.Entry("Шуша пала.", "Nino", "2026-11-30T10:00Z"), again.get("10"));
        assertEquals(new SignOffLog.Entry("He said \"no\"\tthen\\left", null, null), again.get("2"));
        assertNull(again.get("3"));
    }
}
