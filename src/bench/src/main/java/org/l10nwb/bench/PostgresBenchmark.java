package org.l10nwb.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
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
            List<TmxUnit> batch = new ArrayList<>();
            long[] n = {0};
            long[] read = {0};
            String name = input.getFileName().toString();
            new TmxReader().read(input, (TmxReader.Handler) u -> {
                batch.add(u);
                if (batch.size() == 10_000) {
                    n[0] += pg.importUnits(batch, name, read[0]);
                    read[0] += batch.size();
                    batch.clear();
                }
            });
            n[0] += pg.importUnits(batch, name, read[0]);
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
