package org.l10nwb.memory.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.memory.SharedMemory;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.session.ProjectSessions;
import org.l10nwb.core.testing.PostgresServer;

/** The project's {@code limits.memory-mb} bounds the TMX files the shared memory imports, as the embedded memory's. */
class SharedMemoryLimitTest {
    private static final int UNITS = 6_000;

    @TempDir
    Path dir;

    private void project(String url, String limit) throws IOException {
        Files.writeString(dir.resolve("workbench.properties"), "source-locale = en\ntarget-locales = ru\n"
                + "documents = locales/en/a.txt\nmemory.url = " + url + "\n"
                + (limit == null ? "" : "limits.memory-mb = " + limit + "\n"));
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
    void importIsRefusedOverTheProjectsLimitAndTakenOnceItIsRaised() throws Exception {
        Files.createDirectories(dir.resolve("locales/en"));
        Files.writeString(dir.resolve("locales/en/a.txt"), "The window is closed.\n");
        Path tmx = largeTmx();
        String url = PostgresServer.newDatabase();

        project(url, "1");
        try (SharedMemory m = ProjectSessions.sharedMemory(Project.open(dir))) {
            WorkbenchException e = assertThrows(WorkbenchException.class, () -> m.importTmx(tmx, MemoryStore.Progress.NONE));
            assertTrue(e.getMessage().contains("the limit is 1 MB (set limits.memory-mb in workbench.properties to raise it)"),
                    e.getMessage());
            assertEquals(0, m.size("ru"), "nothing stored of a refused import");
        }

        project(url, "2"); // the advice of the message, followed
        try (SharedMemory m = ProjectSessions.sharedMemory(Project.open(dir))) {
            MemoryStore.ImportResult r = m.importTmx(tmx, MemoryStore.Progress.NONE);
            assertEquals(UNITS, r.units());
            assertEquals(UNITS, m.size("ru"));
        }
    }
}
