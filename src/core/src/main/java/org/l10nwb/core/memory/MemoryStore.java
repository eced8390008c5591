package org.l10nwb.core.memory;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.tmx.TmxHeader;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/**
 * A project's translation memory: the TMX files of one folder (the interchange format, committed
 * with the project) and, beside them in {@code .index/<source>-<target>/}, one index per language
 * pair, derived from them and never committed.
 *
 * <p>Each index commit records the size and modification time of every TMX file it was built
 * from. Opening a pair compares that record with the folder and re-indexes exactly the files that
 * were added, changed or removed since; a missing or unreadable index is built from scratch. A
 * crash at any point therefore leaves TMX files that are whole (they are written atomically) and
 * an index that is brought back in line with them the next time it is used.
 *
 * <p>Imported files are kept as {@code <name>.tmx}; confirmed translations go to
 * {@code confirmed-<target>.tmx}. Pairs are per language, not per region: {@code en-US} source
 * text serves an {@code en} project, {@code ru-RU} targets serve {@code ru}.
 */
public final class MemoryStore implements TranslationMemory, MemorySink, Closeable {
    public static final String INDEX_FOLDER = ".index";
    /** Unit properties the workbench writes and reads. */
    public static final String PROP_PREVIOUS = "x-context-prev";
    public static final String PROP_NEXT = "x-context-next";
    public static final String PROP_ORIGIN = "x-origin";

    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** How far an import or a rebuild is. */
    public interface Progress {
        void at(String what, long done, long total, long units);

        Progress NONE = (what, done, total, units) -> { };
    }

    /** What an import did: units read, and entries indexed per target language. */
    public record ImportResult(Path stored, long units, Map<String, Long> byTarget, long skipped) {
    }

    private final Path dir;
    private final Path display;
    private final LocaleTag source;
    private final MemoryIndex.Factory factory;
    private final Map<String, PersistentMemory> pairs = new HashMap<>();
    private final Map<String, String> languageCache = new HashMap<>();

    /**
     * @param dir the memory folder (created when something is first stored)
     * @param display how to name the folder in messages (relative to the project)
     * @param source the project's source locale
     */
    public MemoryStore(Path dir, Path display, LocaleTag source, MemoryIndex.Factory factory) {
        this.dir = dir;
        this.display = display;
        this.source = source;
        this.factory = factory;
    }

    /** The index implementation on the class path. */
    public static MemoryIndex.Factory defaultFactory() {
        return ServiceLoader.load(MemoryIndex.Factory.class).findFirst().orElseThrow(() -> new WorkbenchException(
                "no translation memory index on the class path (the workbench-memory-lucene module is missing)"));
    }

    public Path folder() {
        return dir;
    }

    public LocaleTag sourceLocale() {
        return source;
    }

    @Override
    public String name() {
        return display.toString();
    }

    /**
     * Answers from the pair of the query's target language, brought up to date first. When it
     * cannot be (another workbench is importing), the index as it is answers.
     */
    @Override
    public List<MemoryMatch> lookup(MemoryQuery query) {
        LocaleTag target = LocaleTag.of(query.targetLanguage());
        PersistentMemory m;
        try {
            m = memory(target, Progress.NONE);
        } catch (WorkbenchException unavailable) {
            // busy with another process's import, or a TMX file that cannot be read: the index as
            // it was serves until then; without one, the caller is told why there are no matches
            m = pairs.get(target.language());
            if (m == null) {
                throw unavailable;
            }
        }
        return m.lookup(query);
    }

    @Override
    public void confirmed(String targetLanguage, List<ConfirmedSegment> segments) {
        addConfirmed(LocaleTag.of(targetLanguage), segments);
    }

    /** The TMX files of the memory, by name. */
    public List<Path> files() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.tmx")) {
            for (Path p : s) {
                if (!p.getFileName().toString().startsWith(".") && Files.isRegularFile(p)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw WorkbenchException.inFile(display, AtomicFiles.reason(e));
        }
        out.sort(null);
        return out;
    }

    /** The target languages that have an index folder. */
    public List<String> indexedTargets() {
        List<String> out = new ArrayList<>();
        Path idx = dir.resolve(INDEX_FOLDER);
        if (!Files.isDirectory(idx)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(idx, source.language() + "-*")) {
            for (Path p : s) {
                out.add(p.getFileName().toString().substring(source.language().length() + 1));
            }
        } catch (IOException e) {
            throw WorkbenchException.inFile(display, AtomicFiles.reason(e));
        }
        out.sort(null);
        return out;
    }

