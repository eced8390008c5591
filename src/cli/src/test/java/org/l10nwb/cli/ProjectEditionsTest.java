package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.Shared;

/**
 * The repository's own project, as CI sees it: every edition passes the glossary check and the
 * quality checks, and a Russian translation that loses an approved name or gains a forbidden one
 * fails it, naming the file, the unit and the concept; one that changes a year fails it, naming the
 * segment; one that loses a no-break space is warned about.
 */
class ProjectEditionsTest {
    private static final Path ROOT = Shared.projectRoot();
    private static final String GLOSSARY = ROOT.resolve("glossary").toString();

    @Test
    void theProjectPassesTheGlossaryCheck() {
        Cli.Result r = Cli.run("check", "--project", ROOT.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().startsWith("3 files, ") && r.out().contains(" translated units checked: 0 errors, 0 warnings"),
                r.toString());
    }

    @Test
    void aForbiddenNameInARussianSegmentFailsTheCheck(@TempDir Path dir) throws IOException {
        Path copy = russianCopy(dir, "отбить ключевой город Шушу", "отбить ключевой город у Степанакерта");
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, copy.toString());
        assertEquals(1, r.exit(), r.toString());
        List<String> lines = r.out().lines().filter(l -> l.contains(": error ")).toList();
        assertEquals(2, lines.size(), r.toString());
        // located at the segment that holds them (5:2 starts at line 28, column 233), not at the unit's target
        assertTrue(lines.get(0).contains("article.xlf:28:233: error term-missing 5:2: “Shusha”"
                + " (concept shusha)"), lines.get(0));
        assertTrue(lines.get(1).contains("article.xlf:28:233: error term-forbidden 5:2: “Степанакерта” is a form of the"
                + " deprecated term “Степанакерт” (concept khankendi); use “Ханкенди”"), lines.get(1));
    }

    @Test
    void aRussianSegmentThatDropsAnApprovedNameFailsTheCheck(@TempDir Path dir) throws IOException {
        Path copy = russianCopy(dir, "Зангезурский коридор, новые попытки", "новые попытки");
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, "--format", "sarif", copy.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("\"ruleId\" : \"term-missing\""), r.out());
        assertTrue(r.out().contains("\"unitId\" : \"10\""), r.out());
        assertTrue(r.out().contains("\"conceptId\" : \"zangezur-corridor\""), r.out());
    }

    @Test
    void aChangedYearFailsTheCheckAtItsSegment(@TempDir Path dir) throws IOException {
        Path copy = russianCopy(dir, "Но в 2020 году Путин этот баланс нарушил", "Но в 2002 году Путин этот баланс нарушил");
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, copy.toString());
        assertEquals(1, r.exit(), r.toString());
        List<String> lines = r.out().lines().filter(l -> l.contains(": error ")).toList();
        assertEquals(1, lines.size(), r.toString());
        assertTrue(lines.get(0).matches(".*article\\.xlf:28:\\d+: error number-mismatch 5:4: the source has 2020, which the"
                + " translation lacks; it has 2002 instead"), lines.get(0));
    }

    @Test
    void anOrdinarySpaceBeforeARussianDashIsAWarning(@TempDir Path dir) throws IOException {
        Path copy = russianCopy(dir, "Погибли десятки человек\u00A0— полагались", "Погибли десятки человек — полагались");
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, copy.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains(": warning spacing 12:2: an em dash follows an ordinary space, where ru puts a no-break"
                + " space (U+00A0): …десятки человек␣— полагались бы…"), r.toString());
        assertEquals(1, Cli.run("check", "--glossary", GLOSSARY, "--fail-on", "warning", copy.toString()).exit());
    }

    /** The project's Russian XLIFF with one phrase replaced, in a folder of its own. */
    private static Path russianCopy(Path dir, String phrase, String replacement) throws IOException {
        String xml = Files.readString(ROOT.resolve("locales/ru/article.xlf"), StandardCharsets.UTF_8);
        assertTrue(xml.contains(phrase), "the Russian translation no longer says: " + phrase);
        String changed = xml.replace(phrase, replacement);
        assertNotEquals(xml, changed);
        Path copy = dir.resolve("article.xlf");
        Files.writeString(copy, changed, StandardCharsets.UTF_8);
        return copy;
    }
}
