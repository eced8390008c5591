package org.l10nwb.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.XLIFFWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.filters.html.HtmlFilter;
import net.sf.okapi.filters.plaintext.PlainTextFilter;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.merge.merge.SkeletonMergerWriter;
import net.sf.okapi.lib.segmentation.SRXDocument;

import org.l10nwb.core.build.BuildService;
import org.l10nwb.core.extract.ExtractService;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.project.ProjectConfig;

/**
 * Extract and build of plain-text documents doubling in size from 64 KB, and of an HTML document,
 * through a project's own {@code extract} and {@code build} ({@link ExtractService}, {@link BuildService}: the
 * project's limits raised past the sizes, as a user with such documents raises them), beside Okapi's own
 * pipeline on the same files in the same run: raw document → filter → Okapi's
 * SRX segmenter (default rules) → Okapi's XLIFF writer, and Okapi's skeleton merger on that XLIFF.
 * Each measurement runs in a child JVM of its own, so that its peak resident memory (VmHWM) is its
 * own; times are of the work alone, without the JVM's start.
 *
 * <p>Usage: {@code ExtractBenchmark [--min MB] [--max MB] [--okapi-max MB] [--html MB] [--heap SIZE]}
 * (defaults: the series from 64 KB to 64 MB, Okapi's side to 16 MB, an HTML page of 10 MB with
 * both sides, and 1g, the child JVMs' {@code -Xmx}; {@code --html 0} leaves the page out). The doubling series stays in the output, with
 * the growth of the cost per MB from one size to the next, so that a cost growing faster than the
 * input shows as a growth well above 1.
 */
public final class ExtractBenchmark {
    private static final LocaleTag EN = LocaleTag.of("en");
    private static final LocaleTag RU = LocaleTag.of("ru");

