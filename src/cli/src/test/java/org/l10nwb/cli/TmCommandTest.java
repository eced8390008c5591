package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.testing.PostgresServer;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.xliff.XliffReader;

/**
 * {@code tm import|export|lookup|stats}, {@code pretranslate}, and confirmed translations entering
 * the memory. The commands common to both memories run on each: the embedded one (TMX files in the
 * project's {@code memory/} folder and their Lucene index) and a team's shared memory
 * ({@code memory.url}) on a real PostgreSQL server, which writes nothing into {@code memory/}.
 */
class TmCommandTest {
    /** Where a project's memory is, and how each tells of what it holds. */
    enum Memory {
        EMBEDDED("\\S*memory/corpus\\.tmx", "[0-9,]+ bytes", ", index [0-9,]+ bytes"),
        POSTGRESQL("corpus\\.tmx on postgresql://127\\.0\\.0\\.1:\\d+/\\w+", "3 entries", "");

        /** What {@code tm import} names as where the units went. */
        final String importedInto;
        /** What {@code tm stats} says of the imported file of three units. */
        final String fileStats;
        /** What {@code tm stats} adds after a language pair's entries. */
        final String pairStats;

        Memory(String importedInto, String fileStats, String pairStats) {
            this.importedInto = importedInto;
            this.fileStats = fileStats;
            this.pairStats = pairStats;
        }

        /** Points the project at a new database of the test server (the embedded memory needs nothing). */
        void configure(Path project) throws IOException, InterruptedException {
            if (this == POSTGRESQL) {
                Files.writeString(project.resolve("workbench.properties"), "memory.url = " + PostgresServer.newDatabase() + "\n",
                        StandardOpenOption.APPEND);
            }
        }

        boolean entries(Cli.Result stats, int n) {
            return stats.out().lines().anyMatch(l -> l.matches("en → ru\\s+" + n + " entries" + pairStats));
        }
    }

    @TempDir
    Path dir;

    private Path project(Memory memory) throws IOException, InterruptedException {
        Path p = project();
        memory.configure(p);
        return p;
    }

    private Path project() throws IOException {
        Path source = dir.resolve("article.txt");
        Files.writeString(source, """
                The border is closed.
                Nobody knows why the trains stopped.
                The border is closed.
                Talks resume in Vienna next week.
                A new sentence nobody has translated.
                """, StandardCharsets.UTF_8);
        Path project = dir.resolve("p");
        Cli.Result r = Cli.run("init", project.toString(), "--source", source.toString(), "--targets", "ru");
        assertEquals(0, r.exit(), r.toString());
        assertEquals(0, Cli.run("extract", "--project", project.toString()).exit());
        return project;
    }

