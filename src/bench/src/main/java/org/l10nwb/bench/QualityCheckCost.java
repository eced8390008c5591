package org.l10nwb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.LanguagePair;
import org.l10nwb.core.check.PairCheck;
import org.l10nwb.core.check.Segment;
import org.l10nwb.core.check.SegmentCheck;
import org.l10nwb.core.check.QualityChecks;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.terms.TermIndexes;
import org.l10nwb.core.xliff.XliffReader;

/**
 * What each quality check costs on its own: the units of {@link CheckBenchmark} (the same
 * synthetic glossary and sentences), each check bound to each language pair as the checking
 * service binds it, then its learning pass (for the checks that learn from the project) and its
 * check of every segment timed apart from the other checks, in turn round after round after a
 * warm-up, the median reported in milliseconds per 100,000 units. Run alone, a check also pays
 * for splitting the text into words, which the checks share when they run together (the split of
 * a segment is kept for the next check); the line "all together" is the checks run as the service
 * runs them, one segment through every check before the next. Then the checking service itself:
 * the glossary check alone, with each quality check added, and with all of them, which gives what
 * each check adds to a project check and the ratio of all the checks to the glossary check alone.
 */
public final class QualityCheckCost {

    /** One check bound to the pairs of the files, with the segments of each pair. */
    private record Bound(SegmentCheck check, List<PairCheck> pairs) {
    }

