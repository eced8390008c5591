package org.l10nwb.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.io.ChildJvm;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.memory.PersistentMemory;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;

/**
 * Two translators' shells, in two processes, confirming into the same locale's memory at the
 * same moment: no entry is lost, in the TMX file or in the index. Run several times, since a
 * race shows only sometimes.
 */
class ConcurrentConfirmTest {
    private static final int PER_PROCESS = 30;

    @TempDir
    Path tmp;

    @Test
    void twoProcessesConfirmingAtOnceLoseNoEntry() throws Exception {
        for (int round = 0; round < 3; round++) {
            Path dir = tmp.resolve("memory-" + round);
            Process a = ChildJvm.start(ConfirmMany.class, tmp.resolve("a-" + round + ".log"), dir.toString(), "nino",
                    Integer.toString(PER_PROCESS));
            Process b = ChildJvm.start(ConfirmMany.class, tmp.resolve("b-" + round + ".log"), dir.toString(), "ivan",
                    Integer.toString(PER_PROCESS));
            assertEquals(0, ChildJvm.await(a), "first translator's process");
            assertEquals(0, ChildJvm.await(b), "second translator's process");

            List<TmxUnit> units = new TmxReader().readAll(dir.resolve("confirmed-ru.tmx")).units();
            Set<String> origins = new HashSet<>();
            units.forEach(u -> origins.add(u.prop(MemoryStore.PROP_ORIGIN)));
            assertEquals(2 * PER_PROCESS, origins.size(), "round " + round + ": every confirmation is in the TMX file");
            assertEquals(2 * PER_PROCESS, units.size(), "round " + round + ": and each once");

            try (MemoryStore store = new MemoryStore(dir, Path.of("memory"), LocaleTag.of("en"),
                    MemoryStore.defaultFactory())) {
                PersistentMemory ru = store.memory(LocaleTag.of("ru"), MemoryStore.Progress.NONE);
                assertEquals(2 * PER_PROCESS, ru.size(), "round " + round + ": and in the index");
                String last = "Sentence " + (PER_PROCESS - 1) + " confirmed by ivan.";
                assertEquals(100, ru.lookup(new MemoryQuery(last, null, null, "en", "ru", 100, 1, null)).get(0).score());
            }
        }
    }
}
