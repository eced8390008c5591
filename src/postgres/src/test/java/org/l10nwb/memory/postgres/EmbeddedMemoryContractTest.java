package org.l10nwb.memory.postgres;

import java.nio.file.Path;
import java.util.List;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.ConfirmedSegment;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemoryStore;

/** The memory contract on the embedded memory (TMX files and their Lucene index). */
class EmbeddedMemoryContractTest extends MemoryContract {
    static Memory embedded(Path dir) {
        MemoryStore store = new MemoryStore(dir, Path.of("memory"), LocaleTag.of("en"), MemoryStore.defaultFactory());
        return new Memory() {
            @Override
            public void importTmx(Path file) {
                store.importTmx(file, MemoryStore.Progress.NONE);
            }

            @Override
            public void confirm(String targetLanguage, List<ConfirmedSegment> segments) {
                store.confirmed(targetLanguage, segments);
            }

            @Override
            public List<MemoryMatch> lookup(MemoryQuery q) {
                return store.lookup(q);
            }

            @Override
            public void close() {
                store.close();
            }
        };
    }

    @Override
    Memory open(Path dir) {
        return embedded(dir);
    }
}