    /** The memory for one target language, its index brought up to date first. */
    public PersistentMemory memory(LocaleTag target, Progress progress) {
        String lang = target.language();
        PersistentMemory m = pairs.get(lang);
        if (m == null) {
            m = new PersistentMemory(this, target, openIndex(lang));
            pairs.put(lang, m);
        }
        sync(m, progress);
        return m;
    }

    private MemoryIndex openIndex(String targetLanguage) {
        Path folder = dir.resolve(INDEX_FOLDER).resolve(source.language() + "-" + targetLanguage);
        ignoreIndexFolder();
        try {
            return factory.open(folder);
        } catch (RuntimeException e) {
            // A damaged index is only derived data: start it again from the TMX files.
            deleteTree(folder);
            return factory.open(folder);
        }
    }

    /** The index folder holds its own ignore file, so it is never committed wherever the memory folder is. */
    private void ignoreIndexFolder() {
        Path ignore = dir.resolve(INDEX_FOLDER).resolve(".gitignore");
        if (!Files.exists(ignore)) {
            AtomicFiles.write(ignore, "# derived from the TMX files beside it; rebuilt when missing\n*\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Re-indexes the files added, changed or removed since the index's last commit. */
    void sync(PersistentMemory m, Progress progress) {
        MemoryIndex index = m.index();
        Map<String, String> committed = parseStamps(index.fingerprint());
        Map<String, String> current = stamps();
        if (committed != null && committed.equals(current)) {
            return;
        }
        try {
            if (committed == null) {
                index.clear();
                committed = Map.of();
            }
            for (String name : committed.keySet()) {
                if (!current.containsKey(name)) {
                    index.removeFile(name);
                }
            }
            for (Map.Entry<String, String> e : current.entrySet()) {
                if (!e.getValue().equals(committed.get(e.getKey()))) {
                    index.removeFile(e.getKey());
                    indexFile(dir.resolve(e.getKey()), m, progress);
                }
            }
            index.commit(renderStamps(current));
        } catch (RuntimeException e) {
            index.rollback();
            throw e;
        }
        m.changed();
    }

    private void indexFile(Path file, PersistentMemory m, Progress progress) {
        String name = file.getFileName().toString();
        long[] seq = {0};
        new TmxReader().read(file, new TmxReader.Handler() {
            @Override
            public void unit(TmxUnit u) {
                seq[0]++;
                addEntries(name, u, seq[0], m);
            }

            @Override
            public void progress(long done, long total, long units) {
                progress.at("indexing " + name, done, total, units);
            }
        });
    }

    /** Adds a unit's entries for the memory's target language; how many. */
    private int addEntries(String file, TmxUnit u, long seq, PersistentMemory m) {
        TmxUnit.Variant src = null;
        for (TmxUnit.Variant v : u.variants()) {
            if (language(v.language()).equals(source.language())) {
                src = v;
                break;
            }
        }
        if (src == null) {
            return 0;
        }
        String plain = src.segment().plainText();
        if (plain.isBlank()) {
            return 0;
        }
        int n = 0;
        List<String> words = null;
        for (TmxUnit.Variant v : u.variants()) {
            if (v != src && language(v.language()).equals(m.target().language()) && !v.segment().isEmpty()) {
                if (words == null) {
                    words = m.scorer().words(plain);
                }
                String origin = u.prop(PROP_ORIGIN);
                if (origin == null) {
                    String tuid = u.attribute("tuid");
                    origin = file + "#" + (tuid == null ? Long.toString(seq) : tuid);
                }
                m.index().add(new MemoryIndex.Entry(-1, file, key(words, plain), words, plain,
                        TmxWriter.segment(src.segment()), TmxWriter.segment(v.segment()), u.prop(PROP_PREVIOUS),
                        u.prop(PROP_NEXT), origin, time(u)));
                n++;
            }
        }
        return n;
    }

    /**
     * Imports a TMX file: reads it whole, keeps a copy as {@code <name>.tmx} in the memory
     * folder (replacing an earlier import of the same name) and indexes it. Nothing changes
     * unless the whole file is read without error.
     */
    public ImportResult importTmx(Path file, Progress progress) {
        if (!Files.isRegularFile(file)) {
            throw WorkbenchException.inFile(file, "no such file");
        }
        String name = file.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".tmx")) {
            name = name + ".tmx";
        }
        if (name.startsWith(".") || name.startsWith("confirmed-")) {
            name = "imported-" + name.replaceFirst("^\\.+", "");
        }
        Path stored = dir.resolve(name);
        if (Files.exists(stored) && sameFile(stored, file)) {
            throw WorkbenchException.inFile(file, "is already the memory's own copy; nothing to import");
        }
        // Every pair indexed so far is brought up to date, then takes the new file's entries as it is read.
        Map<String, PersistentMemory> open = new LinkedHashMap<>();
        for (String t : indexedTargets()) {
            LocaleTag tag = LocaleTag.tryOf(t);
            if (tag != null) {
                open.put(t, memory(tag, progress));
            }
        }
        for (PersistentMemory m : open.values()) {
            m.index().removeFile(name);
        }
        String storedName = name;
        long[] units = {0};
        long[] skipped = {0};
        Map<String, Long> byTarget = new TreeMap<>();
        try {
            AtomicFiles.write(stored, out -> {
                TmxWriter[] writer = {null};
                new TmxReader().read(file, new TmxReader.Handler() {
                    @Override
                    public void header(TmxHeader header) {
                        String src = header.sourceLanguage();
                        if (!src.equalsIgnoreCase("*all*") && !language(src).equals(source.language())) {
                            throw WorkbenchException.inFile(file, "the source language is '" + src
                                    + "', the memory's is '" + source.tag() + "'; nothing imported");
                        }
                        try {
                            writer[0] = new TmxWriter(out, header);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public void unit(TmxUnit u) {
                        units[0]++;
                        try {
                            writer[0].write(u);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        boolean any = false;
                        for (TmxUnit.Variant v : u.variants()) {
                            String lang = language(v.language());
                            if (lang.equals(source.language()) || seen(u, v, lang)) {
                                continue;
                            }
                            PersistentMemory m = open.get(lang);
                            if (m == null) {
                                LocaleTag tag = LocaleTag.of(lang);
                                m = memory(tag, progress);
                                m.index().removeFile(storedName);
                                open.put(lang, m);
                            }
                            int n = addEntries(storedName, u, units[0], m);
                            byTarget.merge(lang, (long) n, Long::sum);
                            any |= n > 0;
                        }
                        if (!any) {
                            skipped[0]++;
                        }
                    }

                    @Override
                    public void progress(long done, long total, long n) {
                        progress.at("importing " + file.getFileName(), done, total, n);
                    }
                });
                writer[0].finish();
                if (byTarget.values().stream().mapToLong(Long::longValue).sum() == 0) {
                    throw WorkbenchException.inFile(file, "no translation unit has both a source text in '"
                            + source.tag() + "' and a translation; nothing imported");
                }
            });
        } catch (RuntimeException e) {
            for (PersistentMemory m : open.values()) {
                m.index().rollback();
                m.changed();
            }
            if (e instanceof UncheckedIOException io) {
                throw WorkbenchException.inFile(stored, AtomicFiles.reason(io.getCause()));
            }
            throw e;
        }
        String stamps = renderStamps(stamps());
        for (PersistentMemory m : open.values()) {
            m.index().commit(stamps);
            m.changed();
        }
        return new ImportResult(display.resolve(name), units[0], byTarget, skipped[0]);
    }

    /** A unit with two variants in one target language: only the first is taken (see addEntries). */
    private boolean seen(TmxUnit u, TmxUnit.Variant v, String lang) {
        for (TmxUnit.Variant w : u.variants()) {
            if (w == v) {
                return false;
            }
            if (language(w.language()).equals(lang)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds confirmed translations to {@code confirmed-<target>.tmx} (a segment confirmed again
     * replaces its earlier entry) and to the index.
     */
    public void addConfirmed(LocaleTag target, List<ConfirmedSegment> segments) {
        if (segments.isEmpty()) {
            return;
        }
        PersistentMemory m = memory(target, Progress.NONE);
        Path file = dir.resolve("confirmed-" + target.language() + ".tmx");
        List<TmxUnit> units = new ArrayList<>();
        TmxHeader header = TmxHeader.of(source.tag());
        if (Files.isRegularFile(file)) {
            TmxReader.Document doc = new TmxReader().readAll(file);
            header = doc.header();
            units.addAll(doc.units());
        }
        java.util.Set<String> origins = new java.util.HashSet<>();
        segments.forEach(s -> origins.add(s.origin()));
        units.removeIf(u -> origins.contains(u.prop(PROP_ORIGIN)));
        String now = TMX_DATE.format(LocalDateTime.now(ZoneOffset.UTC));
        for (ConfirmedSegment s : segments) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("creationdate", now);
            attrs.put("changedate", now);
            List<TmxUnit.Meta> meta = new ArrayList<>();
            meta.add(TmxUnit.Meta.prop(PROP_ORIGIN, s.origin()));
            if (s.previous() != null) {
                meta.add(TmxUnit.Meta.prop(PROP_PREVIOUS, s.previous()));
            }
            if (s.next() != null) {
                meta.add(TmxUnit.Meta.prop(PROP_NEXT, s.next()));
            }
            units.add(new TmxUnit(attrs, meta, List.of(
                    new TmxUnit.Variant(source.tag(), Map.of(), List.of(), MemoryCodes.toTmx(s.source())),
                    new TmxUnit.Variant(target.tag(), Map.of(), List.of(), MemoryCodes.toTmx(s.target()))), null));
        }
        AtomicFiles.write(file, TmxWriter.toBytes(header, units));
        sync(m, Progress.NONE);
    }

    /**
     * Writes every unit of the memory as one TMX document; with {@code target}, only the units
     * that have a variant in that language, and only that variant and the source.
     *
     * @return how many units were written
     */
    public long export(OutputStream out, LocaleTag target) throws IOException {
        TmxWriter writer = new TmxWriter(out, TmxHeader.of(source.tag()));
        long n = 0;
        for (Path f : files()) {
            long[] count = {0};
            new TmxReader().read(f, (TmxReader.Handler) u -> {
                TmxUnit w = target == null ? u : only(u, target);
                if (w != null) {
                    try {
                        writer.write(w);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                }
            });
            n += count[0];
        }
        writer.finish();
        return n;
    }

    private TmxUnit only(TmxUnit u, LocaleTag target) {
        List<TmxUnit.Variant> keep = new ArrayList<>();
        boolean hasTarget = false;
        for (TmxUnit.Variant v : u.variants()) {
            String lang = language(v.language());
            if (lang.equals(source.language())) {
                keep.add(v);
            } else if (lang.equals(target.language())) {
                keep.add(v);
                hasTarget = true;
            }
        }
        return hasTarget ? new TmxUnit(u.attributes(), u.meta(), keep, u.position()) : null;
    }

    String language(String tag) {
        String lang = languageCache.get(tag);
        if (lang == null) {
            lang = LocaleTag.of(tag).language();
            languageCache.put(tag, lang);
        }
        return lang;
    }

    Path display() {
        return display;
    }

    /** Size and modification time of every TMX file, by name. */
    private Map<String, String> stamps() {
        Map<String, String> m = new TreeMap<>();
        for (Path p : files()) {
            try {
                m.put(p.getFileName().toString(), Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                throw WorkbenchException.inFile(p, AtomicFiles.reason(e));
            }
        }
        return m;
    }

    private static String renderStamps(Map<String, String> stamps) {
        StringBuilder sb = new StringBuilder("v1\n");
        stamps.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        return sb.toString();
    }

    private static Map<String, String> parseStamps(String text) {
        if (text == null || !text.startsWith("v1\n")) {
            return null;
        }
        Map<String, String> m = new TreeMap<>();
        for (String line : text.substring(3).split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                m.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return m;
    }

    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    static String key(List<String> words, String plain) {
        String joined = words.isEmpty() ? "\u0000" + plain.strip() : String.join("\u001f", words);
        byte[] d = SHA1.get().digest(joined.getBytes(StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(d, 0, 12);
    }

    /** When a unit was last changed, from {@code changedate} or {@code creationdate}; 0 when unknown. */
    static long time(TmxUnit u) {
        String d = u.attribute("changedate");
        if (d == null) {
            d = u.attribute("creationdate");
        }
        if (d == null) {
            return 0;
        }
        // yyyyMMddTHHmmssZ, read by hand: a formatter costs more than the rest of indexing a unit.
        if (d.length() != 16 || d.charAt(8) != 'T' || d.charAt(15) != 'Z') {
            return 0;
        }
        try {
            return LocalDateTime.of(Integer.parseInt(d, 0, 4, 10), Integer.parseInt(d, 4, 6, 10),
                    Integer.parseInt(d, 6, 8, 10), Integer.parseInt(d, 9, 11, 10), Integer.parseInt(d, 11, 13, 10),
                    Integer.parseInt(d, 13, 15, 10)).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return 0;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw WorkbenchException.inFile(folder, "cannot remove the damaged index: " + AtomicFiles.reason(e));
        }
    }

    @Override
    public void close() {
        for (PersistentMemory m : pairs.values()) {
            try {
                m.index().close();
            } catch (IOException e) {
                // Closing a reader of derived data; nothing the user can act on.
            }
        }
        pairs.clear();
    }

}
