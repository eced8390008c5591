package org.l10nwb.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.l10nwb.core.check.GlossaryLint;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.TbxReader;
import org.l10nwb.core.glossary.TbxWriter;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermStatus;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.terms.TermIndexes;

/**
 * Glossaries at scale: a synthetic TBX of N concepts in four languages (en, ru, ka, az), written
 * by the workbench's own TBX writer, then loaded by its reader, indexed (every language's term
 * index, inflected forms included) and linted, each step timed with its peak heap. The sizes
 * double (25,000 to 200,000 concepts by default) so that a cost growing faster than the glossary
 * shows as a ratio above 2 between neighbours.
 *
 * <p>Terms are one to three words drawn from a vocabulary per language that grows with the
 * glossary, as words of a real terminology repeat; one concept in fifty also has a deprecated
 * term, one in a hundred a term of another concept (which lint reports).
 *
 * <p>Usage: {@code src/bench/run glossary [--sizes 25000,50000,100000,200000] [--stop-after SECONDS]}
 * (a size whose step took longer than {@code --stop-after}, default 120, ends the series). Run it
 * with {@code BENCH_JAVA_OPTS=-Xmx1g} for the 1 GB target.
 */
public final class GlossaryBenchmark {
    private static final String[] LANGUAGES = {"en", "ru", "ka", "az"};
    private static final String[][] ALPHABETS = {
            "abcdefghijklmnopqrstuvwxyz".split(""),
            "абвгдежзиклмнопрстуфхцчшщыэюя".split(""),
            "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ".split(""),
            "abcçdeəfgğhxıijkqlmnoöprsştuüvyz".split("")};
    private static final String[][] ENDINGS = {{"", "", "tion", "ing", "er"}, {"а", "", "ость", "ие", "ок"},
            {"ი", "ა", "ობა", "ება", "ელი"}, {"", "lik", "ma", "çı", "ə"}};

    /** The glossary limit raised to what any size here needs. */
    private static final org.l10nwb.core.io.InputLimits UNLIMITED = org.l10nwb.core.io.InputLimits.fromSettings(
            java.util.Map.of("limits.glossary-mb", "4096"), Path.of("workbench.properties"));

