package org.l10nwb.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
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
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermStatus;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.terms.IndexedTerm;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xml.XmlText;

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
 * runs have the quality checks off.
 */
public final class CheckBenchmark {
    private static final String[] LANGS = {"ru", "ka", "az"};

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
            Glossary full = glossary(2 * concepts, new Random(7));
            Glossary half = new Glossary(List.of(), "en", full.concepts().subList(0, concepts));
            List<Path> files = writeUnits(dir, half, units, languages, new Random(11));
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
     * timed in turn round after round after warm-up, with the findings of each quality check.
     */
    private static void quality(Glossary glossary, List<Path> files, Languages languages, int units, int rounds) {
        XliffReader reader = new XliffReader();
        List<XliffDocument> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(QualityCheckCost.read(reader, f));
        }
        CheckService glossaryOnly = new CheckService(glossary, languages, glossaryOnly());
        CheckService all = new CheckService(glossary, languages, CheckConfig.defaults());
        // one warm-up of each: the term indexes, the dictionaries and the compiled code are there after it
        glossaryOnly.check(files, docs);
        all.check(files, docs);
        long[] a = new long[rounds];
        long[] b = new long[rounds];
        long[] ca = new long[rounds]; // CPU time of the process, all threads
        long[] cb = new long[rounds];
        CheckResult last = null;
        double load = CpuTime.load();
        for (int r = 0; r < rounds; r++) {
            long c0 = CpuTime.process();
            long t0 = System.nanoTime();
            glossaryOnly.check(files, docs);
            long t1 = System.nanoTime();
            long c1 = CpuTime.process();
            last = all.check(files, docs);
            long t2 = System.nanoTime();
            long c2 = CpuTime.process();
            a[r] = t1 - t0;
            b[r] = t2 - t1;
            ca[r] = c1 - c0;
            cb[r] = c2 - c1;
        }
        java.util.Arrays.sort(a);
        java.util.Arrays.sort(b);
        java.util.Arrays.sort(ca);
        java.util.Arrays.sort(cb);
        System.out.printf("CPU time, all threads (median): glossary %.2f s, all %.2f s, all/glossary = %.2f; load average"
                + " %.2f before the rounds, %.2f after%n", ca[rounds / 2] / 1e9, cb[rounds / 2] / 1e9,
                cb[rounds / 2] / (double) ca[rounds / 2], load, CpuTime.load());
        double ma = a[rounds / 2] / 1e9;
        double mb = b[rounds / 2] / 1e9;
        java.util.Map<String, Integer> byRule = new java.util.TreeMap<>();
        last.findings().forEach(f -> byRule.merge(f.rule().id(), 1, Integer::sum));
        System.out.printf("glossary alone vs all checks, %d rounds after a warm-up: glossary %.2f s (%,.0f units/s; min %.2f,"
                + " max %.2f); all %.2f s (%,.0f units/s; min %.2f, max %.2f); all/glossary = %.2f; findings %s%n", rounds, ma,
                units / ma, a[0] / 1e9, a[rounds - 1] / 1e9, mb, units / mb, b[0] / 1e9, b[rounds - 1] / 1e9, mb / ma, byRule);
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

    // ---- synthetic data -------------------------------------------------------------------

    private static final String[] LATIN = {"ka", "ro", "zan", "ge", "mir", "tol", "ba", "shu", "ven", "dar", "li", "nos",
        "ter", "gu", "pal", "vi", "sem", "chor", "bel", "an"};
    private static final String[] CYR = {"ка", "ро", "зан", "ге", "мир", "тол", "ба", "шу", "вен", "дар", "ли", "нос",
        "тер", "гу", "пал", "ви", "сем", "чор", "бел", "ан"};
    private static final String[] CYR_END = {"", "а", "ия", "ский", "ов", "ь", "о"};
    private static final String[] KA = {"კა", "რო", "ზან", "გე", "მირ", "თოლ", "ბა", "შუ", "ვენ", "დარ", "ლი", "ნოს",
        "ტერ", "გუ", "პალ", "ვი", "სემ", "ჩორ", "ბელ", "ან"};
    private static final String[] KA_END = {"ი", "ა", "ო", "ანი"};
    private static final String[] AZ = {"ka", "ro", "zən", "gə", "mir", "tol", "ba", "şu", "vən", "dar", "li", "nös",
        "tər", "gu", "pal", "vi", "səm", "çor", "bəl", "an"};
    private static final String[] FILLER = {"the", "city", "of", "and", "was", "never", "about", "for", "years",
        "after", "war", "people", "power", "move", "its", "new", "old", "their", "real", "time"};
    /** The same twenty words in each target language, so that translations read as translations to the quality checks. */
    private static final java.util.Map<String, String[]> TARGET_FILLER = java.util.Map.of(
            "ru", new String[] {"город", "и", "был", "никогда", "о", "для", "лет", "после", "войны", "люди", "власть", "ход",
                "его", "новый", "старый", "их", "реальный", "время", "в", "не"},
            "ka", new String[] {"ქალაქი", "და", "იყო", "არასოდეს", "შესახებ", "წლის", "შემდეგ", "ომის", "ხალხი", "ძალა",
                "სვლა", "მისი", "ახალი", "ძველი", "მათი", "რეალური", "დრო", "არ", "კი", "რომ"},
            "az", new String[] {"şəhər", "və", "idi", "heç", "haqqında", "üçün", "il", "sonra", "müharibə", "insanlar",
                "güc", "gediş", "onun", "yeni", "köhnə", "onların", "həqiqi", "vaxt", "bu", "ki"});

