package org.l10nwb.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
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

    @Test
    void strictUtf8NamesTheLineOfASequenceCutOffAtTheEndAndDropsTheByteOrderMark() {
        Path file = Path.of("cut.txt");
        byte[] cut = {'o', 'k', '\n', 'a', 'b', (byte) 0xD0};
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> TextFiles.decodeUtf8Strict(file, cut));
        assertEquals("cut.txt:2:3", e.position().render());
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', (byte) 0xC3, (byte) 0xA9};
        assertEquals("hé", TextFiles.decodeUtf8Strict(file, bom));
    }

    @Test
    void aNewFileGetsTheUsersDefaultPermissionsAndARewrittenOneKeepsItsOwn(@TempDir Path dir) throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "made the ordinary way");
        Path target = dir.resolve("article.tbx");
        AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(target),
                "the same permissions as any new file (umask), not owner-only");

        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(target, "newer".getBytes(StandardCharsets.UTF_8));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals("newer", Files.readString(target));
    }
}
