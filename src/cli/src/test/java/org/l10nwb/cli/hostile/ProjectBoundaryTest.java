package org.l10nwb.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.cli.Cli;
import org.l10nwb.cli.ExitStatus;
import org.l10nwb.core.testing.Shared;

/**
 * {@code build}, {@code extract} and {@code init} never write outside the project, through a
 * symbolic link or a name, and never read a file outside it through a link; a project that opts
 * in with {@code paths.allow-outside = true} may have links that lead out.
 */
class ProjectBoundaryTest {
    private static final String SECRET = "SECRET-TOKEN-4242 of the machine, never to be copied";

    @TempDir
    Path tmp;
    private Path project;
    private Path outside;
    private Path secret;

    @BeforeEach
    void setUp() throws IOException {
        project = Shared.copyProject(tmp);
        outside = Files.createDirectories(tmp.resolve("outside"));
        secret = Files.writeString(outside.resolve("secret.txt"), SECRET + ".\n", StandardCharsets.UTF_8);
    }

    private Cli.Result run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--project", project.toString())).toArray(String[]::new);
        return Cli.run(all);
    }

    private static void assertRefused(Cli.Result r, String named) {
        assertEquals(ExitStatus.USAGE, r.exit(), r.toString());
        assertEquals(1, r.errLines(), r.toString());
        assertTrue(r.err().contains(named), r.toString());
        assertTrue(r.err().contains("leads outside the project"), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
    }

    private void assertSecretNowhere(Cli.Result r) throws IOException {
        assertFalse(r.out().contains("SECRET-TOKEN") || r.err().contains("SECRET-TOKEN"), r.toString());
        try (Stream<Path> files = Files.walk(project)) {
            for (Path f : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).contains("SECRET-TOKEN"), f.toString());
            }
        }
    }

    @Test
    void aSourceDocumentLinkedToAFileOutsideIsNeitherExtractedNorBuilt() throws IOException {
        Path source = project.resolve("locales/en/article.txt");
        Files.delete(source);
        Files.createSymbolicLink(source, secret);
        Map<String, String> before = Trees.snapshot(tmp);

        Cli.Result extract = run("extract");
        assertRefused(extract, "locales/en/article.txt");
        assertSecretNowhere(extract);
        Cli.Result build = run("build", "--allow-unsigned", "--allow-untranslated");
        assertRefused(build, "locales/en/article.txt");
        assertSecretNowhere(build);
        assertEquals(before, Trees.snapshot(tmp));
    }

    @Test
    void aLocaleFolderLinkedOutsideIsNotWrittenByBuildOrExtract() throws IOException {
        Path ru = project.resolve("locales/ru");
        Path elsewhere = outside.resolve("ru");
        Files.move(ru, elsewhere);
        Files.delete(elsewhere.resolve("article.txt"));
        Files.createSymbolicLink(ru, elsewhere);
        Map<String, String> before = Trees.snapshot(tmp);

        assertRefused(run("build", "--allow-unsigned"), "locales/ru");
        assertRefused(run("extract"), "locales/ru");
        assertRefused(run("check"), "locales/ru");
        assertEquals(before, Trees.snapshot(tmp), "nothing written, inside or out");
        assertFalse(Files.exists(elsewhere.resolve("article.txt")));
    }

    @Test
    void anEditionLinkedToAFileOutsideIsNotOverwritten() throws IOException {
        Path edition = project.resolve("locales/ka/article.txt");
        Files.delete(edition);
        Files.createSymbolicLink(edition, secret);
        Map<String, String> before = Trees.snapshot(tmp);
        assertRefused(run("build", "--locale", "ka"), "locales/ka/article.txt");
        assertEquals(before, Trees.snapshot(tmp));
    }

    @Test
    void aGlossaryLinkedOutsideIsNotRead() throws IOException {
        Files.copy(Shared.path("terms-devset/glossary.tbx"), outside.resolve("other.tbx"));
        Files.createSymbolicLink(project.resolve("glossary/other.tbx"), outside.resolve("other.tbx"));
        Map<String, String> before = Trees.snapshot(tmp);
        assertRefused(run("check"), "glossary/other.tbx");
        assertRefused(run("glossary", "lint"), "glossary/other.tbx");
        assertEquals(before, Trees.snapshot(tmp));
    }

    @Test
    void aLinkToNothingIsRefusedSinceWritingThroughItWouldCreateItsTarget() throws IOException {
        Path edition = project.resolve("locales/az/article.txt");
        Files.delete(edition);
        Path target = outside.resolve("created-by-build.txt");
        Files.createSymbolicLink(edition, target);
        Cli.Result r = run("build", "--locale", "az");
        assertEquals(ExitStatus.USAGE, r.exit(), r.toString());
        assertEquals(1, r.errLines(), r.toString());
        assertTrue(r.err().startsWith(Paths.shown(edition) + ": is a symbolic link to nothing"), r.toString());
        assertFalse(Files.exists(target));
    }

    @Test
    void aMemoryFileLinkedOutsideIsNeitherReadNorWritten() throws IOException {
        Path tmx = Files.writeString(outside.resolve("stolen.tmx"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<tmx version=\"1.4\"><header srclang=\"en\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\""
                + " datatype=\"plaintext\" creationtool=\"t\" creationtoolversion=\"1\"/><body><tu><tuv xml:lang=\"en\">"
                + "<seg>The border is closed.</seg></tuv><tuv xml:lang=\"ru\"><seg>" + SECRET + "</seg></tuv></tu>"
                + "</body></tmx>\n", StandardCharsets.UTF_8);
        Files.createDirectories(project.resolve("memory"));
        Files.createSymbolicLink(project.resolve("memory/stolen.tmx"), tmx);
        Map<String, String> before = Trees.snapshot(outside);

        for (String[] command : new String[][] {{"tm", "lookup", "The border is closed.", "--locale", "ru"},
                {"tm", "stats"}, {"pretranslate", "--locale", "ru"}}) {
            Cli.Result r = run(command);
            assertRefused(r, "memory/stolen.tmx");
            assertSecretNowhere(r);
        }
        // the confirmed memory a shell appends to, linked out, is not written through
        Path confirmed = project.resolve("memory/confirmed-ru.tmx");
        if (Files.exists(confirmed)) {
            Files.move(confirmed, outside.resolve("confirmed-ru.tmx"));
        } else {
            Files.copy(tmx, outside.resolve("confirmed-ru.tmx"));
        }
        Files.createSymbolicLink(confirmed, outside.resolve("confirmed-ru.tmx"));
        Files.delete(project.resolve("memory/stolen.tmx"));
        Map<String, String> withConfirmed = Trees.snapshot(outside);
        Path mine = Files.writeString(tmp.resolve("mine.tmx"), Files.readString(tmx).replace(SECRET, "Граница закрыта."));
        Cli.Result imp = run("tm", "import", mine.toString());
        assertRefused(imp, "memory/confirmed-ru.tmx");
        assertEquals(withConfirmed, Trees.snapshot(outside));
        assertFalse(Files.exists(project.resolve("memory/mine.tmx")), "a refused import leaves no copy behind");
        assertFalse(before.isEmpty());
    }

    @Test
    void aProjectThatOptsInMayHaveLinksThatLeadOut() throws IOException {
        Path ru = project.resolve("locales/ru");
        Path elsewhere = outside.resolve("ru");
        Files.move(ru, elsewhere);
        Files.delete(elsewhere.resolve("article.txt"));
        Files.createSymbolicLink(ru, elsewhere);
        Files.writeString(project.resolve("workbench.properties"), "paths.allow-outside = true\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Cli.Result r = run("build", "--locale", "ru");
        assertEquals(ExitStatus.OK, r.exit(), r.toString());
        assertTrue(Files.isRegularFile(elsewhere.resolve("article.txt")));
    }

    @Test
    void aBadOptInValueNamesTheSettingsFile() throws IOException {
        Files.writeString(project.resolve("workbench.properties"), "paths.allow-outside = sometimes\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Cli.Result r = run("stats");
        assertEquals(ExitStatus.USAGE, r.exit(), r.toString());
        assertEquals(1, r.errLines(), r.toString());
        assertTrue(r.err().contains("workbench.properties: paths.allow-outside: 'sometimes' is neither true nor false"),
                r.toString());
    }

    @Test
    void initRefusesANameThatWalksOutAndLeavesNothingBehind() throws IOException {
        Path source = Shared.path("source-article.en.txt");
        Path dir = tmp.resolve("new/deeper/project");
        Map<String, String> before = Trees.snapshot(tmp);
        for (String name : new String[] {"../../escaped", "a/b", "..", "a\\b", "x..y"}) {
            Cli.Result r = Cli.run("init", "--dir", dir.toString(), "--source", source.toString(), "--targets", "ru",
                    "--name", name);
            assertEquals(ExitStatus.USAGE, r.exit(), r.toString());
            assertEquals(1, r.errLines(), r.toString());
            assertTrue(r.err().contains("the document name '" + name + "' must be a plain name"), r.toString());
        }
        assertEquals(before, Trees.snapshot(tmp), "no folder created, nothing written outside");
    }

    @Test
    void initDoesNotWriteThroughALinkThatLeadsOutAndLeavesTheFolderAsItWas() throws IOException {
        Path source = Shared.path("source-article.en.txt");
        Path dir = Files.createDirectories(tmp.resolve("existing"));
        Path locales = Files.createDirectories(outside.resolve("locales"));
        Files.createSymbolicLink(dir.resolve("locales"), locales);
        Map<String, String> before = Trees.snapshot(tmp);
        Cli.Result r = Cli.run("init", "--dir", dir.toString(), "--source", source.toString(), "--targets", "ru");
        assertRefused(r, "locales/en/source-article.txt");
        assertEquals(before, Trees.snapshot(tmp));
        assertFalse(Files.exists(dir.resolve("workbench.properties"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void initReadsNoSourceThatIsNotARegularFile() throws IOException {
        Path dir = tmp.resolve("fresh");
        Cli.Result r = Cli.run("init", "--dir", dir.toString(), "--source", outside.toString() + "/", "--targets", "ru");
        assertEquals(ExitStatus.USAGE, r.exit(), r.toString());
        assertEquals(1, r.errLines(), r.toString());
        assertFalse(Files.exists(dir));
    }

    /** How the workbench shows a path in its messages. */
    private static final class Paths {
        static String shown(Path p) {
            return org.l10nwb.core.Paths2.display(org.l10nwb.core.Paths2.forDisplay(p));
        }
    }
}
