package org.l10nwb.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.cli.Cli;
import org.l10nwb.cli.ExitStatus;

/** A term made only of no-break spaces is a lint error, at the term's place. */
class BlankTermLintTest {
    @TempDir
    Path tmp;

    @Test
    void aTermOfNoBreakSpacesIsALintError() throws IOException {
        Path tbx = tmp.resolve("nbsp.tbx");
        try (InputStream in = getClass().getResourceAsStream("/hostile/files/nbsp-term.tbx")) {
            Files.write(tbx, in.readAllBytes());
        }
        Cli.Result r = Cli.run("glossary", "lint", "--glossary", tbx.toString());
        assertEquals(ExitStatus.FINDINGS, r.exit(), r.toString());
        assertTrue(r.out().contains("nbsp.tbx:4:") && r.out().contains(": error blank-term c1: en term “\u00A0\u00A0” is made"
                + " of spaces only"), r.toString());
    }
}
