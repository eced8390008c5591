package org.l10nwb.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;

class AtomicFilesTest {
    @Test
    void aFailingWriterLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("article.xlf");
        Files.writeString(target, "old content");
        assertThrows(WorkbenchException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old content", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void writesNewContentAndCreatesFolders(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("locales/ka/article.txt");
        byte[] bytes = "შუშა\n".getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, bytes);
        assertArrayEquals(bytes, Files.readAllBytes(target));
    }

    @Test
    void strictUtf8NamesTheLine(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "line one\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> TextFiles.readUtf8(latin1));
        assertEquals(2, e.position().line());
        Path missing = dir.resolve("missing.txt");
        assertEquals("no such file", assertThrows(WorkbenchException.class, () -> TextFiles.readUtf8(missing)).detail());
    }
}
