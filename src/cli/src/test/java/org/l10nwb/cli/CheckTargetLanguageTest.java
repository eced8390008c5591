package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.Shared;

/** A file without target-language is checked in the locale of its folder or of --target-language, or is an error. */
class CheckTargetLanguageTest {
    private static final String GLOSSARY = Shared.path("terms-devset/glossary.tbx").toString();

    /** As Translate Toolkit's po2xliff writes it: XLIFF 1.1, no target-language; a deprecated term and an untranslated unit. */
    private static final String NO_TARGET_LANGUAGE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
              <file original="a.po" source-language="en-US" datatype="plaintext">
                <body>
                  <trans-unit xml:space="preserve" id="1" approved="yes"><source>Karabakh</source>
                    <target state="translated">в Арцахе</target>
                  </trans-unit>
                  <trans-unit xml:space="preserve" id="2"><source>Putin</source>
                    <target></target>
                  </trans-unit>
                </body>
              </file>
            </xliff>
            """;

    private static Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, NO_TARGET_LANGUAGE, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void withoutAnyLocaleItIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path x = write(dir.resolve("in/a.xlf"));
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, "--fail-on", "warning", x.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains(x + ": <file original=\"a.po\"> has no target-language"), r.toString());
        assertTrue(r.err().contains("--target-language"), r.toString());
    }

    @Test
    void theOptionGivesTheLocale(@TempDir Path dir) throws IOException {
        Path x = write(dir.resolve("in/a.xlf"));
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, "--target-language", "ru", x.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("error term-forbidden 1:"), r.toString());
        assertTrue(r.out().contains("warning untranslated 2:"), r.toString());
    }

    @Test
    void theLocaleFolderGivesTheLocale(@TempDir Path dir) throws IOException {
        Path x = write(dir.resolve("project/locales/ru/a.xlf"));
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, "--fail-on", "warning", x.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("error term-forbidden 1:"), r.toString());
    }
}
