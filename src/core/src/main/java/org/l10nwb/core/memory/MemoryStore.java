package org.l10nwb.core.memory;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.UnaryOperator;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.EditLock;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.io.LockedUpdate;
import org.l10nwb.core.locale.LocaleTag;

/**
 * A project's translation memory: the TMX files of one folder (the interchange format, committed
 * with the project) and beside them one index per language pair, derived from them and never
 * committed ({@link MemoryFolder}). Opening a pair brings its index in line with the files
 * ({@link IndexSync}); imports ({@link TmxImport}), confirmed translations
 * ({@link ConfirmedMemory}) and exports ({@link MemoryExport}) each have their class.
 *
 * <p>Several processes share a memory (two shells, an import): every change to a pair's index is
 * made under that index's lock, and a lookup that finds the index being changed answers from the
 * index as it was last committed rather than wait.
 *
 * <p>Imported files are kept as {@code <name>.tmx}; confirmed translations go to
 * {@code confirmed-<target>.tmx}. Pairs are per language, not per region: {@code en-US} source
 * text serves an {@code en} project, {@code ru-RU} targets serve {@code ru}.
 */
public final class MemoryStore implements TranslationMemory, MemorySink, Closeable {
    public static final String INDEX_FOLDER = MemoryFolder.INDEX_FOLDER;
    /** Unit properties the workbench writes and reads. */
    public static final String PROP_PREVIOUS = "x-context-prev";
    public static final String PROP_NEXT = "x-context-next";
    public static final String PROP_ORIGIN = "x-origin";

    /** How far an import or a rebuild is. */
    public interface Progress {
        void at(String what, long done, long total, long units);

        Progress NONE = (what, done, total, units) -> { };
    }

    /** What an import did: units read, and entries indexed per target language. */
    public record ImportResult(Path stored, long units, Map<String, Long> byTarget, long skipped) {
    }

    private final MemoryFolder folder;
    private final LocaleTag source;
    private final MemoryIndex.Factory factory;
    private final IndexSync sync;
    private final ConfirmedMemory confirmed;
    private final Map<String, PersistentMemory> pairs = new HashMap<>();

    /**
     * @param dir the memory folder (created when something is first stored)
     * @param display how to name the folder in messages (relative to the project)
     * @param source the project's source locale
     */
    public MemoryStore(Path dir, Path display, LocaleTag source, MemoryIndex.Factory factory) {
        this(dir, display, source, factory, UnaryOperator.identity());
    }

    /**
     * A project's memory: {@code boundary} checks every file and index folder of it before it is
     * read or written ({@link org.l10nwb.core.project.ProjectPaths#inside}), so that a TMX file
     * linked from outside the project is refused, naming it.
     */
    public MemoryStore(Path dir, Path display, LocaleTag source, MemoryIndex.Factory factory,
            UnaryOperator<Path> boundary) {
        this(dir, display, source, factory, boundary, InputLimits.DEFAULTS);
    }

    /**
     * A project's memory, its TMX files (those it keeps and those imported) read under the
     * project's limits ({@code limits.memory-mb}: a larger file is refused, naming the setting).
     */
    public MemoryStore(Path dir, Path display, LocaleTag source, MemoryIndex.Factory factory,
            UnaryOperator<Path> boundary, InputLimits limits) {
        this.folder = new MemoryFolder(dir, display, boundary, limits);
        this.source = source;
        this.factory = factory;
        this.sync = new IndexSync(folder, source);
        this.confirmed = new ConfirmedMemory(folder, source);
    }

    /** The index implementation on the class path. */
    public static MemoryIndex.Factory defaultFactory() {
        return ServiceLoader.load(MemoryIndex.Factory.class).findFirst().orElseThrow(() -> new WorkbenchException(
                "no translation memory index on the class path (the workbench-memory-lucene module is missing)"));
    }

    public Path folder() {
        return folder.dir();
    }

    public LocaleTag sourceLocale() {
        return source;
    }

    @Override
    public String name() {
        return folder.display().toString();
    }

    Path display() {
        return folder.display();
    }

