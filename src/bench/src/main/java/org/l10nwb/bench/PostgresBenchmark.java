package org.l10nwb.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.memory.postgres.PostgresMemory;
import org.l10nwb.memory.postgres.PostgresMemoryFactory;

/**
 * The shared PostgreSQL memory on the same corpus and queries as the embedded memory, in the same
 * run ({@code --postgres postgresql://…} to {@link MemoryBenchmark}): import rate, lookup
 * percentiles, and how often both memories offer the same best match.
 */
final class PostgresBenchmark {
    private PostgresBenchmark() {
    }

    static void run(String url, Path input, List<String> queries, String locale, List<List<MemoryMatch>> embedded) {
        try (PostgresMemory pg = (PostgresMemory) new PostgresMemoryFactory().open(url, LocaleTag.of("en"), "bench")) {
            pg.deleteAll();
            long t0 = System.nanoTime();
            MemoryStore.ImportResult r = pg.importTmx(input, MemoryStore.Progress.NONE);
            long[] n = {r.byTarget().values().stream().mapToLong(Long::longValue).sum()};
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("PostgreSQL import: %,d units in %.1f s = %,.0f units/s (%,d entries on the server)%n",
                    n[0], s, n[0] / s, pg.size(locale));
            for (String q : queries.subList(0, Math.min(300, queries.size()))) {
                pg.lookup(query(q, locale));
            }
            long[] times = new long[queries.size()];
            int same = 0;
            int found = 0;
            for (int i = 0; i < queries.size(); i++) {
                long a = System.nanoTime();
                List<MemoryMatch> m = pg.lookup(query(queries.get(i), locale));
                times[i] = System.nanoTime() - a;
                if (!m.isEmpty()) {
                    found++;
                }
                List<MemoryMatch> e = embedded.get(i);
                if (m.isEmpty() ? e.isEmpty() : !e.isEmpty() && e.get(0).score() == m.get(0).score()) {
                    same++;
                }
            }
            Arrays.sort(times);
            System.out.printf("PostgreSQL lookup, %,d queries after 300 warm-up: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
                    + " max %.1f ms; with a match >= 70: %,d; same best score as the embedded memory: %,d of %,d%n",
                    times.length, times[times.length / 2] / 1e6, times[(int) (times.length * 0.95)] / 1e6,
                    times[Math.min(times.length - 1, (int) (times.length * 0.99))] / 1e6, times[times.length - 1] / 1e6,
                    found, same, times.length);
        }
    }

    private static MemoryQuery query(String text, String locale) {
        return new MemoryQuery(text, null, null, "en", locale, 70, 5, null);
    }
}