    private Path tmx(String name, String body) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en-US\""
                + " segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" datatype=\"plaintext\" creationtool=\"t\""
                + " creationtoolversion=\"1\"/>\n<body>\n" + body + "\n</body></tmx>\n", StandardCharsets.UTF_8);
        return f;
    }

    private static String tu(String en, String ru, String prev, String next) {
        return "<tu changedate=\"20250101T000000Z\">" + (prev == null ? "" : "<prop type=\"x-context-prev\">" + prev + "</prop>")
                + (next == null ? "" : "<prop type=\"x-context-next\">" + next + "</prop>")
                + "<tuv xml:lang=\"en-US\"><seg>" + en + "</seg></tuv><tuv xml:lang=\"ru-RU\"><seg>" + ru + "</seg></tuv></tu>";
    }

    private static boolean band(Cli.Result r, String band, int segments) {
        return r.out().lines().anyMatch(l -> l.matches("\\s*\\Q" + band + "\\E\\s+" + segments + " segments .*"));
    }

    private static TransUnit unit(Path xliff, String id) {
        return new XliffReader().read(xliff).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void lookupMarksAMatchWhoseTranslationHasAForbiddenTerm() throws IOException {
        Path p = org.l10nwb.core.testing.Shared.copyProject(dir);
        Path memory = tmx("old.tmx", String.join("\n",
                tu("Khankendi waited for news.", "Степанакерт ждал новостей.", null, null),
                tu("Khankendi waited for the news.", "Ханкенди ждал новостей.", null, null)));
        assertEquals(0, Cli.run("tm", "import", memory.toString(), "--project", p.toString()).exit());
        Cli.Result look = Cli.run("tm", "lookup", "Khankendi waited for news.", "--locale", "ru", "--project", p.toString());
        assertEquals(0, look.exit(), look.toString());
        List<String> lines = look.out().lines().toList();
        int bad = lines.indexOf("      Степанакерт ждал новостей.");
        assertTrue(bad > 0, look.toString());
        assertTrue(lines.subList(bad, Math.min(bad + 4, lines.size())).contains("      contains the forbidden term Степанакерт"),
                look.toString());
        int good = lines.indexOf("      Ханкенди ждал новостей.");
        assertTrue(good > 0, look.toString());
        assertFalse(lines.subList(good, Math.min(good + 4, lines.size())).stream().anyMatch(l -> l.contains("forbidden")),
                "the clean match is not marked: " + look);
    }

    @ParameterizedTest
    @EnumSource(Memory.class)
    void importLookupPretranslateExportAndStats(Memory memory) throws Exception {
        Path p = project(memory);
        Path corpus = tmx("corpus.tmx", String.join("\n",
                tu("The border is closed.", "Граница закрыта.", null, null),
                tu("Nobody knows why the trains stopped.", "Никто не знает, почему встали поезда.",
                        "The border is closed.", "The border is closed."),
                tu("Talks resume in Vienna next month.", "Переговоры возобновятся в Вене в следующем месяце.", null, null)));
        Cli.Result imp = Cli.run("tm", "import", corpus.toString(), "--project", p.toString());
        assertEquals(0, imp.exit(), imp.toString());
        assertTrue(imp.out().matches("(?s)imported 3 units into " + memory.importedInto + " \\(ru 3\\) in .*"), imp.toString());
        if (memory == Memory.EMBEDDED) {
            assertTrue(Files.exists(p.resolve("memory/corpus.tmx")));
            assertTrue(Files.isDirectory(p.resolve("memory/.index/en-ru")));
        } else {
            assertFalse(Files.exists(p.resolve("memory/corpus.tmx")), "the server keeps the entries, not the project");
            assertFalse(Files.exists(p.resolve("memory/.index")));
            // importing the same file again replaces its entries: still three
            assertEquals(0, Cli.run("tm", "import", corpus.toString(), "--project", p.toString()).exit());
        }

        Cli.Result look = Cli.run("tm", "lookup", "Talks resume in Vienna next week.", "--locale", "ru", "--project", p.toString());
        assertEquals(0, look.exit(), look.toString());
        assertTrue(look.out().contains("Переговоры возобновятся в Вене в следующем месяце."), look.toString());
        assertTrue(look.out().contains("differences: Talks resume in Vienna next {+week+} [-month-]\n"), look.toString());
        assertTrue(look.out().contains("1 match of 70% or more among 3 entries"), look.toString());

        Cli.Result stats = Cli.run("tm", "stats", "--project", p.toString());
        assertEquals(0, stats.exit(), stats.toString());
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("\\s*corpus\\.tmx\\s+" + memory.fileStats)), stats.toString());
        assertTrue(memory.entries(stats, 3), stats.toString());

        Cli.Result pre = Cli.run("pretranslate", "ru", "--project", p.toString());
        assertEquals(0, pre.exit(), pre.toString());
        assertTrue(pre.out().contains("filled 3 segments in 3 units"), pre.toString());
        assertTrue(band(pre, "in-context", 1), pre.toString());
        assertTrue(band(pre, "100%", 2), pre.toString());
        assertTrue(band(pre, "75-84%", 1), pre.toString());
        assertTrue(band(pre, "no match", 1), pre.toString());
        Path xlf = p.resolve("locales/ru/article.xlf");
        TransUnit inContext = unit(xlf, "2");
        assertEquals(TargetState.TRANSLATED, inContext.state());
        assertEquals("exact-match", inContext.stateQualifier());
        assertEquals("Никто не знает, почему встали поезда.", inContext.target().plainText());
        TransUnit exact = unit(xlf, "1");
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, exact.state());
        assertEquals("leveraged-tm", exact.stateQualifier());
        assertFalse(unit(xlf, "4").hasTarget());
        assertTrue(Files.readString(xlf).contains("state-qualifier=\"leveraged-tm\""));
        // Run again: filled units are not touched twice.
        Cli.Result again = Cli.run("pretranslate", "ru", "--project", p.toString());
        assertTrue(again.out().contains("filled 0 segments"), again.toString());

        Path out = dir.resolve("out.tmx");
        Cli.Result exp = Cli.run("tm", "export", "--output", out.toString(), "--project", p.toString());
        assertEquals(0, exp.exit(), exp.toString());
        List<TmxUnit> units = new TmxReader().readAll(out).units();
        assertEquals(3, units.size());
        TmxUnit context = units.stream().filter(u -> u.variants().get(0).segment().plainText().startsWith("Nobody"))
                .findFirst().orElseThrow();
        assertEquals("The border is closed.", context.prop("x-context-prev"));
        assertEquals("20250101T000000Z", context.attribute("changedate"));
        if (memory == Memory.POSTGRESQL) {
            assertFalse(Files.exists(p.resolve("memory/.index")), "no embedded index was made on the way");
        }
    }

    @Test
    void aMemoryBetweenVariantsOfOneLanguageImportsIntoAProjectOfThoseVariants() throws IOException {
        Path source = dir.resolve("article.txt");
        Files.writeString(source, "The colour of the theatre.\nA programme for the centre.\n", StandardCharsets.UTF_8);
        Path p = dir.resolve("gb");
        Cli.Result init = Cli.run("init", p.toString(), "--source", source.toString(), "--source-locale", "en-US",
                "--targets", "en-GB");
        assertEquals(0, init.exit(), init.toString());
        assertEquals(0, Cli.run("extract", "--project", p.toString()).exit());
        Path f = dir.resolve("us-gb.tmx");
        Files.writeString(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en-US\""
                + " segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" datatype=\"plaintext\" creationtool=\"t\""
                + " creationtoolversion=\"1\"/>\n<body>\n"
                + "<tu><tuv xml:lang=\"en-US\"><seg>The color of the theater.</seg></tuv>"
                + "<tuv xml:lang=\"en-GB\"><seg>The colour of the theatre.</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"en-us\"><seg>A program for the center.</seg></tuv>"
                + "<tuv xml:lang=\"en-gb\"><seg>A programme for the centre.</seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>Программа для центра.</seg></tuv></tu>\n"
                + "</body></tmx>\n", StandardCharsets.UTF_8);
        Cli.Result imp = Cli.run("tm", "import", f.toString(), "--project", p.toString());
        assertEquals(0, imp.exit(), imp.toString());
        assertTrue(imp.out().contains("(en-gb 2, ru 1)"), imp.toString());
        assertTrue(Files.isDirectory(p.resolve("memory/.index/en-en-gb")), imp.toString());

        Cli.Result look = Cli.run("tm", "lookup", "The color of the theater.", "--locale", "en-GB", "--project", p.toString());
        assertEquals(0, look.exit(), look.toString());
        assertTrue(look.out().contains("The colour of the theatre."), look.toString());
        assertFalse(look.out().contains("The color of the theater.\n  100%"), "the source is not its own translation");

        Path out = dir.resolve("gb-out.tmx");
        assertEquals(0, Cli.run("tm", "export", "--locale", "en-GB", "--output", out.toString(), "--project", p.toString())
                .exit());
        var exported = new TmxReader().readAll(out).units();
        assertEquals(2, exported.size());
        assertEquals(2, exported.get(1).variants().size(), "the source and the en-GB variant, not the Russian one");
    }

    @ParameterizedTest
    @EnumSource(Memory.class)
    void badTmxIsOneLineExitTwoAndNothingImported(Memory memory) throws Exception {
        Path p = project(memory);
        Path good = tmx("corpus.tmx", tu("The border is closed.", "Граница закрыта.", null, null));
        assertEquals(0, Cli.run("tm", "import", good.toString(), "--project", p.toString()).exit());
        Path bad = tmx("bad.tmx", tu("One.", "Один.", null, null) + "\n<tu><tuv xml:lang=\"en\"><seg>x</tuv></tu>");
        Cli.Result r = Cli.run("tm", "import", bad.toString(), "--project", p.toString());
        assertEquals(2, r.exit(), r.toString());
        assertEquals(1, r.errLines(), r.toString());
        assertTrue(r.err().startsWith(bad + ":5:"), r.toString());
        assertFalse(Files.exists(p.resolve("memory/bad.tmx")));
        Path lang = tmx("lang.tmx", "<tu><tuv xml:lang=\"en\"><seg>x</seg></tuv><tuv xml:lang=\"zz\"><seg>y</seg></tuv></tu>");
        Cli.Result l = Cli.run("tm", "import", lang.toString(), "--project", p.toString());
        assertEquals(2, l.exit(), l.toString());
        assertTrue(l.err().contains("unknown language 'zz'"), l.toString());
        Cli.Result stats = Cli.run("tm", "stats", "--project", p.toString());
        assertTrue(memory.entries(stats, 1), stats.toString());
    }

    @Test
    void theShellShowsMemoryMatchesAndConfirmedTranslationsEnterTheMemory() throws IOException {
        Path p = project();
        Path memory = tmx("corpus.tmx", tu("Talks resume in Vienna next month.", "Переговоры возобновятся в Вене в следующем месяце.",
                null, null));
        assertEquals(0, Cli.run("tm", "import", memory.toString(), "--project", p.toString()).exit());
        Path script = dir.resolve("s.txt");
        Files.writeString(script, String.join("\n", "open ru", "goto 4", "goto 5",
                "t Новое предложение, которое никто не переводил.", "confirm", ""), StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("--project", p.toString(), "script", script.toString());
        assertEquals(0, r.exit(), r.toString());
        String atFour = r.out().substring(r.out().indexOf("4:1"));
        assertTrue(atFour.contains("83%") && atFour.contains("Переговоры возобновятся в Вене в следующем месяце."), r.toString());
        assertTrue(r.out().contains("memory"), r.toString());
        assertTrue(Files.exists(p.resolve("memory/confirmed-ru.tmx")), r.toString());
        Cli.Result look = Cli.run("tm", "lookup", "A new sentence nobody translated.", "--locale", "ru", "--project", p.toString());
        assertTrue(look.out().contains("Новое предложение, которое никто не переводил."), look.toString());
        assertTrue(look.out().contains("locales/ru/article.xlf#5:1"), look.toString());
        List<String> lines = Files.readAllLines(p.resolve("memory/confirmed-ru.tmx"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("x-context-prev")), String.join("\n", lines));
    }

    @Test
    void pretranslateFillsTheEmptySegmentsOfAUnitTranslatedHalfway() throws IOException {
        Path source = Files.createDirectories(dir.resolve("half-source")).resolve("article.txt");
        Files.writeString(source, "The border is closed. Nobody knows why the trains stopped.\n", StandardCharsets.UTF_8);
        Path p = dir.resolve("half");
        assertEquals(0, Cli.run("init", p.toString(), "--source", source.toString(), "--targets", "ru").exit());
        assertEquals(0, Cli.run("extract", "--project", p.toString()).exit());
        Path script = dir.resolve("s.txt");
        Files.writeString(script, "open ru\ngoto 1:1\nt Граница закрыта.\n", StandardCharsets.UTF_8);
        Cli.Result typed = Cli.run("--project", p.toString(), "script", script.toString());
        assertTrue(typed.out().contains("translated 1:1 as a draft (saved)"), typed.toString());
        Path memory = tmx("half.tmx", tu("Nobody knows why the trains stopped.", "Никто не знает, почему встали поезда.",
                null, null));
        assertEquals(0, Cli.run("tm", "import", memory.toString(), "--project", p.toString()).exit());

        Cli.Result pre = Cli.run("pretranslate", "--project", p.toString());
        assertEquals(0, pre.exit(), pre.toString());
        assertTrue(pre.out().contains("filled 1 segment in 1 unit; 1 segment already translated"), pre.toString());
        assertTrue(band(pre, "100%", 1), pre.toString());
        TransUnit u = unit(p.resolve("locales/ru/article.xlf"), "1");
        assertEquals("Граница закрыта.", u.targetSegment("1").plainText(), "the translator's segment is kept");
        assertEquals("Никто не знает, почему встали поезда.", u.targetSegment("2").plainText());
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, u.state());
    }
}