    private static String word(Random r, String[] syllables, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(syllables[r.nextInt(syllables.length)]);
        }
        return sb.toString();
    }

    private static String cap(String s) {
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    static Glossary glossary(int n, Random r) {
        List<Concept> concepts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean two = r.nextInt(4) == 0;
            String en = cap(word(r, LATIN, 3)) + i + (two ? " " + word(r, LATIN, 2) : "");
            String ru = cap(word(r, CYR, 2)) + numberWord(i, CYR) + CYR_END[r.nextInt(CYR_END.length)]
                    + (two ? " " + word(r, CYR, 2) + "а" : "");
            String ka = word(r, KA, 2) + numberWord(i, KA) + KA_END[r.nextInt(KA_END.length)]
                    + (two ? " " + word(r, KA, 2) + "ი" : "");
            String az = cap(word(r, AZ, 2)) + numberWord(i, AZ) + (two ? " " + word(r, AZ, 2) + "i" : "");
            List<LanguageSection> sections = new ArrayList<>();
            sections.add(section("en", en, null));
            boolean contested = r.nextInt(3) == 0;
            sections.add(section("ru", ru, contested ? cap(word(r, CYR, 3)) + numberWord(i, CYR) : null));
            sections.add(section("ka", ka, contested ? word(r, KA, 3) + numberWord(i, KA) + "ი" : null));
            sections.add(section("az", az, contested ? cap(word(r, AZ, 3)) + numberWord(i, AZ) : null));
            concepts.add(new Concept("c" + i, null, null, List.of(), sections, null));
        }
        return new Glossary(List.of(), "en", concepts);
    }

    /** A unique letter sequence per number, so that terms never collide by accident. */
    private static String numberWord(int i, String[] syllables) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append(syllables[i % syllables.length]);
            i /= syllables.length;
        } while (i > 0);
        return sb.toString();
    }

    private static LanguageSection section(String lang, String preferred, String deprecated) {
        List<Term> terms = new ArrayList<>();
        terms.add(Term.of(preferred, TermStatus.PREFERRED));
        if (deprecated != null) {
            terms.add(Term.of(deprecated, TermStatus.DEPRECATED));
        }
        return new LanguageSection(lang, null, List.of(), terms);
    }

    static List<Path> writeUnits(Path dir, Glossary g, int units, Languages languages, Random r)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (int l = 0; l < LANGS.length; l++) {
            String lang = LANGS[l];
            TermIndex index = TermIndex.build(g, lang, languages);
            List<IndexedTerm> allowed = index.terms().stream().filter(t -> t.term().allowed()).toList();
            List<IndexedTerm> forbidden = index.terms().stream().filter(t -> !t.term().allowed()).toList();
            StringBuilder sb = new StringBuilder(units * 200);
            sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n")
                    .append("<file original=\"bench.txt\" datatype=\"plaintext\" source-language=\"en\" target-language=\"")
                    .append(lang).append("\"><body>\n");
            int count = units / LANGS.length + (l < units % LANGS.length ? 1 : 0);
            for (int u = 0; u < count; u++) {
                StringBuilder src = new StringBuilder();
                StringBuilder trg = new StringBuilder();
                int mentions = 2 + r.nextInt(2);
                for (int m = 0; m < mentions; m++) {
                    IndexedTerm t = allowed.get(r.nextInt(allowed.size()));
                    filler(r, src, 5, FILLER);
                    filler(r, trg, 5, TARGET_FILLER.get(lang));
                    src.append(t.concept().terms("en").get(0).text()).append(' ');
                    trg.append(randomForm(t, r)).append(' ');
                }
                if (!forbidden.isEmpty() && r.nextInt(20) == 0) {
                    trg.append(randomForm(forbidden.get(r.nextInt(forbidden.size())), r)).append(' ');
                }
                filler(r, src, 4, FILLER);
                filler(r, trg, 4, TARGET_FILLER.get(lang));
                if (r.nextInt(3) == 0) {
                    int year = 1990 + r.nextInt(35);
                    src.append("in ").append(year).append(' ');
                    trg.append(year).append(' ');
                }
                src.setLength(src.length() - 1);
                src.append(". ");
                trg.setLength(trg.length() - 1);
                trg.append(". ");
                sb.append("<trans-unit id=\"").append(u + 1).append("\"><source>").append(XmlText.escapeText(src.toString().strip()))
                        .append("</source><target state=\"translated\">").append(XmlText.escapeText(trg.toString().strip()))
                        .append("</target></trans-unit>\n");
            }
            sb.append("</body></file>\n</xliff>\n");
            Path f = dir.resolve(lang + ".xlf");
            Files.writeString(f, sb, StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    private static String randomForm(IndexedTerm t, Random r) {
        StringBuilder sb = new StringBuilder();
        for (var forms : t.wordForms()) {
            List<String> list = new ArrayList<>(forms);
            sb.append(list.get(r.nextInt(list.size()))).append(' ');
        }
        return sb.toString().strip();
    }

    /** {@code n} words, never the same twice in a row (a doubled word is a finding). */
    private static void filler(Random r, StringBuilder sb, int n, String[] words) {
        int last = -1;
        for (int i = 0; i < n; i++) {
            int w = r.nextInt(words.length - 1);
            w = w >= last && last >= 0 ? w + 1 : w;
            last = w;
            sb.append(words[w]).append(' ');
        }
    }
}