    /**
     * Answers from the pair of the query's target language, brought up to date first. While
     * another process is changing its index (an import), the index as last committed answers;
     * so it does when a TMX file cannot be read (the file's error is then told by the commands
     * that read the memory whole).
     */
    @Override
    public List<MemoryMatch> lookup(MemoryQuery query) {
        PersistentMemory m = pair(LocaleTag.of(query.targetLanguage()));
        try {
            refresh(m, false, Progress.NONE);
        } catch (WorkbenchException unavailable) {
            // the index as it is serves until the files can be read again
        }
        return m.lookup(query);
    }

    @Override
    public void confirmed(String targetLanguage, List<ConfirmedSegment> segments) {
        addConfirmed(LocaleTag.of(targetLanguage), segments);
    }

    /** The TMX files of the memory, by name. */
    public List<Path> files() {
        return folder.files();
    }

    /** The target languages that have an index folder. */
    public List<String> indexedTargets() {
        return folder.indexedTargets(source.language());
    }

    /** The memory for one target language, its index brought up to date first (waiting for another writer). */
    public PersistentMemory memory(LocaleTag target, Progress progress) {
        PersistentMemory m = pair(target);
        refresh(m, true, progress);
        return m;
    }

    /**
     * The memory for one target language with its index locked for the caller, who adds to it
     * and closes the lock when done (an import).
     */
    PersistentMemory memoryHolding(LocaleTag target, Progress progress, List<EditLock> held) {
        PersistentMemory m = pair(target);
        EditLock lock = EditLock.acquire(indexFolder(target), LockedUpdate.PATIENCE);
        held.add(lock);
        sync.sync(m, progress);
        return m;
    }

    private PersistentMemory pair(LocaleTag target) {
        return pairs.computeIfAbsent(IndexSync.key(source, target), key -> new PersistentMemory(this, target, openIndex(key)));
    }

    private Path indexFolder(LocaleTag target) {
        return folder.indexFolder(source.language(), IndexSync.key(source, target));
    }

    /** Re-indexes what changed, under the index's lock: waiting for it, or not at all when it is busy. */
    private void refresh(PersistentMemory m, boolean wait, Progress progress) {
        if (sync.upToDate(m)) {
            return;
        }
        Path index = indexFolder(m.target());
        try (EditLock lock = wait ? EditLock.acquire(index, LockedUpdate.PATIENCE) : EditLock.tryAcquire(index)) {
            if (lock != null) {
                sync.sync(m, progress);
            }
        }
    }

    private MemoryIndex openIndex(String targetLanguage) {
        Path index = folder.indexFolder(source.language(), targetLanguage);
        folder.ignoreIndexFolder();
        try {
            return factory.open(index);
        } catch (MemoryIndex.DamagedIndexException damaged) {
            // A damaged index is only derived data: start it again from the TMX files. Any other
            // failure (permissions, a bug) is reported and the folder left as it is.
            folder.deleteTree(index);
            return factory.open(index);
        }
    }

    /**
     * Imports a TMX file: keeps a copy as {@code <name>.tmx} in the memory folder (replacing an
     * earlier import of the same name) and indexes it. Nothing changes unless the whole file is
     * read without error.
     */
    public ImportResult importTmx(Path file, Progress progress) {
        return new TmxImport(this, folder, sync, source).importTmx(file, progress);
    }

    /**
     * Adds confirmed translations to {@code confirmed-<target>.tmx} (a segment confirmed again
     * replaces its earlier entry) and to the index.
     */
    public void addConfirmed(LocaleTag target, List<ConfirmedSegment> segments) {
        if (segments.isEmpty()) {
            return;
        }
        PersistentMemory m = pair(target);
        confirmed.add(target, segments);
        refresh(m, true, Progress.NONE);
    }

    /**
     * Writes every unit of the memory as one TMX document; with {@code target}, only the units
     * that have a variant in that language, and only that variant and the source.
     *
     * @return how many units were written
     */
    public long export(OutputStream out, LocaleTag target) throws IOException {
        try {
            return new MemoryExport(folder, sync, source).export(out, target);
        } catch (UncheckedIOException e) {
            throw e.getCause(); // written from inside the reader's callback; the caller names the file
        }
    }

    @Override
    public void close() {
        for (PersistentMemory m : pairs.values()) {
            try {
                m.index().close();
            } catch (IOException | WorkbenchException e) {
                // Closing a reader of derived data (a rollback of what was not committed among it);
                // nothing the user can act on, and the next use brings the index back in line.
            }
        }
        pairs.clear();
    }
}
