package org.l10nwb.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckResult;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.xliff.XliffReader;

/**
 * The glossary check at scale: a synthetic glossary of N concepts (en, ru, ka, az; a third with a
 * deprecated variant per language) and U translated units across three XLIFF files, each unit a
 * sentence of some twenty words with two or three term mentions in a random inflected form and
 * now and then a forbidden one. Prints wall time per phase, throughput and peak heap; then does
 * the same with the glossary doubled (the units unchanged), to show that the cost follows the
 * text and not the glossary. Matching is timed five times and the median reported; then the two
 * glossaries are timed in alternation (after both are warmed up), so that neither gains from the
 * compiler or the collector having settled during the other's runs. With {@code --quality}, the
 * glossary check alone is timed against all the checks instead, in alternation too. The glossary
 * runs have the quality checks off. The project is {@link SyntheticProject}'s.
 */
public final class CheckBenchmark {
    public static void main(String[] args) throws IOException {
        int units = 100_000;
        int concepts = 5_000;
        boolean quality = false;
        int rounds = 7;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "check" -> {
                    // the only benchmark so far
                }
                case "--units" -> units = Integer.parseInt(args[++i]);
                case "--concepts" -> concepts = Integer.parseInt(args[++i]);
                case "--quality" -> quality = true;
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: src/bench/run [check] [--units N] [--concepts N] [--quality [--rounds N]]");
                    System.exit(2);
                }
            }
        }
        Languages languages = Languages.installed();
        Path dir = Files.createTempDirectory("wb-bench");
        try {
            System.out.printf("check benchmark: %,d translated units, glossary of %,d and %,d concepts; Java %s, %d cores,"
                    + " max heap %,d MB%n", units, concepts, 2 * concepts, System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            Glossary full = SyntheticProject.glossary(2 * concepts, new Random(7));
            Glossary half = new Glossary(List.of(), "en", full.concepts().subList(0, concepts));
            List<Path> files = SyntheticProject.writeUnits(dir, half, units, languages, new Random(11));
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            System.out.printf("input: %d XLIFF files, %,.1f MB%n", files.size(), bytes / 1e6);
            indexing(half, languages);
            if (quality) {
                quality(half, files, languages, units, rounds);
                return;
            }
            run("glossary x1", half, files, languages, units);
            run("glossary x2", full, files, languages, units);
            alternating(half, full, files, languages, units);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(String label, Glossary glossary, List<Path> files, Languages languages, int units) {
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        XliffReader reader = new XliffReader();
        List<XliffDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(QualityCheckCost.read(reader, f));
        }
        long t1 = System.nanoTime();
        CheckService service = new CheckService(glossary, languages, glossaryOnly());
        CheckResult first = service.check(files, docs); // includes building the term indexes
        long t2 = System.nanoTime();
        long[] passes = new long[5];
        CheckResult second = null;
        for (int p = 0; p < passes.length; p++) {
            long a = System.nanoTime();
            second = service.check(files, docs); // indexes built: matching only
            passes[p] = System.nanoTime() - a;
        }
        java.util.Arrays.sort(passes);
        long t3 = t2 + passes[passes.length / 2];
        long peak = peakHeap();
        System.gc();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long findings = first.findings().size();
        System.out.printf("%s (%,d concepts): read XLIFF %.2f s; first check (with indexing) %.2f s; check (median of 5) %.2f s ="
                + " %,.0f units/s; findings %,d; heap: peak %,d MB, live after GC %,d MB (documents, indexes, results)%n",
                label, glossary.concepts().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                units / ((t3 - t2) / 1e9), findings, peak >> 20, live >> 20);
        if (service.hashCode() == 0 || docs.isEmpty()) {
            System.out.print(""); // keep service and documents reachable until measured
        }
        if (second.findings().size() != findings) {
            throw new IllegalStateException("two runs disagree");
        }
    }

    /**
     * Both glossaries' checks over the same units, timed in turn round after round: the fair
     * comparison of how matching cost changes with the size of the glossary.
     */
    private static void alternating(Glossary half, Glossary full, List<Path> files, Languages languages, int units) {
        XliffReader reader = new XliffReader();
        List<XliffDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(QualityCheckCost.read(reader, f));
        }
        CheckService small = new CheckService(half, languages, glossaryOnly());
        CheckService large = new CheckService(full, languages, glossaryOnly());
        for (int warm = 0; warm < 2; warm++) {
            small.check(files, docs);
            large.check(files, docs);
        }
        int rounds = 7;
        long[] a = new long[rounds];
        long[] b = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            small.check(files, docs);
            long t1 = System.nanoTime();
            large.check(files, docs);
            long t2 = System.nanoTime();
            a[r] = t1 - t0;
            b[r] = t2 - t1;
        }
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        double ma = a[rounds / 2] / 1e9;
        double mb = b[rounds / 2] / 1e9;
        System.out.printf("alternating, %d rounds after warm-up: x1 %.2f s (%,.0f units/s; min %.2f, max %.2f);"
                + " x2 %.2f s (%,.0f units/s; min %.2f, max %.2f); x2/x1 = %.2f%n", rounds, ma, units / ma, a[0] / 1e9,
                a[rounds - 1] / 1e9, mb, units / mb, b[0] / 1e9, b[rounds - 1] / 1e9, mb / ma);
    }

    /**
     * The glossary check alone against all the checks (glossary and quality), on the same units,
     * timed in turn round after round after two warm-ups, with the findings of each quality check.
     * Each run has a service of its own, as each {@code check} command makes one: nothing a
     * check remembers (spelling answers, what it learnt) carries over from the run before. The
     * ratio is taken round by round, each all-checks run against the glossary-only run just
     * before it, and the median of the rounds' ratios printed beside the ratio of the medians:
     * on a shared machine the two runs of a round see the same load.
     */
    private static void quality(Glossary glossary, List<Path> files, Languages languages, int units, int rounds) {
        XliffReader reader = new XliffReader();
        List<XliffDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(QualityCheckCost.read(reader, f));
        }
        for (int w = 0; w < 2; w++) { // the term indexes, the dictionaries and the compiled code are there after these
            new CheckService(glossary, languages, glossaryOnly()).check(files, docs);
            new CheckService(glossary, languages, CheckConfig.defaults()).check(files, docs);
        }
        long[] a = new long[rounds];
        long[] b = new long[rounds];
        long[] ca = new long[rounds]; // CPU time of the process, all threads
        long[] cb = new long[rounds];
        double[] wallRatio = new double[rounds];
        double[] cpuRatio = new double[rounds];
        CheckResult last = null;
        double load = CpuTime.load();
        for (int r = 0; r < rounds; r++) {
            long c0 = CpuTime.process();
            long t0 = System.nanoTime();
            new CheckService(glossary, languages, glossaryOnly()).check(files, docs);
            long t1 = System.nanoTime();
            long c1 = CpuTime.process();
            last = new CheckService(glossary, languages, CheckConfig.defaults()).check(files, docs);
            long t2 = System.nanoTime();
            long c2 = CpuTime.process();
            a[r] = t1 - t0;
            b[r] = t2 - t1;
            ca[r] = c1 - c0;
            cb[r] = c2 - c1;
            wallRatio[r] = b[r] / (double) a[r];
            cpuRatio[r] = cb[r] / (double) ca[r];
        }
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        java.util.Arrays.sort(ca);
        java.util.Arrays.sort(cb);
        java.util.Arrays.sort(wallRatio);
        java.util.Arrays.sort(cpuRatio);
        System.out.printf("CPU time, all threads (median): glossary %.2f s, all %.2f s, all/glossary = %.2f (median of the"
                + " rounds' ratios %.2f, from %.2f to %.2f); load average %.2f before the rounds, %.2f after%n",
                ca[rounds / 2] / 1e9, cb[rounds / 2] / 1e9, cb[rounds / 2] / (double) ca[rounds / 2], cpuRatio[rounds / 2],
                cpuRatio[0], cpuRatio[rounds - 1], load, CpuTime.load());
        double ma = a[rounds / 2] / 1e9;
        double mb = b[rounds / 2] / 1e9;
        java.util.Map<String, Integer> byRule = new java.util.TreeMap<>();
        last.findings().forEach(f -> byRule.merge(f.rule().id(), 1, Integer::sum));
        System.out.printf("glossary alone vs all checks, %d rounds after two warm-ups: glossary %.2f s (%,.0f units/s; min %.2f,"
                + " max %.2f); all %.2f s (%,.0f units/s; min %.2f, max %.2f); all/glossary = %.2f (median of the rounds'"
                + " ratios %.2f, from %.2f to %.2f); findings %s%n", rounds, ma, units / ma, a[0] / 1e9, a[rounds - 1] / 1e9,
                mb, units / mb, b[0] / 1e9, b[rounds - 1] / 1e9, mb / ma, wallRatio[rounds / 2], wallRatio[0],
                wallRatio[rounds - 1], byRule);
    }

    /** The glossary check alone: every quality check off. */
    static CheckConfig glossaryOnly() {
        java.util.Map<String, String> off = new java.util.HashMap<>();
        for (org.l10nwb.core.check.SegmentCheck c : org.l10nwb.core.check.QualityChecks.ALL) {
            off.put("check.severity." + c.rule().id(), "off");
        }
        return CheckConfig.fromSettings(off);
    }

    /** Time and size of building each language's term index. */
    private static void indexing(Glossary g, Languages languages) {
        StringBuilder sb = new StringBuilder("term indexes:");
        for (String lang : List.of("en", "ru", "ka", "az")) {
            long t0 = System.nanoTime();
            TermIndex index = TermIndex.build(g, lang, languages);
            long t1 = System.nanoTime();
            long forms = index.terms().stream().mapToLong(t -> t.wordForms().stream().mapToLong(java.util.Set::size).sum()).sum();
            sb.append(String.format(" %s %.2f s (%,d terms, %,d word forms);", lang, (t1 - t0) / 1e9, index.terms().size(), forms));
        }
        System.out.println(sb);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
