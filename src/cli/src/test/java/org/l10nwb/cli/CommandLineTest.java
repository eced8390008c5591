package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.ByteDiff;
import org.l10nwb.core.testing.Shared;

/** The one-shot command line: outputs, exit codes, and one-line errors that write nothing. */
class CommandLineTest {
    @TempDir
    Path tmp;

    private Path newProject() {
        Path dir = tmp.resolve("proj");
        Cli.Result r = Cli.run("init", dir.toString(), "--source", Shared.path("source-article.en.txt").toString(),
                "--targets", "ka,ru,az", "--name", "article");
        assertEquals(0, r.exit(), r.toString());
        return dir;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void extractStatsAndBuildAFreshProject() throws IOException {
        Path dir = newProject();
        Cli.Result extract = Cli.run("extract", "--project", dir.toString());
        assertEquals(0, extract.exit(), extract.toString());
        assertTrue(extract.out().contains("locales/ru/article.xlf: created, 20 units, 58 segments"), extract.out());

        Cli.Result again = Cli.run("extract", "--project", dir.toString());
        assertTrue(again.out().contains("locales/ka/article.xlf: unchanged"), again.out());

        Cli.Result stats = Cli.run("stats", "--project", dir.toString());
        assertEquals(0, stats.exit(), stats.toString());
        assertTrue(stats.out().lines().anyMatch(l -> l.startsWith("ru") && l.contains("58/1010 100%")), stats.out());

        Cli.Result refused = Cli.run("build", "ru", "--project", dir.toString());
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("58 of 58 segments untranslated"), refused.err());
        assertFalse(Files.exists(dir.resolve("locales/ru/article.txt")), "no edition written");

        Cli.Result built = Cli.run("build", "--locale", "ru", "--allow-untranslated", "--project", dir.toString());
        assertEquals(0, built.exit(), built.toString());
        ByteDiff.assertSameBytes("untranslated edition", Files.readAllBytes(Shared.path("source-article.en.txt")),
                Files.readAllBytes(dir.resolve("locales/ru/article.txt")));
    }

    @Test
    void reExtractKeepsTranslationsAndReportsChanges() throws IOException {
        Path dir = newProject();
        Cli.run("extract", "--project", dir.toString());
        Path xlf = dir.resolve("locales/ru/article.xlf");
        String xml = Files.readString(xlf);
        // translate the last unit (the byline) by hand, as a translator's tool would
        String byline = "<mrk mid=\"1\" mtype=\"seg\">Op-Ed by Beka Kobakhidze, Professor of Modern History at Tbilisi State University</mrk></seg-source>";
        assertTrue(xml.contains(byline));
        xml = xml.replace(byline, byline + "\n    <target xml:lang=\"ru\" state=\"translated\"><mrk mid=\"1\" mtype=\"seg\">"
                + "Колонка Беки Кобахидзе, профессора новой истории Тбилисского государственного университета</mrk></target>");
        Files.writeString(xlf, xml);
        Path source = dir.resolve("locales/en/article.txt");
        String text = Files.readString(source).replace("That coup never came.", "That coup never happened.")
                .replace("Op-Ed by", "Opinion by");
        Files.writeString(source, text + "\nA new closing line.");
        Cli.Result r = Cli.run("extract", "--locale", "ru", "--project", dir.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("1 added, 2 changed, 0 removed, 56 unchanged"), r.out());
        assertTrue(r.out().contains("~ unit 20: \"Op-Ed by"), r.out());
        String updated = Files.readString(xlf);
        assertTrue(updated.contains("state=\"needs-review-translation\"><mrk mid=\"1\" mtype=\"seg\">Колонка Беки"), updated);
        assertTrue(updated.contains("<trans-unit id=\"21\""), "the new paragraph gets the next id");
    }

    @Test
    void missingSourceFileIsOneLineExitTwoAndWritesNothing() throws IOException {
        Path dir = tmp.resolve("p");
        Cli.Result r = Cli.run("init", dir.toString(), "--source", tmp.resolve("nope.txt").toString(), "--targets", "ru");
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.errLines(), r.toString());
        assertTrue(r.err().contains("nope.txt: no such file"), r.err());
        assertFalse(Files.exists(dir));
    }

    @Test
    void nonUtf8SourceIsRefusedWithItsLine() throws IOException {
        Path latin1 = tmp.resolve("latin1.txt");
        Files.write(latin1, "First line.\nCaf\u00e9 au lait.\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result r = Cli.run("init", tmp.resolve("p").toString(), "--source", latin1.toString(), "--targets", "ru");
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.errLines(), r.toString());
        assertTrue(r.err().contains("latin1.txt:2:4: not valid UTF-8"), r.err());
        assertFalse(Files.exists(tmp.resolve("p")));
    }

    @Test
    void malformedXliffStopsTheBuildAndNothingIsWritten() throws IOException {
        Path dir = newProject();
        Cli.run("extract", "--project", dir.toString());
        Path xlf = dir.resolve("locales/ka/article.xlf");
        Files.writeString(xlf, Files.readString(xlf).replace("</body>", "</bod>"));
        List<Path> before = files(dir);
        Cli.Result r = Cli.run("build", "--allow-untranslated", "--project", dir.toString());
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.errLines(), r.toString());
        assertTrue(r.err().matches("(?s).*locales/ka/article\\.xlf:\\d+:\\d+: not well-formed XML: .*"), r.err());
        assertEquals(before, files(dir), "no edition of any locale was written");
    }

    @Test
    void hostileXliffWithExternalEntityIsRefused() throws IOException {
        Path dir = newProject();
        Cli.run("extract", "--project", dir.toString());
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Path xlf = dir.resolve("locales/ru/article.xlf");
        Files.writeString(xlf, Files.readString(xlf).replace("<xliff ", "<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<xliff ").replace("Despite my", "&xxe; Despite my"));
        Cli.Result r = Cli.run("stats", "--project", dir.toString());
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.errLines(), r.toString());
        assertTrue(r.err().contains("locales/ru/article.xlf:2:") && r.err().contains("DOCTYPE"), r.err());
        assertFalse(r.out().contains("TOP SECRET") || r.err().contains("TOP SECRET"));
    }

    @Test
    void usageErrorsAreExitTwoWithoutStackTraces() throws IOException {
        Path dir = newProject();
        for (String[] args : List.of(
                new String[] {"stats", "--locale", "xx", "--project", dir.toString()},
                new String[] {"stats", "--locale", "de", "--project", dir.toString()},
                new String[] {"frobnicate"},
                new String[] {"extract", "--no-such-option", "--project", dir.toString()},
                new String[] {"stats", "--project", tmp.resolve("not-a-project").toString()},
                new String[] {"init", tmp.resolve("q").toString(), "--source", "x.txt", "--targets", "zz"})) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.exit(), String.join(" ", args) + "\n" + r);
            assertEquals(1, r.errLines(), String.join(" ", args) + "\n" + r);
            assertFalse(r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        Path dir = newProject();
        Cli.Result r = Cli.run("stats", "--locale", "xx", "--debug", "--project", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("\tat "), r.err());
    }
}