    private GlossaryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = List.of(25_000, 50_000, 100_000, 200_000);
        double stopAfter = 120;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = java.util.Arrays.stream(args[++i].split(",")).map(String::strip)
                        .map(Integer::parseInt).toList();
                case "--stop-after" -> stopAfter = Double.parseDouble(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("glossary-bench");
        Languages languages = Languages.installed();
        System.out.printf("glossary benchmark: %s, max heap %d MB, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        System.out.println("concepts  tbx-MB   load-s  (cpu)  load-MB   index-s  (cpu)  index-MB   lint-s  (cpu)  lint-MB  issues");
        try {
            for (int n : sizes) {
                // one size per call: the previous size's glossary and indexes are no longer reachable from
                // this frame when the next is read (an interpreted loop keeps a dead local alive)
                double slowest = measure(n, dir, languages);
                if (slowest > stopAfter) {
                    System.out.printf("stopped: a step took over %.0f s%n", stopAfter);
                    break;
                }
            }
        } finally {
            try (var left = Files.list(dir)) {
                for (Path p : left.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** Reads, indexes and lints a synthetic glossary of {@code n} concepts; prints a row, returns the slowest step's seconds. */
    private static double measure(int n, Path dir, Languages languages) throws IOException {
        Path tbx = dir.resolve("g" + n + ".tbx");
        writeSynthetic(n, tbx);
        long bytes = Files.size(tbx);
        System.gc();

        resetPeaks();
        long t0 = System.nanoTime();
        long c0 = cpu();
        // streamed as a project reads it; a file this large needs limits.glossary-mb raised there
        Glossary g = new TbxReader().read(tbx, UNLIMITED);
        double load = seconds(t0);
        double loadCpu = (cpu() - c0) / 1e9;
        long loadMb = peakMb();

        resetPeaks();
        t0 = System.nanoTime();
        c0 = cpu();
        TermIndexes indexes = TermIndexes.of(g, languages);
        for (String lang : LANGUAGES) {
            indexes.get(lang);
        }
        double index = seconds(t0);
        double indexCpu = (cpu() - c0) / 1e9;
        long indexMb = peakMb();

        resetPeaks();
        t0 = System.nanoTime();
        c0 = cpu();
        int issues = new GlossaryLint(languages).lint(g, List.of("ru", "ka", "az")).size();
        double lint = seconds(t0);
        double lintCpu = (cpu() - c0) / 1e9;
        long lintMb = peakMb();

        System.out.printf("%8d %7.1f %8.2f %6.1f %8d %9.2f %6.1f %9d %8.2f %6.1f %8d %7d%n", n, bytes / 1e6, load,
                loadCpu, loadMb, index, indexCpu, indexMb, lint, lintCpu, lintMb, issues);
        Files.delete(tbx);
        return Math.max(load, Math.max(index, lint));
    }

    /**
     * Writes {@link #synthetic} to {@code tbx} a few thousand concepts at a time, each part written
     * by the TBX writer and put between the first part's header and footer: the whole glossary and
     * its text at once would take the heap the steps are measured in.
     */
    static void writeSynthetic(int n, Path tbx) throws IOException {
        final int part = 5_000;
        Random random = new Random(19);
        int vocabulary = Math.max(1000, n / 4);
        String open = "<text><body>\n";
        String close = "  </body></text>";
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(tbx))) {
            String footer = null;
            for (int from = 0; from < n; from += part) {
                List<Concept> concepts = new ArrayList<>(part);
                for (int c = from; c < Math.min(n, from + part); c++) {
                    concepts.add(concept(random, vocabulary, c));
                }
                String text = new String(new TbxWriter().write(new Glossary(List.of(), "en", concepts),
                        "synthetic benchmark glossary"), java.nio.charset.StandardCharsets.UTF_8);
                int body = text.indexOf(open) + open.length();
                int end = text.lastIndexOf(close);
                out.write((from == 0 ? text.substring(0, end) : text.substring(body, end))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                footer = text.substring(end);
            }
            out.write(footer.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** N concepts, each with one to three words per language; the same seed gives the same glossary. */
    static Glossary synthetic(int n) {
        Random random = new Random(19);
        int vocabulary = Math.max(1000, n / 4);
        List<Concept> concepts = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            concepts.add(concept(random, vocabulary, c));
        }
        return new Glossary(List.of(), "en", concepts);
    }

    /** Concept {@code c} of the synthetic glossary, drawn from {@code random} in concept order. */
    private static Concept concept(Random random, int vocabulary, int c) {
        List<LanguageSection> sections = new ArrayList<>();
        int words = 1 + random.nextInt(3);
        long[] picks = new long[words];
        for (int w = 0; w < words; w++) {
            picks[w] = random.nextInt(vocabulary);
        }
        for (int l = 0; l < LANGUAGES.length; l++) {
            List<Term> terms = new ArrayList<>();
            terms.add(Term.of(phrase(l, picks, c), TermStatus.PREFERRED));
            if (c % 50 == 7) {
                terms.add(Term.of(phrase(l, new long[] {picks[0] + vocabulary}, c), TermStatus.DEPRECATED));
            }
            if (c % 100 == 3 && c > 0) {
                terms.add(Term.of(phrase(l, new long[] {0}, c - 1), TermStatus.ADMITTED));
            }
            sections.add(new LanguageSection(LANGUAGES[l], null, List.of(), terms));
        }
        return new Concept("c" + c, null, null, List.of(), sections, null);
    }

    /** A term: the picked words of the language, spelled from their numbers; distinct per concept by its number. */
    private static String phrase(int language, long[] picks, int concept) {
        StringBuilder s = new StringBuilder();
        for (long p : picks) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(word(language, p));
        }
        return s.append(' ').append(word(language, 100_000_000L + concept)).toString();
    }

    private static String word(int language, long number) {
        String[] letters = ALPHABETS[language];
        StringBuilder w = new StringBuilder();
        long v = number;
        do {
            w.append(letters[(int) (v % letters.length)]);
            v /= letters.length;
        } while (v > 0);
        return w.append(ENDINGS[language][(int) (number % ENDINGS[language].length)]).toString();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The process's CPU time, garbage collection included: on a machine shared with other builds
     * the wall time says more about them than about us.
     */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The heap's peak since {@link #resetPeaks}, summed over its pools (an upper bound: pools peak at different times). */
    private static long peakMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
