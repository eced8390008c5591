package org.l10nwb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.xliff.XliffDocuments;

/**
 * {@code check} at scale, side by side with Okapi: whole processes of {@code ./workbench check} on
 * a real corpus (the XLIFF {@code src/bench/corpus/build.sh} writes), with synthetic glossaries of
 * 5,000 and 10,000 concepts drawn from the corpus's own words, in alternation with Okapi's
 * QualityCheck terminology check (string mode, {@link OkapiTermCheck}) on the same file and
 * glossary. {@code check} runs as a user runs it (all checks on, the launcher's JVM options).
 * Prints the median wall time and peak resident memory of each (from
 * {@code /usr/bin/time}) and the ratios.
 *
 * <p>Each concept is an English word (or two adjacent words, one concept in four) of a unit's
 * source with a Russian word of the same unit's translation: terms that occur in the text, so
 * that both tools find candidates in most units and report a finding where the other units use
 * another word, as a real glossary does.
 */
public final class ScaleBenchmark {
    private static final String USAGE = "usage: src/bench/run scale --xliff FILE [--concepts 5000,10000] [--rounds N]"
            + " [--locale ru]";

    public static void main(String[] args) throws Exception {
        Path xliff = null;
        int[] sizes = {5_000, 10_000};
        int rounds = 3;
        String locale = "ru";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "scale" -> {
                }
                case "--xliff" -> xliff = Path.of(args[++i]);
                case "--concepts" -> sizes = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--locale" -> locale = args[++i];
                default -> {
                    System.err.println(USAGE);
                    System.exit(2);
                }
            }
        }
        if (xliff == null) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path root = Path.of("").toAbsolutePath();
        Path dir = Files.createTempDirectory("wb-scale");
        List<String[]> pairs = new ArrayList<>();
        XliffDocument doc = XliffDocuments.read(xliff, InputLimits.fromSettings(Map.of("limits.xliff-mb", "4096"), xliff));
        // check runs in a project of its own whose limit admits the corpus (16 MB by default)
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("workbench.properties"), "source-locale = en\ntarget-locales = " + locale
                + "\ndocuments = corpus.txt\nlimits.xliff-mb = 4096\n");
        // the same project with every quality check off: the glossary check alone, whole process
        Path glossaryOnly = Files.createDirectories(dir.resolve("glossary-only"));
        StringBuilder off = new StringBuilder(Files.readString(project.resolve("workbench.properties")));
        for (org.l10nwb.core.check.SegmentCheck c : org.l10nwb.core.check.QualityChecks.ALL) {
            off.append("check.severity.").append(c.rule().id()).append(" = off\n");
        }
        Files.writeString(glossaryOnly.resolve("workbench.properties"), off.toString());
        int units = 0;
        for (XliffFile f : doc.files()) {
            for (TransUnit u : f.units()) {
                units++;
                if (u.target() != null && u.target().joined().hasText()) {
                    pairs.add(new String[] {u.source().plainText(), u.target().joined().plainText()});
                }
            }
        }
        System.out.printf("scale benchmark: %s, %,d units (%,d translated), %,.1f MB; Java %s, %d cores; load average %s%n",
                xliff, units, pairs.size(), Files.size(xliff) / 1e6, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        tokenizing(pairs, locale);
        int most = Arrays.stream(sizes).max().orElse(0);
        List<String[]> concepts = concepts(pairs, most, new Random(19));
        Map<Integer, Path[]> glossaries = new LinkedHashMap<>();
        for (int n : sizes) {
            List<String[]> of = concepts.subList(0, Math.min(n, concepts.size()));
            Path tbx = dir.resolve("g" + n + ".tbx");
            Path tsv = dir.resolve("g" + n + ".tsv");
            writeTbx(tbx, of, locale);
            writeTsv(tsv, of);
            glossaries.put(n, new Path[] {tbx, tsv});
        }
        Path out = dir.resolve("report.txt");
        Map<String, List<long[]>> runs = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<Integer, Path[]> g : glossaries.entrySet()) {
                long[] w = timed(check(root, project, xliff, g.getValue()[0], locale, out), dir, null);
                runs.computeIfAbsent("workbench " + g.getKey(), k -> new ArrayList<>()).add(w);
                long[] q = timed(check(root, glossaryOnly, xliff, g.getValue()[0], locale, out), dir, null);
                runs.computeIfAbsent("glossary-only " + g.getKey(), k -> new ArrayList<>()).add(q);
                long[] o = timed(List.of("java", "-cp", root.resolve("src/bench/target/bench.jar") + ":"
                        + root.resolve("src/bench/target/lib") + "/*", OkapiTermCheck.class.getName(), xliff.toString(),
                        g.getValue()[1].toString(), "en", locale), dir, null);
                runs.computeIfAbsent("okapi " + g.getKey(), k -> new ArrayList<>()).add(o);
                System.out.printf("round %d, %,d concepts: workbench %.2f s (CPU %.2f s) %,d MB; glossary only %.2f s (CPU %.2f s)"
                        + " %,d MB; okapi %.2f s (CPU %.2f s) %,d MB%n", r + 1, g.getKey(), w[0] / 1e3, w[2] / 1e3, w[1] >> 10,
                        q[0] / 1e3, q[2] / 1e3, q[1] >> 10, o[0] / 1e3, o[2] / 1e3, o[1] >> 10);
            }
        }
        for (int n : glossaries.keySet()) {
            long[] w = medians(runs.get("workbench " + n));
            long[] o = medians(runs.get("okapi " + n));
            System.out.printf("%,d concepts, %d rounds: workbench check median %.2f s (CPU %.2f s), peak RSS %,d MB;"
                    + " Okapi QualityCheck terms (string mode) median %.2f s (CPU %.2f s), peak RSS %,d MB;"
                    + " Okapi/workbench wall %.1f×, CPU %.1f×, memory %.2f×%n", n, rounds, w[0] / 1e3, w[2] / 1e3, w[1] >> 10,
                    o[0] / 1e3, o[2] / 1e3, o[1] >> 10, (double) o[0] / w[0], (double) o[2] / w[2], (double) o[1] / w[1]);
            long[] q = medians(runs.get("glossary-only " + n));
            System.out.printf("%,d concepts: the glossary check alone (every quality check off) median %.2f s (CPU %.2f s),"
                    + " peak RSS %,d MB; all checks / glossary alone: wall %.2f×, CPU %.2f×%n", n, q[0] / 1e3, q[2] / 1e3,
                    q[1] >> 10, (double) w[0] / q[0], (double) w[2] / q[2]);
        }
        if (glossaries.size() > 1) {
            long first = medians(runs.get("workbench " + sizes[0]))[0];
            long last = medians(runs.get("workbench " + sizes[sizes.length - 1]))[0];
            System.out.printf("workbench %,d vs %,d concepts: %+.0f %%%n", sizes[sizes.length - 1], sizes[0],
                    100.0 * (last - first) / first);
        }
        System.out.println("load average after: " + loadAverage());
    }

    /** {@code ./workbench check} of the corpus in {@code project}, as a user runs it (the launcher's own JVM options). */
    private static List<String> check(Path root, Path project, Path xliff, Path tbx, String locale, Path out) {
        return List.of("env", "WORKBENCH_SKIP_BUILD=1", root.resolve("workbench").toString(), "--project", project.toString(),
                "check", xliff.toString(), "--glossary", tbx.toString(), "--target-language", locale, "--fail-on", "never",
                "--output", out.toString());
    }

    /**
     * The tokenizing floor in this process: every source and translation split into words by the
     * workbench's tokenizer and by ICU's break iterator alone, thread CPU time, best of three.
     */
    private static void tokenizing(List<String[]> pairs, String locale) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        com.ibm.icu.util.ULocale en = com.ibm.icu.util.ULocale.ENGLISH;
        com.ibm.icu.util.ULocale trg = new com.ibm.icu.util.ULocale(locale);
        org.l10nwb.core.lang.WordTokenizer fastEn = new org.l10nwb.core.lang.WordTokenizer(en);
        org.l10nwb.core.lang.WordTokenizer fastTrg = new org.l10nwb.core.lang.WordTokenizer(trg);
        com.ibm.icu.text.BreakIterator icuEn = com.ibm.icu.text.BreakIterator.getWordInstance(en);
        com.ibm.icu.text.BreakIterator icuTrg = com.ibm.icu.text.BreakIterator.getWordInstance(trg);
        long bestFast = Long.MAX_VALUE;
        long bestIcu = Long.MAX_VALUE;
        long words = 0;
        for (int round = 0; round < 3; round++) {
            long a = mx.getCurrentThreadCpuTime();
            long w = 0;
            for (String[] p : pairs) {
                w += fastEn.tokens(p[0]).size() + fastTrg.tokens(p[1]).size();
            }
            long b = mx.getCurrentThreadCpuTime();
            long v = 0;
            for (String[] p : pairs) {
                v += icuWords(icuEn, p[0]) + icuWords(icuTrg, p[1]);
            }
            long c = mx.getCurrentThreadCpuTime();
            if (v != w) {
                throw new IllegalStateException("the tokenizer and ICU disagree: " + w + " and " + v + " words");
            }
            words = w;
            bestFast = Math.min(bestFast, b - a);
            bestIcu = Math.min(bestIcu, c - b);
        }
        System.out.printf("tokenizing every source and translation (%,d words), CPU: workbench tokenizer %.2f s,"
                + " ICU break iterator %.2f s (%.1f×)%n", words, bestFast / 1e9, bestIcu / 1e9, (double) bestIcu / bestFast);
    }

    private static long icuWords(com.ibm.icu.text.BreakIterator words, String text) {
        words.setText(text);
        long n = 0;
        int start = words.first();
        for (int end = words.next(); end != com.ibm.icu.text.BreakIterator.DONE; start = end, end = words.next()) {
            if (words.getRuleStatus() >= com.ibm.icu.text.BreakIterator.WORD_NUMBER) {
                n++;
            }
        }
        return n;
    }

    /** Runs a command under /usr/bin/time: {wall ms, peak RSS KB, CPU ms (user and system)}. */
    private static long[] timed(List<String> command, Path dir, Path cwd) throws IOException, InterruptedException {
        Path stats = dir.resolve("time.txt");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M %U %S", "-o", stats.toString()));
        cmd.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("last-output.txt").toFile());
        if (cwd != null) {
            pb.directory(cwd.toFile());
        }
        int rc = pb.start().waitFor();
        String[] t = Files.readString(stats).trim().split("\\R");
        String[] f = t[t.length - 1].trim().split(" ");
        if (rc != 0 && rc != 1) {
            throw new IllegalStateException("exit " + rc + " from " + String.join(" ", command) + ": "
                    + Files.readString(dir.resolve("last-output.txt")));
        }
        return new long[] {Math.round(Double.parseDouble(f[0]) * 1000), Long.parseLong(f[1]),
            Math.round((Double.parseDouble(f[2]) + Double.parseDouble(f[3])) * 1000)};
    }

    private static long[] medians(List<long[]> runs) {
        long[] time = runs.stream().mapToLong(r -> r[0]).sorted().toArray();
        long[] rss = runs.stream().mapToLong(r -> r[1]).sorted().toArray();
        long[] cpu = runs.stream().mapToLong(r -> r[2]).sorted().toArray();
        return new long[] {time[time.length / 2], rss[rss.length / 2], cpu[cpu.length / 2]};
    }

    /**
     * Concepts drawn from the corpus: per randomly chosen unit, an English word of four letters or
     * more from the source (with the next word too, one time in four) and the longest Russian word
     * of its translation; each English term once.
     */
    static List<String[]> concepts(List<String[]> pairs, int n, Random r) {
        Map<String, String[]> byEnglish = new LinkedHashMap<>();
        int tries = 0;
        while (byEnglish.size() < n && tries++ < 100 * n) {
            String[] p = pairs.get(r.nextInt(pairs.size()));
            String[] en = words(p[0], false);
            String[] ru = words(p[1], true);
            if (en.length == 0 || ru.length == 0) {
                continue;
            }
            int i = r.nextInt(en.length);
            String term = en[i];
            if (r.nextInt(4) == 0 && i + 1 < en.length) {
                term = term + " " + en[i + 1];
            }
            String target = ru[0];
            for (String w : ru) {
                if (w.length() > target.length()) {
                    target = w;
                }
            }
            byEnglish.putIfAbsent(term.toLowerCase(Locale.ROOT), new String[] {term, target});
        }
        return new ArrayList<>(byEnglish.values());
    }

    /** The words of four letters or more, Latin or Cyrillic, of a text, in order. */
    private static String[] words(String text, boolean cyrillic) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[^\\p{L}]+")) {
            if (w.length() >= 4 && w.codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                    == (cyrillic ? Character.UnicodeScript.CYRILLIC : Character.UnicodeScript.LATIN))) {
                out.add(w);
            }
        }
        return out.toArray(String[]::new);
    }

    private static void writeTbx(Path file, List<String[]> concepts, String locale) throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<tbx type=\"TBX-Core\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n"
                + "<tbxHeader><fileDesc><sourceDesc><p>src/bench ScaleBenchmark</p></sourceDesc></fileDesc></tbxHeader>\n"
                + "<text><body>\n");
        int i = 0;
        for (String[] c : concepts) {
            sb.append("<conceptEntry id=\"c").append(i++).append("\">")
                    .append("<langSec xml:lang=\"en\"><termSec><term>").append(xml(c[0])).append("</term></termSec></langSec>")
                    .append("<langSec xml:lang=\"").append(locale).append("\"><termSec><term>").append(xml(c[1]))
                    .append("</term></termSec></langSec></conceptEntry>\n");
        }
        sb.append("</body></text></tbx>\n");
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    /** Okapi's SimpleTB tab-separated import: source term, target term. */
    private static void writeTsv(Path file, List<String[]> concepts) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String[] c : concepts) {
            sb.append(c[0]).append('\t').append(c[1]).append('\n');
        }
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "?";
        }
    }
}