    public static void main(String[] args) throws IOException {
        int units = 100_000;
        int concepts = 5_000;
        int rounds = 7;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--units" -> units = Integer.parseInt(args[++i]);
                case "--concepts" -> concepts = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: src/bench/run check-cost [--units N] [--concepts N] [--rounds N]");
                    System.exit(2);
                }
            }
        }
        Languages languages = Languages.installed();
        Path dir = Files.createTempDirectory("wb-bench");
        try {
            Glossary glossary = SyntheticProject.glossary(concepts, new Random(7));
            List<Path> files = SyntheticProject.writeUnits(dir, glossary, units, languages, new Random(11));
            System.out.printf("quality check cost: %,d translated units (ru, ka, az), glossary of %,d concepts; Java %s,"
                    + " %d cores; load average %.2f%n", units, concepts, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            run(glossary, files, languages, units, rounds);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(Glossary glossary, List<Path> files, Languages languages, int units, int rounds) {
        XliffReader reader = new XliffReader();
        CheckConfig config = CheckConfig.defaults();
        TermIndexes indexes = TermIndexes.of(glossary, languages);
        List<LanguagePair> pairs = new ArrayList<>();
        List<List<Segment>> segments = new ArrayList<>();
        for (Path f : files) {
            XliffDocument doc = read(reader, f);
            for (XliffFile x : doc.files()) {
                String src = x.sourceLanguage();
                String trg = x.targetLanguage();
                pairs.add(new LanguagePair(src, trg, config, () -> indexes.get(src), () -> indexes.get(trg),
                        languages.forTag(trg), n -> { }));
                List<Segment> of = new ArrayList<>();
                for (TransUnit u : x.units()) {
                    // the benchmark's units are not segmented: one segment per unit, as the service makes it
                    of.add(new Segment(f, u.id(), null, u.source().joined(), u.target().joined(),
                            u.source().joined().plainText(), u.target().joined().plainText(), u.targetPosition(null)));
                }
                segments.add(of);
            }
        }
        List<Bound> bound = new ArrayList<>();
        for (SegmentCheck c : QualityChecks.ALL) {
            List<PairCheck> ps = new ArrayList<>();
            for (LanguagePair p : pairs) {
                ps.add(c.forPair(p)); // opens the dictionaries once: not timed
            }
            bound.add(new Bound(c, ps));
        }
        Map<String, long[]> times = new LinkedHashMap<>();
        Map<String, Integer> findings = new LinkedHashMap<>();
        for (Bound b : bound) {
            times.put(b.check().rule().id(), new long[rounds]);
        }
        long[] together = new long[rounds];
        for (int r = -2; r < rounds; r++) { // two warm-up rounds
            for (Bound b : bound) {
                long t0 = System.nanoTime();
                int n = pass(List.of(b), segments);
                long t = System.nanoTime() - t0;
                if (r >= 0) {
                    times.get(b.check().rule().id())[r] = t;
                    findings.put(b.check().rule().id(), n);
                }
            }
            long t0 = System.nanoTime();
            pass(bound, segments);
            if (r >= 0) {
                together[r] = System.nanoTime() - t0;
            }
        }
        Map<String, long[]> added = added(glossary, files, languages, rounds);
        double per = 100_000.0 / units;
        double sum = 0;
        long[] base = added.get("");
        Arrays.sort(base);
        double glossaryAlone = base[rounds / 2] / 1e6 * per;
        System.out.printf("glossary check alone (the service, quality checks off): %.0f ms/100k (min %.0f, max %.0f)%n",
                glossaryAlone, base[0] / 1e6 * per, base[rounds - 1] / 1e6 * per);
        System.out.printf("%-26s %12s %10s %10s %9s %16s%n", "check", "alone ms/100k", "min", "max", "findings",
                "added ms/100k");
        for (Map.Entry<String, long[]> e : times.entrySet()) {
            long[] a = e.getValue();
            Arrays.sort(a);
            double median = a[rounds / 2] / 1e6 * per;
            sum += median;
            long[] g = added.get(e.getKey());
            Arrays.sort(g);
            System.out.printf("%-26s %12.0f %10.0f %10.0f %,9d %16.0f%n", e.getKey(), median, a[0] / 1e6 * per,
                    a[rounds - 1] / 1e6 * per, findings.get(e.getKey()), g[rounds / 2] / 1e6 * per - glossaryAlone);
        }
        long[] all = added.get("all");
        Arrays.sort(all);
        System.out.printf("glossary and all the checks (the service): %.0f ms/100k = %.2f x the glossary check alone%n",
                all[rounds / 2] / 1e6 * per, all[rounds / 2] / 1e6 * per / glossaryAlone);
        long[] cpuBase = added.get("cpu ");
        long[] cpuAll = added.get("cpu all");
        Arrays.sort(cpuBase);
        Arrays.sort(cpuAll);
        System.out.printf("CPU time of the process, all threads (median): glossary %.0f ms/100k, all %.0f ms/100k ="
                + " %.2f x; load average now %.2f%n", cpuBase[rounds / 2] / 1e6 * per, cpuAll[rounds / 2] / 1e6 * per,
                cpuAll[rounds / 2] / (double) cpuBase[rounds / 2], CpuTime.load());
        Arrays.sort(together);
        System.out.printf("%-26s %12.0f%n%-26s %12.0f %10.0f %10.0f%n", "sum of the checks alone", sum, "all together",
                together[rounds / 2] / 1e6 * per, together[0] / 1e6 * per, together[rounds - 1] / 1e6 * per);
    }

    /**
     * The checking service as {@code check} runs it, over the same units: the glossary check alone
     * (key {@code ""}), the glossary check with one quality check (key: its id), and with all of
     * them ({@code "all"}), timed in turn round after round after a warm-up. A check's cost added
     * to the glossary check is its median less the glossary check's: what it adds to a project
     * check, with the words and term matches it shares with the others.
     */
    private static Map<String, long[]> added(Glossary glossary, List<Path> files, Languages languages, int rounds) {
        XliffReader reader = new XliffReader();
        List<XliffDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(read(reader, f));
        }
        Map<String, CheckService> services = new LinkedHashMap<>();
        services.put("", new CheckService(glossary, languages, CheckBenchmark.glossaryOnly()));
        for (SegmentCheck c : QualityChecks.ALL) {
            Map<String, String> only = new HashMap<>();
            for (SegmentCheck o : QualityChecks.ALL) {
                if (o != c) {
                    only.put("check.severity." + o.rule().id(), "off");
                }
            }
            services.put(c.rule().id(), new CheckService(glossary, languages, CheckConfig.fromSettings(only)));
        }
        services.put("all", new CheckService(glossary, languages, CheckConfig.defaults()));
        Map<String, long[]> times = new LinkedHashMap<>();
        services.keySet().forEach(k -> times.put(k, new long[rounds]));
        services.keySet().forEach(k -> times.put("cpu " + k, new long[rounds]));
        for (int r = -1; r < rounds; r++) { // one warm-up round
            for (Map.Entry<String, CheckService> e : services.entrySet()) {
                long c0 = CpuTime.process();
                long t0 = System.nanoTime();
                e.getValue().check(files, docs);
                long t = System.nanoTime() - t0;
                long c = CpuTime.process() - c0;
                if (r >= 0) {
                    times.get(e.getKey())[r] = t;
                    times.get("cpu " + e.getKey())[r] = c;
                }
            }
        }
        return times;
    }

    /**
     * A benchmark file, read past the workbench's size limit for an XLIFF file (16 MB): 100,000
     * units make files of some 20 MB, which a project would allow with {@code limits.xliff-mb}.
     */
    static XliffDocument read(XliffReader reader, Path f) {
        try {
            return reader.read(f, Files.readAllBytes(f));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every segment of every pair through the checks: learning first, as the service does. */
    private static int pass(List<Bound> checks, List<List<Segment>> segments) {
        int[] count = {0};
        for (Bound b : checks) {
            for (int p = 0; p < segments.size(); p++) {
                PairCheck.learnAll(b.pairs().get(p), segments.get(p));
            }
        }
        for (int p = 0; p < segments.size(); p++) {
            for (Segment s : segments.get(p)) {
                for (Bound b : checks) {
                    b.pairs().get(p).check(s, (m, e, f) -> count[0]++);
                }
            }
        }
        return count[0];
    }
}
