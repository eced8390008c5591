package org.l10nwb.core.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.EditLock;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.tmx.TmxHeader;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/**
 * Imports a TMX file into the memory: all or nothing. The file is read once, streaming; as it is
 * read its copy is written (atomically, as {@code <name>.tmx} in the memory folder) and its
 * entries go into the index of every language pair it has, each index committed only once the
 * whole file has been read without error.
 */
final class TmxImport {
    private final MemoryStore store;
    private final MemoryFolder folder;
    private final IndexSync sync;
    private final LocaleTag source;

    TmxImport(MemoryStore store, MemoryFolder folder, IndexSync sync, LocaleTag source) {
        this.store = store;
        this.folder = folder;
        this.sync = sync;
        this.source = source;
    }

    /**
     * Imports a TMX file: reads it whole, keeps a copy as {@code <name>.tmx} in the memory
     * folder (replacing an earlier import of the same name) and indexes it. Nothing changes
     * unless the whole file is read without error.
     */
    MemoryStore.ImportResult importTmx(Path file, MemoryStore.Progress progress) {
        // The project's limit (limits.memory-mb), as for the memory's own files: the message's
        // advice to raise it in the project's settings then does what it says.
        org.l10nwb.core.io.TextFiles.requireReadable(file, org.l10nwb.core.io.InputKind.MEMORY, folder.limits());
        String name = file.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".tmx")) {
            name = name + ".tmx";
        }
        if (name.startsWith(".") || name.startsWith("confirmed-")) {
            name = "imported-" + name.replaceFirst("^\\.+", "");
        }
        Path stored = folder.file(name);
        if (Files.exists(stored) && sameFile(stored, file)) {
            throw WorkbenchException.inFile(file, "is already the memory's own copy; nothing to import");
        }
        Path indexRoot = folder.dir().resolve(MemoryFolder.INDEX_FOLDER);
        Path firstMissing = null;
        for (Path p = indexRoot; p != null && !Files.exists(p); p = p.getParent()) {
            firstMissing = p;
        }
        List<String> indexedBefore = folder.indexedTargets(source.language());
        List<EditLock> held = new ArrayList<>();
        try {
            return importHolding(file, name, stored, progress, held);
        } catch (RuntimeException e) {
            held.forEach(EditLock::close);
            held.clear();
            forgetNewIndexes(firstMissing, indexedBefore, e);
            throw e;
        } finally {
            held.forEach(EditLock::close);
        }
    }

    /**
     * A refused import leaves the memory folder as it found it: the index folders it created
     * (for a new language pair, or the memory's first) are removed again, once the store has
     * closed them; those that were there keep their last commit (rolled back to it).
     */
    private void forgetNewIndexes(Path firstMissing, List<String> indexedBefore, RuntimeException e) {
        try {
            store.close();
            if (firstMissing != null) {
                folder.deleteTree(firstMissing);
                return;
            }
            for (String t : folder.indexedTargets(source.language())) {
                if (!indexedBefore.contains(t)) {
                    folder.deleteTree(folder.indexFolder(source.language(), t));
                }
            }
        } catch (RuntimeException alsoFailed) {
            e.addSuppressed(alsoFailed);
        }
    }

    /** The import itself, with the index of every pair it touches locked in {@code held}. */
    private MemoryStore.ImportResult importHolding(Path file, String name, Path stored, MemoryStore.Progress progress,
            List<EditLock> held) {
        // Every pair indexed so far is brought up to date, then takes the new file's entries as it is read.
        Map<String, PersistentMemory> open = new LinkedHashMap<>();
        for (String t : folder.indexedTargets(source.language())) {
            LocaleTag tag = LocaleTag.tryOf(t);
            if (tag != null) {
                open.put(t, store.memoryHolding(tag, progress, held));
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
                CopyThread[] copy = {null};
                try {
                    folder.reader().read(file, new TmxReader.Handler() {
                        @Override
                        public void header(TmxHeader header) {
                            String src = header.sourceLanguage();
                            if (!src.equalsIgnoreCase("*all*") && !sync.language(src).equals(source.language())) {
                                throw WorkbenchException.inFile(file, "the source language is '" + src
                                        + "', the memory's is '" + source.tag() + "'; nothing imported");
                            }
                            try {
                                copy[0] = new CopyThread(new TmxWriter(out, header));
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }

                        @Override
                        public void unit(TmxUnit u) {
                            units[0]++;
                            copy[0].write(u);
                            boolean any = false;
                            for (TmxUnit.Variant v : u.variants()) {
                                String lang = sync.key(v.language());
                                if (lang.equals(IndexSync.SOURCE) || seen(u, v, lang) || sync.sourceVariant(u, lang) == v
                                        || sync.sourceVariant(u, lang) == null) {
                                    continue;
                                }
                                PersistentMemory m = open.get(lang);
                                if (m == null) {
                                    LocaleTag tag = LocaleTag.of(lang);
                                    m = store.memoryHolding(tag, progress, held);
                                    m.index().removeFile(storedName);
                                    open.put(lang, m);
                                }
                                int n = sync.addEntries(storedName, u, units[0], m);
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
                    copy[0].finish();
                } finally {
                    if (copy[0] != null) {
                        copy[0].stop(); // before the stream is closed, or discarded after a failure
                    }
                }
                // Every entry indexed without error before the copy is installed: all or nothing.
                for (PersistentMemory m : open.values()) {
                    m.index().flush();
                }
                if (byTarget.values().stream().mapToLong(Long::longValue).sum() == 0) {
                    throw WorkbenchException.inFile(file, "no translation unit has both a source text in '"
                            + source.tag() + "' and a translation; nothing imported");
                }
            });
        } catch (RuntimeException e) {
            for (PersistentMemory m : open.values()) {
                try {
                    m.index().rollback();
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
            }
            if (e instanceof UncheckedIOException io) {
                throw WorkbenchException.inFile(stored, AtomicFiles.reason(io.getCause()));
            }
            throw e;
        }
        String stamps = MemoryFolder.renderStamps(folder.stamps());
        for (PersistentMemory m : open.values()) {
            m.index().commit(stamps);
        }
        return new MemoryStore.ImportResult(folder.display().resolve(name), units[0], byTarget, skipped[0]);
    }

    /** A unit with two variants in one target language: only the first is taken (see addEntries). */
    private boolean seen(TmxUnit u, TmxUnit.Variant v, String lang) {
        for (TmxUnit.Variant w : u.variants()) {
            if (w == v) {
                return false;
            }
            if (sync.key(w.language()).equals(lang)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
