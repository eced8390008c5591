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

import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.testing.PostgresServer;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.xliff.XliffReader;

/**
 * {@code tm import|lookup|stats|export} and {@code pretranslate} on a team's shared memory
 * ({@code memory.url}), against a real PostgreSQL server: the same results as on the embedded
 * memory ({@code TmCommandTest}), and nothing written into the project's {@code memory/} folder.
 */
class TmServerMemoryTest {
    @TempDir
    Path dir;

    private Path project(String url) throws IOException {
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
        Files.writeString(project.resolve("workbench.properties"), "memory.url = " + url + "\n", StandardOpenOption.APPEND);
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
    void importLookupPretranslateExportAndStatsOnTheServer() throws Exception {
        String url = PostgresServer.newDatabase();
        Path p = project(url);
        Path memory = tmx("corpus.tmx", String.join("\n",
                tu("The border is closed.", "Граница закрыта.", null, null),
                tu("Nobody knows why the trains stopped.", "Никто не знает, почему встали поезда.",
                        "The border is closed.", "The border is closed."),
                tu("Talks resume in Vienna next month.", "Переговоры возобновятся в Вене в следующем месяце.", null, null)));
        Cli.Result imp = Cli.run("tm", "import", memory.toString(), "--project", p.toString());
        assertEquals(0, imp.exit(), imp.toString());
        assertTrue(imp.out().matches("(?s)imported 3 units into corpus\\.tmx on postgresql://127\\.0\\.0\\.1:\\d+/\\w+ \\(ru 3\\) in .*"),
                imp.toString());
        assertFalse(Files.exists(p.resolve("memory/corpus.tmx")), "the server keeps the entries, not the project");
        assertFalse(Files.exists(p.resolve("memory/.index")));

        // importing the same file again replaces its entries: still three
        assertEquals(0, Cli.run("tm", "import", memory.toString(), "--project", p.toString()).exit());

        Cli.Result look = Cli.run("tm", "lookup", "Talks resume in Vienna next week.", "--locale", "ru", "--project", p.toString());
        assertEquals(0, look.exit(), look.toString());
        assertTrue(look.out().contains("Переговоры возобновятся в Вене в следующем месяце."), look.toString());
        assertTrue(look.out().contains("differences: Talks resume in Vienna next {+week+} [-month-]\n"), look.toString());
        assertTrue(look.out().contains("1 match of 70% or more among 3 entries"), look.toString());

        Cli.Result stats = Cli.run("tm", "stats", "--project", p.toString());
        assertEquals(0, stats.exit(), stats.toString());
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("\\s*corpus\\.tmx\\s+3 entries")), stats.toString());
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("en → ru\\s+3 entries")), stats.toString());

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

        Path out = dir.resolve("out.tmx");
        Cli.Result exp = Cli.run("tm", "export", "--output", out.toString(), "--project", p.toString());
        assertEquals(0, exp.exit(), exp.toString());
        List<TmxUnit> units = new TmxReader().readAll(out).units();
        assertEquals(3, units.size());
        TmxUnit context = units.stream().filter(u -> u.variants().get(0).segment().plainText().startsWith("Nobody"))
                .findFirst().orElseThrow();
        assertEquals("The border is closed.", context.prop("x-context-prev"));
        assertEquals("20250101T000000Z", context.attribute("changedate"));
        assertFalse(Files.exists(p.resolve("memory/.index")), "no embedded index was made on the way");
    }

    @Test
    void aFileThatIsNotTmxChangesNothingOnTheServer() throws Exception {
        String url = PostgresServer.newDatabase();
        Path p = project(url);
        Path good = tmx("corpus.tmx", tu("The border is closed.", "Граница закрыта.", null, null));
        assertEquals(0, Cli.run("tm", "import", good.toString(), "--project", p.toString()).exit());
        Path broken = tmx("corpus2.tmx", tu("Talks resume.", "Переговоры.", null, null) + "\n<tu><tuv xml:lang=\"en\">");
        Cli.Result r = Cli.run("tm", "import", broken.toString(), "--project", p.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("corpus2.tmx"), r.toString());
        Cli.Result stats = Cli.run("tm", "stats", "--project", p.toString());
        assertTrue(stats.out().lines().anyMatch(l -> l.matches("en → ru\\s+1 entries")), stats.toString());
    }
}
