package org.l10nwb.memory.postgres;

import java.nio.file.Path;
import java.util.List;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.ConfirmedSegment;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.SharedMemory;
import org.l10nwb.core.testing.PostgresServer;

/** The memory contract on the PostgreSQL memory, against a real server (a database per test). */
class PostgresMemoryContractTest extends MemoryContract {
    static Memory postgres(String url, String clone) {
        SharedMemory m = new PostgresMemoryFactory().open(url, LocaleTag.of("en"), clone);
        return new Memory() {
            @Override
            public void importTmx(Path file) {
                m.importTmx(file, org.l10nwb.core.memory.MemoryStore.Progress.NONE);
            }

            @Override
            public void confirm(String targetLanguage, List<ConfirmedSegment> segments) {
                m.confirmed(targetLanguage, segments);
            }

            @Override
            public List<MemoryMatch> lookup(MemoryQuery q) {
                return m.lookup(q);
            }

            @Override
            public void close() {
                m.close();
            }
        };
    }

    @Override
    Memory open(Path dir) throws Exception {
        return postgres(PostgresServer.newDatabase(), "test:" + dir);
    }
}
