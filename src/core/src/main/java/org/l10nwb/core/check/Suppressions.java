package org.l10nwb.core.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;

/**
 * Findings the editors accept, one file per folder of XLIFF files ({@value #FILE_NAME} beside
 * them, so per locale in a project), committed with the project. A line names the XLIFF file,
 * the segment ({@code 5:4}) or unit ({@code 5}), the check, a fingerprint of the source and target
 * text there, and the reason:
 *
 * <pre>
 * article.xlf	5:4	number-mismatch	3f9a0c21d4e7b812	the author corrected the year in the translation
 * </pre>
 *
 * <p>A suppression covers the findings of its check at its place while the text is the one it
 * was written for: an edited source or translation has another fingerprint, so its findings come
 * back, and the suppression is stale. Suppressed findings do not count for the exit code; reports
 * list them with their reason.
 */
public final class Suppressions {
    public static final String FILE_NAME = "suppressions.tsv";
    private static final String HEADER = "# Findings the editors accept: XLIFF file, unit[:segment], check, fingerprint"
            + " of the text, reason (tab-separated). Written when an editor accepts a finding; an edited text brings its"
            + " findings back.";

    /**
     * One accepted finding.
     *
     * @param position the line of the suppressions file it was read from, or {@code null}
     */
    public record Suppression(String document, String place, String ruleId, String fingerprint, String reason,
            SourcePosition position) {
        /** The line as the file has it. */
        public String line() {
            return document + "\t" + place + "\t" + ruleId + "\t" + fingerprint + "\t" + reason.replace('\t', ' ')
                    .replace('\n', ' ');
        }
    }

    /** A finding that a suppression covers. */
    public record Suppressed(Finding finding, Suppression by) {
    }

    /** A unit's findings: those that count, and those a suppression covers. */
    public record Split(List<Finding> kept, List<Suppressed> suppressed) {
        public Split {
            kept = List.copyOf(kept);
            suppressed = List.copyOf(suppressed);
        }
    }

    private final List<Suppression> entries;
    /** By XLIFF file name, then by place, check and fingerprint. */
    private final Map<String, Map<String, Suppression>> byDocument = new HashMap<>();

    private Suppressions(List<Suppression> entries) {
        this.entries = List.copyOf(entries);
        for (Suppression s : this.entries) {
            byDocument.computeIfAbsent(s.document(), k -> new HashMap<>())
                    .put(s.place() + "\t" + s.ruleId() + "\t" + s.fingerprint(), s);
        }
    }

    /**
     * Splits the findings of one unit of the XLIFF file named {@code document} (its file name, as
     * the suppressions file has it) into those that count and those a suppression covers while
     * the unit's text is the one it was written for.
     */
    public Split split(String document, TransUnit unit, List<Finding> findings) {
        Map<String, Suppression> here = byDocument.getOrDefault(document, Map.of());
        if (here.isEmpty() || unit == null || findings.isEmpty()) {
            return new Split(findings, List.of());
        }
        List<Finding> kept = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        Map<String, String> prints = new HashMap<>();
        for (Finding x : findings) {
            String print = prints.computeIfAbsent(x.segmentId() == null ? "" : x.segmentId(),
                    k -> fingerprint(unit, x.segmentId()));
            Suppression s = here.get(x.place() + "\t" + x.rule().id() + "\t" + print);
            if (s == null) {
                kept.add(x);
            } else {
                suppressed.add(new Suppressed(x, s));
            }
        }
        return new Split(kept, suppressed);
    }

    public static Suppressions none() {
        return new Suppressions(List.of());
    }

    public List<Suppression> entries() {
        return entries;
    }

    /** The suppressions file of the folder an XLIFF file is in. */
    public static Path fileFor(Path xliff) {
        Path dir = xliff.toAbsolutePath().getParent();
        Path f = dir.resolve(FILE_NAME);
        return xliff.isAbsolute() ? f : Path.of("").toAbsolutePath().relativize(f);
    }

