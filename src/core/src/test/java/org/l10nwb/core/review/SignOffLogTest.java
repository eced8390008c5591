package org.l10nwb.core.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;

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

    @Test
    void putChangesOnlyMemoryAndToBytesIsWhatRecordWrites() throws IOException {
        Path xliff = dir.resolve("article.xliff");
        SignOffLog log = SignOffLog.of(xliff);
        assertEquals(dir.resolve("article.signoff.json"), log.file());
        log.put("10", new SignOffLog.Entry("Шуша пала.", "Nino", "2026-11-30T10:00Z"));
        log.put("2", new SignOffLog.Entry("x", null, null));
        assertFalse(Files.exists(log.file()), "put writes nothing");
        assertEquals("Шуша пала.", log.get("10").target());
        byte[] bytes = log.toBytes();
        log.record("2", "x", null, null);
        assertArrayEquals(bytes, Files.readAllBytes(log.file()));
        assertEquals(log.get("10"), SignOffLog.of(xliff).get("10"));
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        Path xliff = dir.resolve("a.xlf");
        Files.writeString(SignOffLog.fileFor(xliff), """
                {"version": 2, "comment": {"any": ["thing"]},
                 "units": {"7": {"target": "Да.", "by": "Nino", "score": 3, "extra": {"a": 1}}}}
                """);
        SignOffLog log = SignOffLog.of(xliff);
        assertEquals(new SignOffLog.Entry("Да.", "Nino", null), log.get("7"));
        assertFalse(log.isEmpty());
    }

    @Test
    void aFileThatIsNotASignOffLogIsAnErrorNamingTheFileAndThePlace() throws IOException {
        Path xliff = dir.resolve("a.xlf");
        Path file = SignOffLog.fileFor(xliff);
        Files.writeString(file, "{\"version\": 1,\n \"units\": {\"1\": {\"target\": \"x\"");
        String message = assertThrows(WorkbenchException.class, () -> SignOffLog.of(xliff)).getMessage();
        assertTrue(message.startsWith(file + ":2:"), message);
        assertTrue(message.contains(": not a sign-off log: Unexpected end-of-input"), message);

        Files.writeString(file, "[1, 2]");
        assertEquals(file + ":1:1: not a sign-off log: expected a JSON object",
                assertThrows(WorkbenchException.class, () -> SignOffLog.of(xliff)).getMessage());
        Files.writeString(file, "{\"units\": [\"x\"]}");
        assertEquals(file + ":1:11: \"units\" must be an object",
                assertThrows(WorkbenchException.class, () -> SignOffLog.of(xliff)).getMessage());
        Files.writeString(file, "{\"units\": {\"1\": null}}");
        assertEquals(file + ":1:17: unit 1 must be an object",
                assertThrows(WorkbenchException.class, () -> SignOffLog.of(xliff)).getMessage());
        Files.writeString(file, "{\"units\": {\"1\": {\"target\": [\"x\"]}}}");
        assertEquals(file + ":1:28: unit 1: \"target\" must be text",
                assertThrows(WorkbenchException.class, () -> SignOffLog.of(xliff)).getMessage());
        Files.writeString(file, "{\"units\": {\"1\": {\"by\": \"Nino\"}}}");
        assertEquals(file + ": unit 1 has no \"target\"",
                assertThrows(WorkbenchException.class, () -> SignOffLog.of(xliff)).getMessage());
        Files.writeString(file, "");
        assertTrue(assertThrows(WorkbenchException.class, () -> SignOffLog.of(xliff)).getMessage()
                .contains("not a sign-off log"));
    }
}
