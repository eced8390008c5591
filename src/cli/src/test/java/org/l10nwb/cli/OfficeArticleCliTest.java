package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word or OpenDocument article through the commands a newsroom runs: {@code init} with the
 * document, {@code extract} twice (the same XLIFF both times), {@code build} (the edition, the same
 * bytes both times), {@code glossary candidates} (the names in its text); and a file named {@code .docx} or {@code .odt} that is not one: one line on
 * standard error naming the file, exit 2, no stack trace, from {@code init} as from {@code extract}.
 */
class OfficeArticleCliTest {
    /** The okapi module's fixtures, packed from their XML parts. */
    private static final Path OFFICE = Path.of("../okapi/src/test/resources/office");

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void initExtractAndBuildAnArticle(String ext, @TempDir Path tmp) throws IOException {
        Path project = tmp.resolve("article");
        Cli.Result init = Cli.run("init", project.toString(), "--source", OFFICE.resolve("article." + ext).toString(),
                "--targets", "ru", "--name", "article");
        assertEquals(0, init.exit(), init.toString());
        Cli.Result extract = Cli.run("extract", "--project", project.toString());
        assertEquals(0, extract.exit(), extract.toString());
        Path xlf = project.resolve("locales/ru/article.xlf");
        byte[] first = Files.readAllBytes(xlf);
        assertTrue(new String(first, StandardCharsets.UTF_8).contains("towards <g id=\"1\">Ilham Aliyev</g>"));
        Cli.Result again = Cli.run("extract", "--project", project.toString());
        assertEquals(0, again.exit(), again.toString());
        assertArrayEquals(first, Files.readAllBytes(xlf), "a second extraction changed the XLIFF");

        Cli.Result build = Cli.run("build", "ru", "--allow-untranslated", "--project", project.toString());
        assertEquals(0, build.exit(), build.toString());
        Path edition = project.resolve("locales/ru/article." + ext);
        byte[] built = Files.readAllBytes(edition);
        assertEquals('P', built[0], "the edition is a zip package");
        Cli.Result rebuilt = Cli.run("build", "ru", "--allow-untranslated", "--project", project.toString());
        assertEquals(0, rebuilt.exit(), rebuilt.toString());
        assertArrayEquals(built, Files.readAllBytes(edition), "a second build changed the edition");

        Path csv = tmp.resolve("candidates.csv");
        Cli.Result candidates = Cli.run("glossary", "candidates", "--project", project.toString(), "--output",
                csv.toString());
        assertEquals(0, candidates.exit(), candidates.toString());
        assertTrue(Files.readString(csv).contains("Ilham Aliyev"), "the names of the article: " + Files.readString(csv));
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "odt"})
    void aDocumentThatIsNotAZipIsOneLineAndExitTwo(String ext, @TempDir Path tmp) throws IOException {
        Path fake = tmp.resolve("letter." + ext);
        Files.writeString(fake, "Dear editor, this is plain text under an office document's name.\n");
        String kind = ext.equals("docx") ? "Word document" : "OpenDocument text";
        Path refused = tmp.resolve("refused");
        Cli.Result init = Cli.run("init", refused.toString(), "--source", fake.toString(), "--targets", "ru",
                "--name", "letter");
        assertEquals(2, init.exit(), init.toString());
        assertEquals(1, init.errLines(), init.toString());
        assertTrue(init.err().contains("letter." + ext + ": is not a " + kind + " (not a zip package)"), init.toString());
        assertFalse(Files.exists(refused), "a refused init leaves nothing behind");

        // a source replaced in the project after init: extract refuses it the same way
        Path project = tmp.resolve("letter");
        Cli.Result real = Cli.run("init", project.toString(), "--source", OFFICE.resolve("article." + ext).toString(),
                "--targets", "ru", "--name", "letter");
        assertEquals(0, real.exit(), real.toString());
        Files.copy(fake, project.resolve("locales/en/letter." + ext), StandardCopyOption.REPLACE_EXISTING);
        Cli.Result extract = Cli.run("extract", "--project", project.toString());
        assertEquals(2, extract.exit(), extract.toString());
        assertEquals(1, extract.errLines(), extract.toString());
        assertTrue(extract.err().contains("letter." + ext + ": is not a " + kind + " (not a zip package)"),
                extract.toString());
        assertTrue(!extract.err().contains("Exception"), extract.toString());
    }
}
