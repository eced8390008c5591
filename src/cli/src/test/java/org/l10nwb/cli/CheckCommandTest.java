package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import org.l10nwb.core.testing.Shared;

/** The public contract of {@code check} and {@code glossary}: output formats, exit codes, errors. */
class CheckCommandTest {
    private static final String GLOSSARY = Shared.path("terms-devset/glossary.tbx").toString();

    private static Path xliff(Path dir, String lang, String... unitTriples) throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\""
                + " xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"a.txt\" datatype=\"plaintext\""
                + " source-language=\"en\" target-language=\"" + lang + "\"><body>\n");
        for (int i = 0; i < unitTriples.length; i += 3) {
            sb.append("<trans-unit id=\"").append(unitTriples[i]).append("\">\n<source>").append(unitTriples[i + 1])
                    .append("</source>\n");
            if (unitTriples[i + 2] != null) {
                sb.append("<target state=\"translated\">").append(unitTriples[i + 2]).append("</target>\n");
            }
            sb.append("</trans-unit>\n");
        }
        sb.append("</body></file>\n</xliff>\n");
        Path f = dir.resolve(lang + ".xlf");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void cleanTranslationExitsZero(@TempDir Path dir) throws IOException {
        Path x = xliff(dir, "ru", "1", "Shusha and the Zangezur Corridor", "Шуша и Зангезурский коридор",
                "2", "in Shusha", "в Шуше");
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, x.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("1 file, 2 translated units checked: 0 errors, 0 warnings"), r.toString());
    }

    @Test
    void textFindingsNameFileLineColumnSeverityRuleAndUnit(@TempDir Path dir) throws IOException {
        Path x = xliff(dir, "ru", "7", "Karabakh", "в Арцахе", "8", "Putin", null);
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, x.toString());
        assertEquals(1, r.exit(), r.toString());
        List<String> lines = r.out().lines().toList();
        String display = org.l10nwb.core.Paths2.display(org.l10nwb.core.Paths2.forDisplay(x));
        assertTrue(lines.get(0).matches("\\Q" + x + "\\E:6:28: error term-missing 7: .*"), lines.get(0));
        assertTrue(lines.get(1).matches("\\Q" + x + "\\E:6:28: error term-forbidden 7: \u201CАрцахе\u201D is a form of the"
                + " deprecated term \u201CАрцах\u201D \\(concept karabakh\\); use \u201CКарабах\u201D or \u201Cкарабахский\u201D"),
                lines.get(1));
        assertTrue(lines.get(2).matches("\\Q" + x + "\\E:8:20: warning untranslated 8: no translation yet"), lines.get(2));
        assertFalse(display.isEmpty());
        assertEquals(0, Cli.run("check", "--glossary", GLOSSARY, "--fail-on", "never", x.toString()).exit());
        Path clean = xliff(dir, "az", "1", "Putin", "Putin", "2", "Shusha", null);
        assertEquals(0, Cli.run("check", "--glossary", GLOSSARY, clean.toString()).exit());
        assertEquals(1, Cli.run("check", "--glossary", GLOSSARY, "--fail-on", "warning", clean.toString()).exit());
    }

    @Test
    void aLocaleWithoutDictionaryIsNamedOnlyWhenVerbose(@TempDir Path dir) throws IOException {
        Path x = xliff(dir, "az", "1", "Shusha", "Şuşa");
        Cli.Result quiet = Cli.run("check", "--glossary", GLOSSARY, x.toString());
        assertEquals(0, quiet.exit(), quiet.toString());
        assertEquals("", quiet.err(), "a CI log does not repeat what is the same at every run");
        Cli.Result verbose = Cli.run("check", x.toString(), "--glossary", GLOSSARY, "--verbose");
        assertEquals(0, verbose.exit(), verbose.toString());
        assertEquals("workbench: note: spelling: there is no Azerbaijani dictionary; 'az' translations are not"
                + " spell-checked\n", verbose.err(), verbose.toString());
        assertEquals(quiet.out(), verbose.out(), "the report is the same");
    }

    @Test
    void sarifHasOneResultPerFindingWithLocationAndIds(@TempDir Path dir) throws IOException {
        Path x = xliff(dir, "az", "u1", "Aliyev made his move.", "Aliyev öz addımını atdı.");
        Path out = dir.resolve("out/report.sarif");
        Files.createDirectories(out.getParent());
        Cli.Result r = Cli.run("check", x.toString(), "--glossary", GLOSSARY, "--format", "sarif", "--output", out.toString());
        assertEquals(1, r.exit(), r.toString());
        JsonNode sarif = new ObjectMapper().readTree(out.toFile());
        assertEquals("2.1.0", sarif.path("version").asText());
        JsonNode run = sarif.path("runs").get(0);
        assertEquals("l10n-workbench", run.path("tool").path("driver").path("name").asText());
        JsonNode results = run.path("results");
        assertEquals(2, results.size());
        for (JsonNode res : results) {
            assertEquals("u1", res.path("properties").path("unitId").asText());
            assertEquals("aliyev", res.path("properties").path("conceptId").asText());
            assertEquals("error", res.path("level").asText());
            JsonNode loc = res.path("locations").get(0).path("physicalLocation");
            assertTrue(loc.path("artifactLocation").path("uri").asText().endsWith("az.xlf"));
            assertEquals(6, loc.path("region").path("startLine").asInt());
            assertTrue(loc.path("region").path("startColumn").asInt() > 1);
        }
        assertEquals(List.of("term-missing", "term-forbidden"),
                List.of(results.get(0).path("ruleId").asText(), results.get(1).path("ruleId").asText()));
    }

    @Test
    void qualityFindingsAreInEveryFormatWithTheirSegmentAndRuleMetadata(@TempDir Path dir) throws Exception {
        Path x = dir.resolve("ru.xlf");
        Files.writeString(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\""
                + " xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"a.txt\" datatype=\"plaintext\""
                + " source-language=\"en\" target-language=\"ru\"><body>\n<trans-unit id=\"1\">\n"
                + "<source>In 2020, Putin succumbed. Moscow’s response?</source>\n"
                + "<seg-source><mrk mtype=\"seg\" mid=\"1\">In 2020, Putin succumbed.</mrk> <mrk mtype=\"seg\" mid=\"2\">"
                + "Moscow’s response?</mrk></seg-source>\n<target state=\"translated\"><mrk mtype=\"seg\" mid=\"1\">В 2002"
                + " году Путин поддался.</mrk> <mrk mtype=\"seg\" mid=\"2\">Ответ Москвы.</mrk></target>\n</trans-unit>\n"
                + "</body></file>\n</xliff>\n", StandardCharsets.UTF_8);
        Cli.Result text = Cli.run("check", "--glossary", GLOSSARY, x.toString());
        assertEquals(1, text.exit(), text.toString());
        List<String> lines = text.out().lines().toList();
        assertTrue(lines.get(0).matches("\\Q" + x + "\\E:7:\\d+: error number-mismatch 1:1: the source has 2020, which the"
                + " translation lacks; it has 2002 instead"), text.toString());
        assertTrue(lines.get(1).matches("\\Q" + x + "\\E:7:\\d+: warning punctuation-end 1:2: the source ends with a question"
                + " mark, the translation with a full stop"), text.toString());
        int col1 = Integer.parseInt(lines.get(0).split(":")[2]);
        int col2 = Integer.parseInt(lines.get(1).split(":")[2]);
        assertTrue(col2 > col1, "each finding stands at its own segment: " + text.out());

        Path out = dir.resolve("report.sarif");
        assertEquals(1, Cli.run("check", "--glossary", GLOSSARY, "--format", "sarif", "--output", out.toString(),
                x.toString()).exit());
        JsonNode run = new ObjectMapper().readTree(out.toFile()).path("runs").get(0);
        JsonNode result = run.path("results").get(0);
        assertEquals("number-mismatch", result.path("ruleId").asText());
        assertEquals("1", result.path("properties").path("segmentId").asText());
        assertEquals("2020", result.path("properties").path("expected").get(0).asText());
        assertEquals("2002", result.path("properties").path("found").get(0).asText());
        assertEquals(col1, result.path("locations").get(0).path("physicalLocation").path("region").path("startColumn").asInt());
        List<String> ruleIds = new java.util.ArrayList<>();
        for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
            ruleIds.add(rule.path("id").asText());
            assertFalse(rule.path("fullDescription").path("text").asText().isEmpty(), rule.toString());
            assertTrue(rule.path("help").path("text").asText().contains("check.severity." + rule.path("id").asText()),
                    rule.toString());
        }
        assertEquals(List.of("term-missing", "term-forbidden", "inline-codes", "untranslated", "number-mismatch",
                "url-email-mismatch", "punctuation-end", "quote-style", "bracket-mismatch", "spacing", "doubled-word", "spelling",
                "inconsistent-translation", "length-ratio"), ruleIds);
        JsonNode quotes = run.path("tool").path("driver").path("rules").get(ruleIds.indexOf("quote-style"));
        assertEquals("QuoteStyle", quotes.path("name").asText());
        assertEquals("warning", quotes.path("defaultConfiguration").path("level").asText());
        assertEquals("check.quote-style.<locale>", quotes.path("properties").path("parameters").get(0).asText());

        Cli.Result junit = Cli.run("check", "--glossary", GLOSSARY, "--format", "junit", "--fail-on", "warning", x.toString());
        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, doc.getElementsByTagName("failure").getLength(), junit.out());
        assertEquals("punctuation-end", ((org.w3c.dom.Element) doc.getElementsByTagName("failure").item(1)).getAttribute("type"));
    }

    @Test
    void theProjectsXliffLimitAppliesToTheFilesGiven(@TempDir Path dir) throws IOException {
        Path project = Files.createDirectories(dir.resolve("p"));
        Files.writeString(project.resolve("workbench.properties"),
                "source-locale = en\ntarget-locales = ru\ndocuments = a.txt\nlimits.xliff-mb = 1\n", StandardCharsets.UTF_8);
        String[] units = new String[3 * 4000];
        for (int i = 0; i < 4000; i++) {
            units[3 * i] = "u" + i;
            units[3 * i + 1] = "Shusha and the Zangezur Corridor, unit " + i + " of a file larger than one megabyte";
            units[3 * i + 2] = "Шуша и Зангезурский коридор, единица " + i + " файла больше одного мегабайта";
        }
        Path x = xliff(dir, "ru", units);
        assertTrue(Files.size(x) > 1 << 20);
        Cli.Result limited = Cli.run("--project", project.toString(), "check", "--glossary", GLOSSARY, x.toString());
        assertEquals(2, limited.exit(), limited.toString());
        assertTrue(limited.err().contains("the limit is 1 MB"), limited.toString());
        Cli.Result defaults = Cli.run("check", "--glossary", GLOSSARY, "--fail-on", "never", x.toString());
        assertEquals(0, defaults.exit(), defaults.toString());
    }

    @Test
    void aCheckSettingThatCannotBeReadIsABadUsage(@TempDir Path dir) throws IOException {
        Path project = Shared.copyProject(dir);
        Path props = project.resolve("workbench.properties");
        Files.writeString(props, Files.readString(props) + "\ncheck.spacing.before-dash.ru = sometimes\n", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("check", "--project", project.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("check.spacing.before-dash.ru: 'sometimes' is neither nbsp nor any"), r.toString());
    }

    @Test
    void junitHasOneTestCasePerUnit(@TempDir Path dir) throws Exception {
        Path x = xliff(dir, "ka", "1", "Karabakh", "არცახის", "2", "Putin", "პუტინმა", "3", "Moscow", null);
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, "--format", "junit", x.toString());
        assertEquals(1, r.exit(), r.toString());
        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, doc.getElementsByTagName("testcase").getLength());
        assertEquals(2, doc.getElementsByTagName("failure").getLength());
        assertEquals(1, doc.getElementsByTagName("skipped").getLength());
        assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
    }

    @Test
    void badInputIsOneLineAndExitTwoAndWritesNothing(@TempDir Path dir) throws IOException {
        Path x = xliff(dir, "ru", "1", "Shusha", "Шуша");
        Path out = dir.resolve("report.txt");
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE tbx [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><tbx/>";
        String unknownLang = Files.readString(Shared.path("terms-devset/glossary.tbx")).replace("xml:lang=\"ka\"", "xml:lang=\"qq\"");
        String emptyTerm = Files.readString(Shared.path("terms-devset/glossary.tbx")).replace("<term>Шуша</term>", "<term></term>");
        for (String[] c : new String[][] {
                {"<tbx", "not well-formed XML"}, {entity, "declares entities"}, {unknownLang, "unknown language 'qq'"}}) {
            Path g = dir.resolve("bad.tbx");
            Files.writeString(g, c[0], StandardCharsets.UTF_8);
            Cli.Result r = Cli.run("check", "--glossary", g.toString(), "--output", out.toString(), x.toString());
            assertEquals(2, r.exit(), r.toString());
            assertEquals(1, r.errLines(), r.toString());
            assertTrue(r.err().contains("bad.tbx:") && r.err().contains(c[1]), r.toString());
            assertFalse(r.err().contains("at org."), "no stack trace");
            assertFalse(Files.exists(out), "no report written for bad input");
        }
        Path withEmpty = dir.resolve("empty-term.tbx");
        Files.writeString(withEmpty, emptyTerm, StandardCharsets.UTF_8);
        Cli.Result skipped = Cli.run("check", "--glossary", withEmpty.toString(), x.toString());
        assertTrue(skipped.exit() < 2, "an empty term is left out, not a refusal: " + skipped);
        assertTrue(skipped.err().contains("empty-term.tbx:") && skipped.err().contains("warning: ")
                && skipped.err().contains("empty <term>; the term is left out"), skipped.toString());
        assertEquals(2, Cli.run("check", "--glossary", dir.resolve("none.tbx").toString(), x.toString()).exit());
        assertEquals(2, Cli.run("check", "--glossary", GLOSSARY, "--format", "html", x.toString()).exit());
        assertEquals(2, Cli.run("check", "--glossary", GLOSSARY, "--fail-on", "sometimes", x.toString()).exit());
        Path broken = dir.resolve("broken.xlf");
        Files.writeString(broken, "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file>");
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, broken.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("broken.xlf:1:"), r.toString());
    }

    @Test
    void aFolderWithOneBadFileStillGetsItsReportInEveryFormat(@TempDir Path dir) throws Exception {
        Path xdir = Files.createDirectories(dir.resolve("xliff"));
        xliff(xdir, "ru", "7", "Karabakh", "в Арцахе");
        xliff(xdir, "az", "1", "Putin", "Putin");
        Path bad = xdir.resolve("broken.xlf");
        Files.writeString(bad, "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file>");
        String badName = org.l10nwb.core.Paths2.display(bad);

        Cli.Result text = Cli.run("check", "--glossary", GLOSSARY, xdir.toString());
        assertEquals(2, text.exit(), text.toString());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith(badName + ":2:") && l.contains(": error unreadable: ")),
                text.toString());
        assertTrue(text.out().contains("error term-forbidden 7:"), "the readable files are checked: " + text);
        assertTrue(text.out().contains("2 files, 2 translated units checked: 2 errors, 0 warnings; 1 file could not be read"),
                text.toString());
        assertTrue(text.err().contains(badName + ":2:"), text.toString());
        assertFalse(text.err().contains("at org."), "no stack trace");

        Path sarifFile = dir.resolve("report.sarif");
        Cli.Result sarif = Cli.run("check", "--glossary", GLOSSARY, "--format", "sarif", "--output", sarifFile.toString(),
                xdir.toString());
        assertEquals(2, sarif.exit(), sarif.toString());
        JsonNode run = new ObjectMapper().readTree(sarifFile.toFile()).path("runs").get(0);
        JsonNode invocation = run.path("invocations").get(0);
        assertFalse(invocation.path("executionSuccessful").asBoolean(true), invocation.toString());
        JsonNode note = invocation.path("toolExecutionNotifications").get(0);
        assertEquals("error", note.path("level").asText());
        assertTrue(note.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText()
                .endsWith("broken.xlf"), note.toString());
        assertEquals(2, note.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals(2, run.path("results").size(), "the readable files' findings are there too");

        Path junitFile = dir.resolve("report.xml");
        Cli.Result junit = Cli.run("check", "--glossary", GLOSSARY, "--format", "junit", "--output", junitFile.toString(),
                xdir.toString());
        assertEquals(2, junit.exit(), junit.toString());
        byte[] xml = Files.readAllBytes(junitFile);
        assertEquals(List.of(), org.l10nwb.core.report.JUnitSchema.validate(xml), new String(xml, StandardCharsets.UTF_8));
        Document doc = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(junitFile.toFile());
        assertEquals(1, doc.getElementsByTagName("error").getLength());
        assertEquals("1", doc.getDocumentElement().getAttribute("errors"));
        assertEquals(3, doc.getElementsByTagName("testcase").getLength());

        Path clean = Files.createDirectories(dir.resolve("clean"));
        xliff(clean, "az", "1", "Putin", "Putin");
        Files.copy(bad, clean.resolve("broken.xlf"));
        assertEquals(2, Cli.run("check", "--glossary", GLOSSARY, clean.toString()).exit(),
                "clean findings do not hide the unreadable file");
    }

    private static Path xliff2(Path dir, String name, String namespace, String version, String units) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"" + namespace + "\" version=\""
                + version + "\" srcLang=\"en\" trgLang=\"ru\">\n<file id=\"f1\" original=\"a.txt\">\n" + units
                + "</file>\n</xliff>\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void xliff2FilesAreCheckedAndAnInvalidOneIsReportedAmongTheOthers(@TempDir Path dir) throws IOException {
        Path xdir = Files.createDirectories(dir.resolve("x2"));
        String units = "<unit id=\"7\"><segment state=\"translated\"><source>Karabakh</source><target>в Арцахе</target>"
                + "</segment></unit>\n<unit id=\"8\"><segment id=\"s1\" state=\"translated\"><source>Shusha.</source>"
                + "<target>Шуша.</target></segment><ignorable><source> </source></ignorable><segment id=\"s2\">"
                + "<source>Putin <ph id=\"1\"/>spoke.</source></segment></unit>\n";
        xliff2(xdir, "a21.xlf", "urn:oasis:names:tc:xliff:document:2.0", "2.1", units);
        xliff2(xdir, "b22.xlf", "urn:oasis:names:tc:xliff:document:2.2", "2.2", units);
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, xdir.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("a21.xlf:4:75: error term-forbidden 7:"), r.toString());
        assertTrue(r.out().contains("b22.xlf:4:75: error term-forbidden 7:"), r.toString());
        assertTrue(r.out().contains("untranslated 8: 1 of 2 segments have no translation yet"), r.toString());
        assertTrue(r.out().contains("2 files, 4 translated units checked"), r.toString());

        xliff2(xdir, "c-bad.xlf", "urn:oasis:names:tc:xliff:document:2.0", "2.1",
                "<unit id=\"1\"><segment><source>a</source></segment></unit><unit id=\"1\"><segment><source>b</source>"
                        + "</segment></unit>\n");
        Cli.Result bad = Cli.run("check", "--glossary", GLOSSARY, xdir.toString());
        assertEquals(2, bad.exit(), bad.toString());
        assertTrue(bad.out().lines().anyMatch(l -> l.contains("c-bad.xlf") && l.contains("error unreadable: not valid XLIFF 2")),
                bad.toString());
        assertTrue(bad.out().contains("a21.xlf:4:75: error term-forbidden 7:"), "the others are still checked: " + bad);
    }

    @Test
    void severalGlossariesAndFolders(@TempDir Path dir) throws IOException {
        Path xdir = Files.createDirectories(dir.resolve("xliff"));
        xliff(xdir, "ru", "1", "the Kremlin and Shusha", "Кремль и Шуша");
        Path extra = dir.resolve("extra.tbx");
        Files.writeString(extra, "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"
                + "<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>"
                + "<conceptEntry id=\"kremlin\"><langSec xml:lang=\"en\"><termSec><term>Kremlin</term></termSec></langSec>"
                + "<langSec xml:lang=\"ru\"><termSec><term>Кремль</term><termNote type=\"grammaticalGender\">masculine"
                + "</termNote></termSec></langSec></conceptEntry></body></text></tbx>", StandardCharsets.UTF_8);
        Cli.Result ok = Cli.run("check", "--glossary", GLOSSARY, "--glossary", extra.toString(), xdir.toString());
        assertEquals(0, ok.exit(), ok.toString());
        Files.writeString(xdir.resolve("ru.xlf"), Files.readString(xdir.resolve("ru.xlf")).replace("Кремль", "Кремлин"));
        Cli.Result bad = Cli.run("check", "--glossary", GLOSSARY, "--glossary", extra.toString(), xdir.toString());
        assertEquals(1, bad.exit(), bad.toString());
        assertTrue(bad.out().contains("term-missing 1: \u201CKremlin\u201D (concept kremlin)"), bad.toString());
    }

    @Test
    void lintReportsTheShushiCollision() {
        Cli.Result r = Cli.run("glossary", "lint", "--glossary", GLOSSARY, "--locale", "ru,ka,az");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("warning forbidden-collision shusha: ru deprecated \u201CШуши\u201D is also an inflected"
                + " form of preferred \u201CШуша\u201D"), r.toString());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("glossary.tbx:11:")), r.toString());
        assertEquals(1, Cli.run("glossary", "lint", "--glossary", GLOSSARY, "--locale", "ru", "--fail-on", "warning").exit());
        Cli.Result de = Cli.run("glossary", "lint", "--glossary", GLOSSARY, "--locale", "de");
        assertTrue(de.out().contains("missing-language shusha: no de term"), de.toString());
    }

    @Test
    void lintOverEveryLtacGoodAndBadFile() throws IOException {
        Path dir = Shared.path("conformance/ltac-tbx/TBX_test_files");
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".tbx")).sorted().toList();
        }
        assertEquals(7, files.size());
        for (Path f : files) {
            String name = f.getFileName().toString();
            Cli.Result r = Cli.run("glossary", "lint", "--glossary", f.toString(), "--locale", "en");
            if (name.endsWith("_good.tbx")) {
                assertFalse(r.out().contains(": error "), r.toString());
                assertTrue(r.exit() == 0, name + ": " + r);
            } else if (name.equals("poorly_formed_xml.tbx")) {
                assertEquals(2, r.exit(), r.toString());
                assertTrue(r.err().matches("(?s)\\Q" + f + "\\E:\\d+:\\d+: not well-formed XML.*"), r.toString());
            } else {
                assertTrue(r.exit() >= 1, name + ": " + r);
                List<String> errors = r.out().lines().filter(l -> l.contains(": error tbx-")).toList();
                assertFalse(errors.isEmpty(), name + ": " + r);
                assertTrue(errors.stream().allMatch(l -> l.startsWith(f + ":") && l.matches("[^ ]+:\\d+:\\d+: error .*")),
                        errors.toString());
            }
        }
        Path sdl = Shared.path("conformance/okapi/tbx/sdl_tbx.tbx");
        Cli.Result r = Cli.run("glossary", "lint", "--glossary", sdl.toString(), "--locale", "en");
        assertTrue(r.exit() < 2, "empty terms are warnings, not a refusal: " + r);
        assertTrue(r.out().contains(sdl + ":274:36: warning empty-term -: empty <term>; the term is left out"), r.toString());
    }

    @Test
    void importThenExportThenCheck(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("policy.csv");
        Files.writeString(csv, "id,en,ru,ru:deprecated,ru:note\nkhankendi,Khankendi,Ханкенди,Степанакерт,"
                + "\"Official name since 2023\"\n", StandardCharsets.UTF_8);
        Path tbx = dir.resolve("policy.tbx");
        Cli.Result imp = Cli.run("glossary", "import", csv.toString(), "--output", tbx.toString());
        assertEquals(0, imp.exit(), imp.toString());
        assertTrue(Files.exists(tbx), imp.toString());
        Path all = dir.resolve("all.tbx");
        assertEquals(0, Cli.run("glossary", "export", "--glossary", tbx.toString(), "--glossary", GLOSSARY,
                "--output", all.toString()).exit());
        Path x = xliff(dir, "ru", "1", "Khankendi", "из Степанакерта");
        Cli.Result r = Cli.run("check", "--glossary", all.toString(), x.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("\u201CСтепанакерта\u201D is a form of the deprecated term \u201CСтепанакерт\u201D"
                + " (concept khankendi); use \u201CХанкенди\u201D (Official name since 2023)"), r.toString());
    }

    @Test
    void outsideAProjectWithoutGlossaryIsAUsageError(@TempDir Path dir) throws IOException {
        Path x = xliff(dir, "ru", "1", "a", "b");
        Cli.Result r = Cli.run("check", "--project", dir.toString(), x.toString());
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.errLines(), r.toString());
    }
}
