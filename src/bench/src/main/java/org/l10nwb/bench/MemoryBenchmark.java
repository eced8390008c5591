package org.l10nwb.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.FuzzyScore;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.memory.PersistentMemory;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.tmx.TmxHeader;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/**
 * The translation memory at scale: imports a corpus of N units (TMX), then times lookups of
 * exact, edited and unseen sentences, and runs the same units and queries through Okapi's
 * Pensieve for comparison. Prints import throughput, latency percentiles, index size, peak
 * memory and match quality.
 *
 * <p>Usage: {@code src/bench/run tm --corpus FILE.tmx [--sizes 100000,1000000] [--queries 3000]
 * [--locale ru] [--work DIR] [--pensieve-max N] [--postgres postgresql://USER@HOST:PORT/DB]}. A corpus with fewer units than a size is
 * repeated, each repetition's units marked with a number (so they are distinct near-duplicates).
 * With the environment variable {@code TM_BENCH_SLOWEST} set, the slowest lookups are listed
 * with their length in words.
 */
public final class MemoryBenchmark {
    record Pair(String source, String target) {
    }

    record Query(String kind, String text) {
    }

    /** The most units written to one TMX file: about 730 MB of this corpus, under the 1 GB limit of a memory file. */
    private static final int UNITS_PER_FILE = 2_500_000;

    /** A PostgreSQL server to run the shared memory on beside the embedded one ({@code --postgres URL}), or null. */
    private static String postgres;

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path corpus = Path.of(opts.getOrDefault("corpus", "target/corpus/ru.tmx"));
        String locale = opts.getOrDefault("locale", "ru");
        int queries = Integer.parseInt(opts.getOrDefault("queries", "3000"));
        long pensieveMax = Long.parseLong(opts.getOrDefault("pensieve-max", "1000000"));
        Path work = Path.of(opts.getOrDefault("work", "src/bench/target/tm-bench"));
        List<Integer> sizes = Arrays.stream(opts.getOrDefault("sizes", "100000,1000000").split(","))
                .map(String::strip).map(Integer::parseInt).toList();

        List<Pair> all = new ArrayList<>();
        new TmxReader().read(corpus, (TmxReader.Handler) u -> {
            String s = null;
            String t = null;
            for (TmxUnit.Variant v : u.variants()) {
                String lang = v.language().toLowerCase(Locale.ROOT);
                if (lang.startsWith("en")) {
                    s = v.segment().plainText();
                } else if (lang.startsWith(locale)) {
                    t = v.segment().plainText();
                }
            }
            if (s != null && t != null && !s.isBlank() && !t.isBlank()) {
                all.add(new Pair(s, t));
            }
        });
        Collections.shuffle(all, new Random(42));
        int heldOut = Math.min(queries, all.size() / 10);
        List<Pair> unseen = new ArrayList<>(all.subList(0, heldOut));
        List<Pair> pool = new ArrayList<>(all.subList(heldOut, all.size()));
        System.out.printf("corpus %s: %,d en→%s units (%,d held out as unseen queries), %d cores, Java %s, max heap %,d MB%n",
                corpus, all.size(), locale, heldOut, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

        postgres = opts.get("postgres");
        for (int n : sizes) {
            run(n, pool, unseen, locale, queries, work.resolve(Integer.toString(n)), n <= pensieveMax);
        }
    }

