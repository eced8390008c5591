package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.Shared;

/**
 * An accepted finding, as an editor and CI see it: suppressed with a reason it no longer fails
 * the check and is listed as suppressed; when the translation is edited it comes back, and the
 * suppression is reported as stale.
 */
class SuppressCommandTest {
    @Test
    void anAcceptedFindingStaysAcceptedUntilTheTextChanges(@TempDir Path dir) throws IOException {
        Path project = Shared.copyProject(dir);
        Path ru = project.resolve("locales/ru/article.xlf");
        edit(ru, "Но в 2020 году Путин этот баланс нарушил", "Но в 2002 году Путин этот баланс нарушил");
        String p = project.toString();
        Cli.Result before = Cli.run("check", "--project", p);
        assertEquals(1, before.exit(), before.toString());
        assertTrue(before.out().contains("error number-mismatch 5:4:"), before.toString());

        Cli.Result wrong = Cli.run("suppress", "add", "--project", p, "--locale", "ru", "--at", "5:3", "--check",
                "number-mismatch", "--reason", "x");
        assertEquals(2, wrong.exit(), wrong.toString());
        assertTrue(wrong.err().contains("no number-mismatch finding at 5:3"), wrong.toString());

        Cli.Result add = Cli.run("suppress", "add", "--project", p, "--locale", "ru", "--at", "5:4", "--check",
                "number-mismatch", "--reason", "the author dates it to 2002");
        assertEquals(0, add.exit(), add.toString());
        Path tsv = project.resolve("locales/ru/suppressions.tsv");
        String line = Files.readAllLines(tsv, StandardCharsets.UTF_8).get(1);
        assertTrue(line.matches("article\\.xlf\t5:4\tnumber-mismatch\t[0-9a-f]{16}\tthe author dates it to 2002"), line);

        Cli.Result after = Cli.run("check", "--project", p);
        assertEquals(0, after.exit(), after.toString());
        assertTrue(after.out().contains(": 0 errors, 0 warnings, 1 suppressed"), after.toString());
        assertTrue(!after.out().contains("number-mismatch"), "suppressed findings are not listed by default");
        Cli.Result shown = Cli.run("check", "--project", p, "--show-suppressed");
        assertTrue(shown.out().contains(": suppressed error number-mismatch 5:4: the source has 2020, which the translation"
                + " lacks; it has 2002 instead (accepted: the author dates it to 2002, "), shown.toString());
        Path sarif = dir.resolve("r.sarif");
        assertEquals(0, Cli.run("check", "--project", p, "--format", "sarif", "--output", sarif.toString()).exit());
        JsonNode result = new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0).path("results").get(0);
        assertEquals("number-mismatch", result.path("ruleId").asText());
        JsonNode s = result.path("suppressions").get(0);
        assertEquals("external", s.path("kind").asText());
        assertEquals("accepted", s.path("status").asText());
        assertEquals("the author dates it to 2002", s.path("justification").asText());
        assertTrue(s.path("location").path("physicalLocation").path("artifactLocation").path("uri").asText()
                .endsWith("suppressions.tsv"), s.toString());
        assertEquals(0, Cli.run("suppress", "lint", "--project", p, "--fail-on", "warning").exit());

        edit(ru, "Но в 2002 году Путин этот баланс нарушил", "Но в 2003 году Путин этот баланс нарушил");
        Cli.Result back = Cli.run("check", "--project", p);
        assertEquals(1, back.exit(), back.toString());
        assertTrue(back.out().contains("error number-mismatch 5:4: the source has 2020, which the translation lacks; it has"
                + " 2003 instead"), back.toString());
        assertTrue(back.err().contains("1 suppression no longer match"), back.toString());
        Cli.Result lint = Cli.run("suppress", "lint", "--project", p, "--fail-on", "warning");
        assertEquals(1, lint.exit(), lint.toString());
        assertTrue(lint.out().contains("suppressions.tsv:2:1: warning stale-suppression article.xlf 5:4: number-mismatch"
                + " (the author dates it to 2002) no longer matches"), lint.toString());
        assertEquals(0, Cli.run("suppress", "lint", "--project", p).exit(), "stale suppressions are warnings");
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains(from), from);
        Files.writeString(file, xml.replace(from, to), StandardCharsets.UTF_8);
    }
}