    /** The suppressions of the folders of these XLIFF files, each folder's file read once. */
    public static Suppressions forFiles(List<Path> xliffs) {
        List<Suppression> all = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path x : xliffs) {
            Path f = fileFor(x);
            if (seen.add(f.toAbsolutePath().normalize()) && Files.isRegularFile(f)) {
                all.addAll(read(f));
            }
        }
        return new Suppressions(all);
    }

    /** Reads one suppressions file; a line that is not one is an error at its line. */
    public static List<Suppression> read(Path file) {
        List<Suppression> out = new ArrayList<>();
        String text = TextFiles.readUtf8(file);
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\t", -1);
            SourcePosition at = SourcePosition.of(file, n, 1);
            if (cols.length != 5 || cols[0].isBlank() || cols[1].isBlank() || cols[2].isBlank() || cols[3].isBlank()) {
                throw new WorkbenchException(at, "expected five tab-separated columns: file, unit[:segment], check,"
                        + " fingerprint, reason");
            }
            if (cols[4].isBlank()) {
                throw new WorkbenchException(at, "a suppression needs a reason");
            }
            if (CheckConfig.RULES.stream().noneMatch(r -> r.id().equals(cols[2]))) {
                throw new WorkbenchException(at, "no check is called '" + cols[2] + "'");
            }
            out.add(new Suppression(cols[0], cols[1], cols[2], cols[3], cols[4].strip(), at));
        }
        return out;
    }

    /** Writes a suppressions file: the header, then the lines sorted by file, place and check. */
    public static byte[] write(List<Suppression> entries) {
        List<Suppression> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> {
            int c = a.document().compareTo(b.document());
            if (c == 0) {
                c = comparePlaces(a.place(), b.place());
            }
            return c != 0 ? c : a.ruleId().compareTo(b.ruleId());
        });
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Suppression s : sorted) {
            sb.append(s.line()).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int comparePlaces(String a, String b) {
        String[] x = a.split(":");
        String[] y = b.split(":");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+") ? Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]))
                    : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /**
     * The fingerprint of the text a finding is about: the source and translation of a segment, or
     * of the whole unit when {@code segmentId} is {@code null} (NFC, inline codes in their short
     * form). Sixteen hex digits of SHA-256.
     */
    public static String fingerprint(TransUnit u, String segmentId) {
        String source;
        String target;
        if (segmentId == null) {
            source = u.source().joined().display();
            target = u.target() == null ? "" : u.target().joined().display();
        } else {
            source = u.source().segment(segmentId).map(p -> p.content().display()).orElse("");
            Fragment t = u.targetSegment(segmentId);
            target = t == null ? "" : t.display();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest((nfc(source) + "\u0000" + nfc(target)).getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", d[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** What applying the suppressions gave: the result without the suppressed findings, and the suppressions that covered none. */
    public record Applied(CheckResult result, List<Suppression> stale) {
        public Applied {
            stale = List.copyOf(stale);
        }
    }

    /**
     * Moves every finding a suppression covers from its unit's findings to its suppressed ones.
     * {@code files[i]} is where {@code documents[i]} came from, as the result names them.
     */
    public Applied apply(CheckResult result, List<Path> files, List<XliffDocument> documents) {
        Map<Path, Map<String, TransUnit>> units = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            Map<String, TransUnit> byId = units.computeIfAbsent(files.get(i), k -> new HashMap<>());
            for (XliffFile f : documents.get(i).files()) {
                for (TransUnit u : f.units()) {
                    byId.putIfAbsent(u.id(), u);
                }
            }
        }
        Set<Suppression> used = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<CheckResult.FileResult> out = new ArrayList<>();
        for (CheckResult.FileResult f : result.files()) {
            String document = f.file().getFileName().toString();
            Map<String, TransUnit> byId = units.getOrDefault(f.file(), Map.of());
            List<CheckResult.UnitResult> unitResults = new ArrayList<>();
            for (CheckResult.UnitResult u : f.units()) {
                Split split = split(document, byId.get(u.unitId()), u.findings());
                List<Suppressed> suppressed = new ArrayList<>(u.suppressed());
                suppressed.addAll(split.suppressed());
                split.suppressed().forEach(x -> used.add(x.by()));
                unitResults.add(new CheckResult.UnitResult(u.unitId(), u.position(), u.translated(), split.kept(),
                        u.source(), suppressed));
            }
            out.add(new CheckResult.FileResult(f.file(), f.sourceLanguage(), f.targetLanguage(), unitResults));
        }
        Set<String> checked = new LinkedHashSet<>();
        result.files().forEach(f -> checked.add(f.file().getFileName().toString()));
        List<Suppression> stale = new ArrayList<>();
        for (Suppression s : entries) {
            if (!used.contains(s) && checked.contains(s.document())) {
                stale.add(s);
            }
        }
        return new Applied(new CheckResult(out, result.notices(), result.unreadable(), result.limitations()), stale);
    }
}
