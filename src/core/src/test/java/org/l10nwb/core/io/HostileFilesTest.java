package org.l10nwb.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.project.ProjectConfig;
import org.l10nwb.core.xliff.XliffReader;

/** The readers' defences against hostile files, one by one (the command-line suite runs them all). */
class HostileFilesTest {
    @TempDir
    Path tmp;

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedAndRefused() {
        Path f = Path.of("a.txt");
        for (var cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            WorkbenchException e = assertThrows(WorkbenchException.class,
                    () -> TextFiles.decodeUtf8Strict(f, "Hello, world.\nA second line.\n".getBytes(cs)));
            assertEquals("a.txt: looks like UTF-16 without a byte-order mark (NUL bytes in every other position);"
                    + " convert it to UTF-8 first", e.getMessage());
        }
        assertEquals("Шуша\n", TextFiles.decodeUtf8Strict(f, "Шуша\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void controlCharactersAreRefusedAtTheirLineAndColumn() {
        WorkbenchException e = assertThrows(WorkbenchException.class,
                () -> TextFiles.decodeUtf8Strict(Path.of("a.txt"), "one\ntw\u0000o\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("a.txt:2:3: control character U+0000 (NUL); the file is binary or damaged", e.getMessage());
        assertEquals("a\tb\r\n", TextFiles.decodeUtf8Strict(Path.of("a.txt"), "a\tb\r\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void onlyRegularFilesWithinTheirLimitAreRead() throws IOException, InterruptedException {
        Path fifo = tmp.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        WorkbenchException e = assertThrows(WorkbenchException.class,
                () -> TextFiles.readBytes(fifo, InputKind.SOURCE, InputLimits.DEFAULTS));
        assertTrue(e.getMessage().endsWith("pipe: is not a regular file (a pipe, a device or a socket); refused"), e.getMessage());
        Path big = Files.write(tmp.resolve("big.srx"), new byte[(1 << 20) + 1]);
        WorkbenchException tooBig = assertThrows(WorkbenchException.class,
                () -> TextFiles.readBytes(big, InputKind.RULES, InputLimits.DEFAULTS));
        assertTrue(tooBig.getMessage().endsWith("big.srx: is larger than the limit for a segmentation rules file: 1.0 MB,"
                + " the limit is 1 MB (set limits.rules-mb in workbench.properties to raise it)"), tooBig.getMessage());
        InputLimits raised = InputLimits.fromSettings(Map.of("limits.rules-mb", "2"), Path.of("workbench.properties"));
        assertEquals((1 << 20) + 1, TextFiles.readBytes(big, InputKind.RULES, raised).length);
    }

    @Test
    void aSettingGivenTwiceIsAnErrorAtItsSecondLine() throws IOException {
        Path f = Files.writeString(tmp.resolve("workbench.properties"), "source-locale = en\ntarget-locales = ru\n"
                + "documents = a.txt\nglossary = g\nglossary: h\n");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> ProjectConfig.load(f));
        assertEquals(f + ":5:1: 'glossary' is set twice (the first setting would be ignored); keep one", e.getMessage());
    }

    @Test
    void nestingIsBoundedWithAMessageNotAStackOverflow() {
        String deep = "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file original=\"a.txt\" source-language=\"en\"><body>" + "<group>".repeat(100_000)
                + "</group>".repeat(100_000) + "</body></file></xliff>";
        WorkbenchException e = assertThrows(WorkbenchException.class,
                () -> new XliffReader().read(Path.of("deep.xlf"), deep.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("deep.xlf:2:"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": elements nested more than 200 deep; refused"), e.getMessage());
    }
}
