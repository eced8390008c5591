package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.Shared;

/**
 * {@code build} checks, as it merges (reading the source document once, without segmenting it
 * again), that the source is still the one the XLIFF was extracted from: a changed sentence, an
 * added or a removed paragraph is an input error naming the XLIFF and asking for an extract, and
 * no edition is written, whether or not the publication gate would refuse it.
 */
class BuildSourceChangedTest {
    @TempDir
    Path tmp;
    private Path project;
    private Path source;
    private Path edition;
    private byte[] before;

    @BeforeEach
    void copy() throws IOException {
        project = Shared.copyProject(tmp);
        source = project.resolve("locales/en/article.txt");
        edition = project.resolve("locales/ru/article.txt");
        before = Files.readAllBytes(edition);
    }

    private Cli.Result build() {
        return Cli.run("build", "--locale", "ru", "--project", project.toString());
    }

    private void assertRefusedAsChanged(Cli.Result r, String how) throws IOException {
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("locales/ru/article.xlf: does not match "), r.toString());
        assertTrue(r.err().contains("locales/en/article.txt any more (the source changed since extraction: it " + how),
                r.toString());
        assertTrue(r.err().contains("extract"), "names the remedy: " + r);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(edition)), "the edition is left as it was");
    }

    @Test
    void theUnchangedSourceBuilds() {
        Cli.Result r = build();
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void aChangedSentenceIsRefused() throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        int space = text.indexOf(' ', text.indexOf('\n', 200) + 1);
        Files.writeString(source, text.substring(0, space) + " very" + text.substring(space), StandardCharsets.UTF_8);
        assertRefusedAsChanged(build(), "has another text in its text unit ");
    }

    @Test
    void anAddedParagraphIsRefused() throws IOException {
        Files.writeString(source, Files.readString(source, StandardCharsets.UTF_8) + "\nOne more paragraph.",
                StandardCharsets.UTF_8);
        assertRefusedAsChanged(build(), "has more text units than its XLIFF");
    }

    @Test
    void aRemovedParagraphIsRefused() throws IOException {
        String text = Files.readString(source, StandardCharsets.UTF_8);
        String last = text.substring(text.lastIndexOf('\n', text.length() - 2) + 1);
        assertFalse(last.isBlank(), "the test removes a paragraph");
        Files.writeString(source, text.substring(0, text.length() - last.length()), StandardCharsets.UTF_8);
        assertRefusedAsChanged(build(), "has fewer text units than its XLIFF");
    }

    @Test
    void aChangedSourceIsAnErrorEvenWhereTheGateRefusesTheEdition() throws IOException {
        Path xlf = project.resolve("locales/ru/article.xlf");
        String x = Files.readString(xlf, StandardCharsets.UTF_8);
        // A unit no longer signed off: the gate (build.require = signed-off) would refuse the edition.
        String unsigned = x.replaceFirst("state=\"signed-off\"", "state=\"translated\"");
        assertFalse(unsigned.equals(x), "the test takes a unit's sign-off away");
        Files.writeString(xlf, unsigned, StandardCharsets.UTF_8);
        Files.writeString(source, Files.readString(source, StandardCharsets.UTF_8) + "\nOne more paragraph.",
                StandardCharsets.UTF_8);
        assertRefusedAsChanged(build(), "has more text units than its XLIFF");
    }
}