    private ExtractBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--child")) {
            child(args);
            return;
        }
        long min = 64L << 10;
        long max = 64L << 20;
        long okapiMax = 16L << 20;
        long html = 10L << 20;
        String heap = "1g";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--min" -> min = Math.max(64L << 10, Long.parseLong(args[++i]) << 20);
                case "--max" -> max = Long.parseLong(args[++i]) << 20;
                case "--okapi-max" -> okapiMax = Long.parseLong(args[++i]) << 20;
                case "--html" -> html = Long.parseLong(args[++i]) << 20;
                case "--heap" -> heap = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("extract-bench");
        List<String> paragraphs = Files.readAllLines(Path.of("../shared/source-article.en.txt"));
        System.out.printf("extract and build, plain text and HTML, each in a JVM of its own with -Xmx%s; load average %s%n",
                heap, loadAverage());
        System.out.println("s: wall seconds of the work; cpu: its process CPU seconds (all threads); s/MB and cpu/MB per MB"
                + " of input; peak: VmHWM in MB; ×: ours/Okapi in CPU seconds; growth: cpu/MB over the previous size's");
        System.out.printf("%-7s %-4s | %7s %7s %7s %7s %7s %5s | %7s %7s %7s %7s %5s | %6s %6s | %6s %6s | %5s%n", "size",
                "kind", "ex s", "ex cpu", "ex c/MB", "bd s", "bd cpu", "peak", "Oex s", "Oex cpu", "Obd s", "Obd cpu",
                "peak", "ex ×", "bd ×", "ex gr", "bd gr", "load");
        double[] previous = null;
        for (long size = 64L << 10; size <= max; size *= 2) {
            if (size < min) {
                continue;
            }
            Path txt = project(dir, "doc-" + (size >> 10) + "k.txt");
            Files.writeString(txt, plainText(paragraphs, size));
            previous = row(txt, "text", size, size <= okapiMax, heap, previous);
            Files.delete(txt);
        }
        if (html > 0) {
            Path page = project(dir, "doc.html");
            Files.writeString(page, html(paragraphs, html));
            row(page, "html", html, true, heap, null);
            Files.delete(page);
        }
        System.out.printf("load average %s%n", loadAverage());
    }

    /**
     * A project of one document (en to ru) with its limits raised past the benchmark's sizes, as a
     * user with such documents would raise them; answers where the document goes. The project's
     * earlier files are removed first.
     */
    private static Path project(Path dir, String name) throws IOException {
        Path root = dir.resolve("project");
        if (Files.exists(root)) {
            try (var files = Files.walk(root)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.createDirectories(root.resolve("locales/en"));
        Files.writeString(root.resolve(ProjectConfig.FILE_NAME), ProjectConfig.render(EN, List.of(RU),
                List.of("locales/en/" + name)) + "limits.source-mb = 1024\nlimits.xliff-mb = 4096\n");
        return root.resolve("locales/en/" + name);
    }

    /**
     * One size: our extract and build, then Okapi's; returns our CPU seconds per MB of extract and
     * build, for the next size's growth column (about 1 when the cost is linear in the input).
     */
    private static double[] row(Path doc, String kind, long size, boolean withOkapi, String heap, double[] previous)
            throws Exception {
        Path root = doc.getParent().getParent().getParent();
        Path ourXliff = Project.open(root).xliffPath("locales/en/" + doc.getFileName(), RU);
        Path okapiXliff = doc.resolveSibling(doc.getFileName() + ".okapi.xlf");
        String load = loadAverage();
        double mb = Files.size(doc) / 1048576.0;
        double[] ex = run("ours-extract", doc, ourXliff, heap);
        double[] bd = run("ours-build", doc, ourXliff, heap);
        double[] oex = withOkapi ? run("okapi-extract", doc, okapiXliff, heap) : null;
        double[] obd = withOkapi ? run("okapi-build", doc, okapiXliff, heap) : null;
        String size1 = size >= 1 << 20 ? (size >> 20) + " MB" : (size >> 10) + " KB";
        double[] perMb = {ex[2] / mb, bd[2] / mb};
        String growth = previous == null ? String.format("%6s %6s", "", "")
                : String.format("%6.2f %6.2f", perMb[0] / previous[0], perMb[1] / previous[1]);
        String okapi = withOkapi
                ? String.format("%7.2f %7.2f %7.2f %7.2f %5.0f | %6.2f %6.2f", oex[0], oex[2], obd[0], obd[2],
                        Math.max(oex[1], obd[1]), ex[2] / oex[2], bd[2] / obd[2])
                : String.format("%7s %7s %7s %7s %5s | %6s %6s", "-", "-", "-", "-", "-", "", "");
        System.out.printf("%-7s %-4s | %7.2f %7.2f %7.2f %7.2f %7.2f %5.0f | %s | %s | %5s%n", size1, kind, ex[0], ex[2],
                perMb[0], bd[0], bd[2], Math.max(ex[1], bd[1]), okapi, growth, load);
        Files.deleteIfExists(ourXliff);
        Files.deleteIfExists(Project.open(root).editionPath("locales/en/" + doc.getFileName(), RU));
        Files.deleteIfExists(okapiXliff);
        Files.deleteIfExists(doc.resolveSibling(doc.getFileName() + ".okapi.out"));
        return perMb;
    }

    /** Wall seconds, peak resident MB and CPU seconds of one measurement in a child JVM. */
    private static double[] run(String what, Path doc, Path xliff, String heap) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(List.of("-Xmx" + heap, "-cp", System.getProperty("java.class.path"), ExtractBenchmark.class.getName(),
                "--child", what, doc.toString(), xliff.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(what + " failed: " + out);
        }
        String[] last = out.substring(out.lastIndexOf('\n') + 1).split(" ");
        return new double[] {Double.parseDouble(last[0]), Double.parseDouble(last[1]), Double.parseDouble(last[2])};
    }

    private static void child(String[] args) throws Exception {
        String what = args[1];
        Path doc = Path.of(args[2]);
        Path xliff = Path.of(args[3]);
        boolean isHtml = doc.toString().endsWith(".html");
        long t0 = System.nanoTime();
        long cpu0 = processCpu();
        switch (what) {
            case "ours-extract" -> oursExtract(doc, xliff);
            case "ours-build" -> oursBuild(doc, xliff);
            case "okapi-extract" -> okapiExtract(doc, xliff, isHtml);
            case "okapi-build" -> okapiBuild(doc, xliff, isHtml);
            default -> throw new IllegalArgumentException(what);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpu() - cpu0) / 1e9;
        System.out.printf("%.3f %.0f %.3f%n", seconds, peakRss() / 1048576.0, cpu);
    }

    /** The project's {@code extract}: filter, segmentation and XLIFF writer, the units streamed onto the file. */
    private static void oursExtract(Path doc, Path xliff) {
        Project project = Project.open(doc.getParent().getParent().getParent());
        new ExtractService(DocumentFormats.load()).extract(project, List.of(RU));
        if (!Files.exists(xliff)) {
            throw new IllegalStateException("no " + xliff);
        }
    }

    /** The project's {@code build}, the source standing in for every target (untranslated allowed). */
    private static void oursBuild(Path doc, Path xliff) {
        Project project = Project.open(doc.getParent().getParent().getParent());
        new BuildService(DocumentFormats.load()).build(project, List.of(RU), true);
    }

    private static IFilter filter(boolean html) {
        return html ? new HtmlFilter() : new PlainTextFilter();
    }

    private static void okapiExtract(Path doc, Path xliff, boolean html) {
        LocaleId en = LocaleId.fromBCP47("en");
        SRXDocument srx = new SRXDocument();
        srx.loadRules(SRXDocument.DEFAULT_SRX_RULES);
        ISegmenter segmenter = srx.compileLanguageRules(en, null);
        try (IFilter filter = filter(html); RawDocument raw = new RawDocument(doc.toUri(), "UTF-8", en);
                XLIFFWriter writer = new XLIFFWriter()) {
            writer.setOptions(LocaleId.fromBCP47("ru"), "UTF-8");
            writer.setOutput(xliff.toString());
            filter.open(raw);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isTextUnit()) {
                    ITextUnit tu = e.getTextUnit();
                    TextContainer tc = tu.getSource();
                    segmenter.computeSegments(tc);
                    tc.getSegments().create(segmenter.getRanges());
                }
                writer.handleEvent(e);
            }
        }
    }

    private static void okapiBuild(Path doc, Path xliff, boolean html) {
        LocaleId en = LocaleId.fromBCP47("en");
        LocaleId ru = LocaleId.fromBCP47("ru");
        SkeletonMergerWriter merger = new SkeletonMergerWriter();
        try (IFilter skeleton = filter(html); RawDocument original = new RawDocument(doc.toUri(), "UTF-8", en, ru);
                XLIFFFilter translations = new XLIFFFilter();
                RawDocument translated = new RawDocument(xliff.toUri(), "UTF-8", en, ru);
                OutputStream out = Files.newOutputStream(doc.resolveSibling(doc.getFileName() + ".okapi.out"))) {
            skeleton.open(original);
            merger.setFilter(skeleton);
            merger.setOptions(ru, "UTF-8");
            merger.setOutput(out);
            translations.open(translated);
            while (translations.hasNext()) {
                merger.handleEvent(translations.next());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            merger.close();
        }
    }

    /** The article's paragraphs in a seeded random order, one per line, to {@code size} bytes. */
    static String plainText(List<String> paragraphs, long size) {
        Random random = new Random(size);
        StringBuilder b = new StringBuilder();
        List<String> order = new ArrayList<>(paragraphs);
        while (b.length() < size) {
            Collections.shuffle(order, random);
            for (String p : order) {
                b.append(p).append('\n');
            }
        }
        return b.toString();
    }

    /** An HTML page of the article's paragraphs with inline markup, to {@code size} bytes. */
    static String html(List<String> paragraphs, long size) {
        Random random = new Random(size);
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Bench</title>"
                + "</head><body>\n");
        while (b.length() < size) {
            String p = paragraphs.get(random.nextInt(paragraphs.size())).replace("&", "&amp;").replace("<", "&lt;");
            String[] words = p.split(" ");
            b.append("<p>");
            for (int i = 0; i < words.length; i++) {
                int k = random.nextInt(40);
                b.append(k == 0 ? "<b>" + words[i] + "</b>" : k == 1 ? "<a href=\"#w" + i + "\">" + words[i] + "</a>"
                        : words[i]).append(i + 1 < words.length ? " " : "");
            }
            b.append("</p>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    /** The CPU time of the whole process (every thread: the compiler's and the collector's too), in ns. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return 0;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return 0;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
