package org.l10nwb.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.tmx.TmxHeader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/**
 * Imports whose entries are indexed on the writer's own thread, many batches behind the reading:
 * a failure there still refuses the whole import, and the order of the file is kept.
 */
class IndexWriterThreadTest {
    private static final LocaleTag EN = LocaleTag.of("en");
    private static final LocaleTag RU = LocaleTag.of("ru");

    @TempDir
    Path tmp;

    private static void write(Path file, int units, String prefix, int refusedAt) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            TmxWriter w = new TmxWriter(out, TmxHeader.of("en"));
            for (int i = 0; i < units; i++) {
                // One word of 40,000 UTF-8 bytes: more than Lucene takes as one term (32,766), within the TMX limit.
                String en = i == refusedAt ? "я".repeat(20_000) : prefix + " sentence number " + i + " is here.";
                List<TmxUnit.Variant> variants = List.of(new TmxUnit.Variant("en", Map.of(), List.of(), Fragment.text(en)),
                        new TmxUnit.Variant("ru", Map.of(), List.of(), Fragment.text("Предложение " + prefix + " " + i)));
                w.write(new TmxUnit(Map.of("changedate", "20250101T000000Z"), List.of(), variants, null));
            }
            w.finish();
        }
    }

    private static MemoryQuery query(String text) {
        return new MemoryQuery(text, null, null, "en", "ru", MemoryQuery.DEFAULT_THRESHOLD, 5, null);
    }

    @Test
    void anEntryTheIndexRefusesLateInTheFileRefusesTheWholeImport() throws IOException {
        Path dir = tmp.resolve("memory");
        Path first = tmp.resolve("first.tmx");
        Path second = tmp.resolve("second.tmx");
        write(first, 100, "First", -1);
        write(second, 6_000, "Second", 5_500);
        try (MemoryStore s = new MemoryStore(dir, Path.of("memory"), EN, MemoryStore.defaultFactory())) {
            s.importTmx(first, MemoryStore.Progress.NONE);
            byte[] before = Files.readAllBytes(dir.resolve("first.tmx"));
            RuntimeException e = assertThrows(RuntimeException.class, () -> s.importTmx(second, MemoryStore.Progress.NONE));
            assertTrue(String.valueOf(e.getMessage()).contains("immense term"), String.valueOf(e));
            assertEquals(List.of(dir.resolve("first.tmx")), s.files());
            assertEquals(100, s.memory(RU, MemoryStore.Progress.NONE).size());
            assertTrue(s.memory(RU, MemoryStore.Progress.NONE).lookup(query("Second sentence number 7 is here.")).stream()
                    .noneMatch(m -> m.score() == 100));
            assertEquals(List.of(dir.resolve("first.tmx")), s.files());
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("first.tmx"))));

            // The writer was let go: the same file without the refused unit imports.
            write(second, 6_000, "Second", -1);
            s.importTmx(second, MemoryStore.Progress.NONE);
            assertEquals(6_100, s.memory(RU, MemoryStore.Progress.NONE).size());
            List<MemoryMatch> m = s.memory(RU, MemoryStore.Progress.NONE).lookup(query("Second sentence number 5999 is here."));
            assertEquals("Предложение Second 5999", m.get(0).target());
            assertEquals(100, m.get(0).score());
        }
    }
}
