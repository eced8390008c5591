package org.l10nwb.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;

class DecisionsFileTest {
    private static final String OK = "{\"file\": \"f\", \"unit\": \"1\", \"fingerprint\": \"x\", \"action\": \"approve\"}";

    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path f = dir.resolve("decisions.json");
        Files.writeString(f, json);
        return f;
    }

    private String error(String json) throws IOException {
        Path f = file(json);
        return assertThrows(WorkbenchException.class, () -> DecisionsFile.read(f)).getMessage()
                .substring(f.toString().length());
    }

    @Test
    void aReportsExportIsReadWithUnknownFieldsIgnored() throws IOException {
        ReviewService.Decisions d = DecisionsFile.read(file("""
                {
                  "format": "l10n-workbench-review",
                  "version": 1,
                  "reviewer": "  Nino Editor ",
                  "made": "2026-11-30T10:00:00.000Z",
                  "decisions": [
                    {"file": "locales/ru/a.xlf", "unit": "1", "fingerprint": "abc", "action": "approve", "text": ""},
                    {"file": "locales/ru/a.xlf", "unit": 2, "fingerprint": "def", "action": "reject", "text": "Шуша",
                     "seen": {"by": ["x"]}}
                  ]
                }
                """));
        assertEquals("Nino Editor", d.reviewer());
        assertEquals(List.of(new ReviewService.Decision("locales/ru/a.xlf", "1", "abc", Review.Action.APPROVE, ""),
                new ReviewService.Decision("locales/ru/a.xlf", "2", "def", Review.Action.REJECT, "Шуша")), d.decisions());
    }

    @Test
    void valuesThatAreNotTextAreTakenAsWrittenOrAsAbsent() throws IOException {
        ReviewService.Decisions d = DecisionsFile.read(file("{\"format\": \"l10n-workbench-review\", \"reviewer\": null,"
                + " \"decisions\": [" + OK.replace("\"1\"", "1.50").replace("\"x\"", "\"x\", \"text\": {\"a\": [1]}") + "]}"));
        assertEquals("", d.reviewer());
        assertEquals(new ReviewService.Decision("f", "1.50", "x", Review.Action.APPROVE, null), d.decisions().get(0));
        assertEquals("", DecisionsFile.read(file("{\"format\": \"l10n-workbench-review\", \"reviewer\": [\"a\"]}")).reviewer());
        assertEquals(": decision ending on line 1 has no \"unit\"",
                error("{\"format\": \"l10n-workbench-review\", \"decisions\": [" + OK.replace("\"1\"", "{\"id\": 1}") + "]}"));
    }

    @Test
    void eachMistakeIsOneMessage() throws IOException {
        assertEquals(": not a review decisions file (expected a JSON object)", error(""));
        assertEquals(": not a review decisions file (expected a JSON object)", error("[" + OK + "]"));
        assertTrue(error("{\"format\": ").startsWith(": not well-formed JSON: "));
        assertEquals(": \"decisions\" must be an array", error("{\"format\": \"l10n-workbench-review\", \"decisions\": {}}"));
        assertEquals(": \"decisions\" must be an array", error("{\"format\": \"l10n-workbench-review\", \"decisions\": null}"));
        assertEquals(": decision 2 is not a JSON object",
                error("{\"format\": \"l10n-workbench-review\", \"decisions\": [" + OK + ", \"x\"]}"));
        assertEquals(": decision ending on line 4 has no \"action\"", error("{\"format\": \"l10n-workbench-review\",\n"
                + " \"decisions\": [" + OK + ",\n  {\"file\": \"f\", \"unit\": \"2\", \"fingerprint\": \"x\",\n"
                + "   \"action\": \" \"}\n]}"));
        assertEquals(": not a review decisions file (no \"format\": \"l10n-workbench-review\")",
                error("{\"format\": \"l10n-workbench-review-2\", \"decisions\": [" + OK + "]}"));
    }

    @Test
    void versionTwoCarriesCorrectionsAndALaterVersionIsRefused() throws IOException {
        ReviewService.Decisions d = DecisionsFile.read(file("""
                {"format": "l10n-workbench-review", "version": 2, "report": "0123456789abcdef", "reviewer": "Nino",
                 "decisions": [{"file": "f", "unit": "1", "fingerprint": "x", "action": "approve",
                                "correction": {"1": "Шуша \u27e81\u27e9пала\u27e8/1\u27e9.", "2": ""}}]}
                """));
        assertEquals(java.util.Map.of("1", "Шуша \u27e81\u27e9пала\u27e8/1\u27e9.", "2", ""), d.decisions().get(0).correction());
        assertEquals(null, DecisionsFile.read(file("{\"format\": \"l10n-workbench-review\", \"decisions\": [" + OK + "]}"))
                .decisions().get(0).correction(), "version 1: no corrections");
        assertEquals(": decision ending on line 1: \"correction\" must be an object of segment ids and texts",
                error("{\"format\": \"l10n-workbench-review\", \"decisions\": [" + OK.replace("}", ", \"correction\": \"x\"}") + "]}"));
        assertEquals(": decision ending on line 1: the correction of segment 1 must be text",
                error("{\"format\": \"l10n-workbench-review\", \"decisions\": [" + OK.replace("}", ", \"correction\": {\"1\": 5}}") + "]}"));
        assertEquals(": made by a newer workbench (version 3); this one reads versions 1 to 2",
                error("{\"format\": \"l10n-workbench-review\", \"version\": 3, \"decisions\": []}"));
    }
}