    private static void run(int n, List<Pair> pool, List<Pair> unseen, String locale, int queries, Path dir,
            boolean pensieve) throws Exception {
        MemoryFigures.deleteTree(dir);
        Files.createDirectories(dir);
        // Made when read, not kept: ten million pairs would take more heap than the memory being measured.
        List<Pair> units = new java.util.AbstractList<>() {
            @Override
            public Pair get(int i) {
                Pair p = pool.get(i % pool.size());
                int copy = i / pool.size();
                return copy == 0 ? p : new Pair(p.source() + " (" + copy + ")", p.target() + " (" + copy + ")");
            }

            @Override
            public int size() {
                return n;
            }
        };
        // A memory file over the input limit (1 GB by default) is refused, as a user's would be:
        // more than UNITS_PER_FILE units are written as several files, imported one after another.
        List<Path> inputs = new ArrayList<>();
        // The dates repeat every 84 units: made once, not formatted ten million times.
        String[] dates = new String[84];
        for (int k = 0; k < dates.length; k++) {
            dates[k] = String.format("2025%02d%02dT000000Z", 1 + k % 12, 1 + k % 28);
        }
        long tmxBytes = 0;
        for (int i = 0, part = 1; i < n; part++) {
            Path input = dir.resolve(n <= UNITS_PER_FILE ? "corpus-" + n + ".tmx" : "corpus-" + n + "-" + part + ".tmx");
            inputs.add(input);
            try (OutputStream out = Files.newOutputStream(input)) {
                TmxWriter w = new TmxWriter(out, TmxHeader.of("en"));
                for (int end = Math.min(n, i + UNITS_PER_FILE); i < end; i++) {
                    Pair p = units.get(i);
                    Map<String, String> attrs = Map.of("changedate", dates[i % dates.length]);
                    w.write(new TmxUnit(attrs, List.of(), List.of(
                            new TmxUnit.Variant("en", Map.of(), List.of(), Fragment.text(p.source())),
                            new TmxUnit.Variant(locale, Map.of(), List.of(), Fragment.text(p.target()))), null));
                }
                w.finish();
            }
            tmxBytes += Files.size(input);
        }
        System.out.printf("%n== %,d units (%s of TMX%s%s)%n", n, MemoryFigures.mb(tmxBytes),
                inputs.size() > 1 ? String.format(" in %d files", inputs.size()) : "",
                n > pool.size() ? String.format(", the %,d real units repeated %.1f times", pool.size(),
                        (double) n / pool.size()) : "");

        LocaleTag target = LocaleTag.of(locale);
        Path memoryDir = dir.resolve("memory");
        double load0 = MemoryFigures.loadAverage();
        long cpu0 = MemoryFigures.processCpu();
        long t0 = System.nanoTime();
        try (MemoryStore store = new MemoryStore(memoryDir, Path.of("memory"), LocaleTag.of("en"), MemoryStore.defaultFactory())) {
            long imported = 0;
            long kept = 0;
            for (Path input : inputs) {
                double partLoad = MemoryFigures.loadAverage();
                long partCpu = MemoryFigures.processCpu();
                long partStart = System.nanoTime();
                MemoryStore.ImportResult r = store.importTmx(input, MemoryStore.Progress.NONE);
                imported += r.units();
                kept += Files.size(memoryDir.resolve(input.getFileName()));
                if (inputs.size() > 1) {
                    double ps = (System.nanoTime() - partStart) / 1e9;
                    double pc = (MemoryFigures.processCpu() - partCpu) / 1e9;
                    System.out.printf("  %s: %,d units in %.1f s, CPU %.1f s (%,.0f units per CPU second), %,d entries"
                            + " so far; load average %.1f before, %.1f after%n", input.getFileName(), r.units(), ps, pc,
                            r.units() / pc, imported, partLoad, MemoryFigures.loadAverage());
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (MemoryFigures.processCpu() - cpu0) / 1e9;
            System.out.printf("import: %,d units in %.1f s = %,.0f units/s; TMX kept %s, index %s%n", imported, s,
                    imported / s, MemoryFigures.mb(kept),
                    MemoryFigures.mb(store.memory(target, MemoryStore.Progress.NONE).indexBytes()));
            // On a shared machine the wall time is mostly the others' load: the CPU time says what it costs.
            System.out.printf("  CPU %.1f s (%,.0f units per CPU second, %.2f cores busy); load average %.1f before, %.1f after%n",
                    cpu, imported / cpu, cpu / s, load0, MemoryFigures.loadAverage());
        }
        long t1 = System.nanoTime();
        MemoryStore store = new MemoryStore(memoryDir, Path.of("memory"), LocaleTag.of("en"), MemoryStore.defaultFactory());
        PersistentMemory memory = store.memory(target, MemoryStore.Progress.NONE);
        System.out.printf("reopen (index up to date): %.0f ms, %,d entries%n", (System.nanoTime() - t1) / 1e6, memory.size());

        List<Query> qs = queries(units, unseen, queries, new Random(7));
        List<Query> warm = queries(units, unseen, Math.min(500, queries), new Random(99));
        for (Query q : warm) {
            lookup(memory, q, locale);
        }
        Map<String, long[]> byKind = new LinkedHashMap<>();
        List<List<MemoryMatch>> ours = new ArrayList<>();
        long[] all = new long[qs.size()];
        long[] cpu = new long[qs.size()];
        // The calling thread's: the process's CPU time is counted in 10 ms ticks, too coarse for one lookup.
        // Slices of a large index searched on the pool's threads are not in it.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double loadLookups = MemoryFigures.loadAverage();
        long lookupsCpu = MemoryFigures.processCpu();
        long lookupsGc = MemoryFigures.gcMillis();
        long lookupsStart = System.nanoTime();
        for (int i = 0; i < qs.size(); i++) {
            long c = threads.getCurrentThreadCpuTime();
            long a = System.nanoTime();
            List<MemoryMatch> m = lookup(memory, qs.get(i), locale);
            all[i] = System.nanoTime() - a;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
            ours.add(m);
        }
        double lookupsWall = (System.nanoTime() - lookupsStart) / 1e6;
        // Every thread's CPU (the search pool's slices too) and the collector's pauses, per lookup:
        // what the calling thread's CPU leaves out of the wall time.
        double perLookupCpu = (MemoryFigures.processCpu() - lookupsCpu) / 1e6 / qs.size();
        long gc = MemoryFigures.gcMillis() - lookupsGc;
        for (String kind : List.of("exact", "edited", "unseen")) {
            List<Long> l = new ArrayList<>();
            for (int i = 0; i < qs.size(); i++) {
                if (qs.get(i).kind().equals(kind)) {
                    l.add(all[i]);
                }
            }
            byKind.put(kind, l.stream().mapToLong(Long::longValue).toArray());
        }
        System.out.printf("lookup, %,d queries after %d warm-up: %s%n", qs.size(), warm.size(), MemoryFigures.percentiles(all));
        System.out.printf("  CPU    %s; load average %.1f before, %.1f after%n", MemoryFigures.percentiles(cpu),
                loadLookups, MemoryFigures.loadAverage());
        System.out.printf("  mean per lookup: wall %.2f ms, CPU of the process %.2f ms; collector %,d ms in all%n",
                lookupsWall / qs.size(), perLookupCpu, gc);
        byKind.forEach((k, v) -> System.out.printf("  %-7s %s%n", k, MemoryFigures.percentiles(v)));
        System.out.printf("  with a match >= 70: %s%n", found(qs, ours));
        if (System.getenv("TM_BENCH_SLOWEST") != null) {
            Integer[] order = new Integer[qs.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(all[b], all[a]));
            FuzzyScore w = new FuzzyScore(ULocale.ENGLISH);
            for (int i = 0; i < 15; i++) {
                Query q = qs.get(order[i]);
                System.out.printf("  slow: %.1f ms, %d words, %s%n", all[order[i]] / 1e6, w.words(q.text()).size(), q.kind());
            }
        }
        System.out.printf("peak memory: heap %s, resident %s%n", MemoryFigures.mb(MemoryFigures.peakHeap()),
                MemoryFigures.mb(MemoryFigures.peakRss()));

        if (postgres != null && inputs.size() == 1) {
            PostgresBenchmark.run(postgres, inputs.get(0), qs.stream().map(Query::text).toList(), locale, ours);
        }
        if (pensieve) {
            PensieveBenchmark.run(units, qs, locale, dir.resolve("pensieve"), ours);
        }
        store.close();
    }

    private static List<MemoryMatch> lookup(PersistentMemory m, Query q, String locale) {
        return m.lookup(new MemoryQuery(q.text(), null, null, "en", locale, 70, 5, null));
    }

    /** A third each: sources in the memory, the same with one word removed or replaced, and sentences it has not seen. */
    static List<Query> queries(List<Pair> units, List<Pair> unseen, int count, Random random) {
        List<Query> out = new ArrayList<>();
        FuzzyScore words = new FuzzyScore(ULocale.ENGLISH);
        while (out.size() < count) {
            int k = out.size() % 3;
            if (k == 0) {
                out.add(new Query("exact", units.get(random.nextInt(units.size())).source()));
            } else if (k == 1) {
                String s = units.get(random.nextInt(units.size())).source();
                List<String> w = new ArrayList<>(Arrays.asList(s.split(" ")));
                if (w.size() < 3 || words.words(s).size() < 3) {
                    continue;
                }
                int at = random.nextInt(w.size());
                if (random.nextBoolean()) {
                    w.remove(at);
                } else {
                    String other = units.get(random.nextInt(units.size())).source().split(" ")[0];
                    w.set(at, other);
                }
                out.add(new Query("edited", String.join(" ", w)));
            } else {
                out.add(new Query("unseen", unseen.get(random.nextInt(unseen.size())).source()));
            }
        }
        return out;
    }

    private static String found(List<Query> qs, List<List<MemoryMatch>> ours) {
        Map<String, int[]> m = new LinkedHashMap<>();
        for (int i = 0; i < qs.size(); i++) {
            int[] c = m.computeIfAbsent(qs.get(i).kind(), k -> new int[2]);
            c[1]++;
            if (!ours.get(i).isEmpty()) {
                c[0]++;
            }
        }
        StringBuilder sb = new StringBuilder();
        m.forEach((k, c) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(c[0]).append('/').append(c[1]));
        return sb.toString();
    }

}
