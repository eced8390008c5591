package org.l10nwb.core.memory;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/**
 * Keeps a language pair's index in line with the TMX files: re-indexes exactly the files added,
 * changed or removed since the index's last commit (by their stamps), and turns TMX units into
 * index entries. A crash at any point leaves TMX files that are whole (they are written
 * atomically) and an index brought back in line the next time it is used.
 */
final class IndexSync {
    private final MemoryFolder folder;
    private final LocaleTag source;
    private final Map<String, String> languageCache = new HashMap<>();

    IndexSync(MemoryFolder folder, LocaleTag source) {
        this.folder = folder;
        this.source = source;
    }

    /** Whether the index was built from the TMX files as they are now. */
    boolean upToDate(PersistentMemory m) {
        Map<String, String> committed = MemoryFolder.parseStamps(m.index().fingerprint());
        return committed != null && committed.equals(folder.stamps());
    }

    /** Re-indexes what changed since the index's last commit. */
    void sync(PersistentMemory m, MemoryStore.Progress progress) {
        MemoryIndex index = m.index();
        Map<String, String> committed = MemoryFolder.parseStamps(index.fingerprint());
        Map<String, String> current = folder.stamps();
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
                    indexFile(folder.dir().resolve(e.getKey()), m, progress);
                }
            }
            index.commit(MemoryFolder.renderStamps(current));
        } catch (RuntimeException e) {
            // whatever went wrong, the index must not keep half of a re-indexing; the error goes on
            try {
                index.rollback();
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
    }

    private void indexFile(Path file, PersistentMemory m, MemoryStore.Progress progress) {
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
    int addEntries(String file, TmxUnit u, long seq, PersistentMemory m) {
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
                String origin = u.prop(MemoryStore.PROP_ORIGIN);
                if (origin == null) {
                    String tuid = u.attribute("tuid");
                    origin = file + "#" + (tuid == null ? Long.toString(seq) : tuid);
                }
                m.index().add(new MemoryIndex.Entry(-1, file, EntryKeys.key(words, plain), words, plain,
                        TmxWriter.segment(src.segment()), TmxWriter.segment(v.segment()),
                        u.prop(MemoryStore.PROP_PREVIOUS), u.prop(MemoryStore.PROP_NEXT), origin, EntryKeys.time(u)));
                n++;
            }
        }
        return n;
    }

    /** The primary language of a tag, cached: a memory reads the same few tags a million times. */
    String language(String tag) {
        String lang = languageCache.get(tag);
        if (lang == null) {
            lang = LocaleTag.of(tag).language();
            languageCache.put(tag, lang);
        }
        return lang;
    }
}
