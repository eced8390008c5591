package org.l10nwb.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.session.ProjectSessions;

/** The project's {@code limits.memory-mb} bounds the TMX files a memory imports and reads. */
class MemoryLimitTest {
    private static final int UNITS = 6_000;

    @TempDir
    Path dir;

    private void project(String limit) throws IOException {
        Files.writeString(dir.resolve("workbench.properties"), "source-locale = en\ntarget-locales = ru\n"
                + "documents = locales/en/a.txt\nmemory = memory\n" + (limit == null ? "" : "limits.memory-mb = " + limit + "\n"));
    }

    /** About 1.3 MB of TMX: over a limit of 1 MB, under the default. */
    private Path largeTmx() throws IOException {
        StringBuilder b = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t"
                 adminlang="en" srclang="en" datatype="plaintext"/><body>
                """);
        for (int i = 0; i < UNITS; i++) {
            b.append("<tu><tuv xml:lang=\"en\"><seg>The window number ").append(i)
                    .append(" is closed by the user.</seg></tuv><tuv xml:lang=\"ru\"><seg>Окно номер ").append(i)
                    .append(" закрыто пользователем.</seg></tuv></tu>\n");
        }
        b.append("</body></tmx>\n");
        Path tmx = dir.resolve("big.tmx");
        Files.writeString(tmx, b, StandardCharsets.UTF_8);
        assertTrue(Files.size(tmx) > 1 << 20 && Files.size(tmx) < 2 << 20, "size " + Files.size(tmx));
        return tmx;
    }

    @Test
    void importIsRefusedOverTheProjectsLimitAndTakenOnceItIsRaised() throws IOException {
        Files.createDirectories(dir.resolve("locales/en"));
        Files.writeString(dir.resolve("locales/en/a.txt"), "The window is closed.\n");
        Path tmx = largeTmx();

        project("1");
        try (MemoryStore store = ProjectSessions.memory(Project.open(dir))) {
            WorkbenchException e = assertThrows(WorkbenchException.class,
                    () -> store.importTmx(tmx, MemoryStore.Progress.NONE));
            assertTrue(e.getMessage().contains("the limit is 1 MB (set limits.memory-mb in workbench.properties to raise it)"),
                    e.getMessage());
        }
        assertFalse(Files.exists(dir.resolve("memory/big.tmx")), "nothing kept of a refused import");

        project("2"); // the advice of the message, followed
        try (MemoryStore store = ProjectSessions.memory(Project.open(dir))) {
            MemoryStore.ImportResult r = store.importTmx(tmx, MemoryStore.Progress.NONE);
            assertEquals(UNITS, r.units());
            assertEquals(UNITS, store.memory(LocaleTag.of("ru"), MemoryStore.Progress.NONE).size());
        }

        // The memory's own copy is read under the same limit when its index is built again.
        project("1");
        deleteTree(dir.resolve("memory/.index"));
        try (MemoryStore store = ProjectSessions.memory(Project.open(dir))) {
            WorkbenchException e = assertThrows(WorkbenchException.class,
                    () -> store.memory(LocaleTag.of("ru"), MemoryStore.Progress.NONE));
            assertTrue(e.getMessage().contains("big.tmx") && e.getMessage().contains("limits.memory-mb"), e.getMessage());
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (var s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
