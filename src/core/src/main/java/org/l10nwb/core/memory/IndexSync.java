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
    private final Map<String, String> keyCache = new HashMap<>();

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
        folder.reader().read(file, new TmxReader.Handler() {
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

    /** What {@link #key} answers for a variant in the memory's source locale. */
    static final String SOURCE = "";

    /**
     * Which memory a TMX variant belongs to: {@link #SOURCE} for the memory's source, else the key of
     * a target memory. Memories are by language (a de-AT translation serves a de-DE project), except
     * between variants of the source's own language (en-US to en-GB), where the full tag tells
     * source from target; there a tag without region or script (plain {@code en}) is the source.
     */
    static String key(LocaleTag source, LocaleTag tag) {
        if (!tag.language().equals(source.language())) {
            return tag.language();
        }
        if (tag.tag().equalsIgnoreCase(source.tag()) || tag.tag().equalsIgnoreCase(tag.language())) {
            return SOURCE;
        }
        return tag.tag().toLowerCase(java.util.Locale.ROOT);
    }

    /** {@link #key} of a TMX {@code xml:lang}, cached like {@link #language}. */
    String key(String tag) {
        String k = keyCache.get(tag);
        if (k == null) {
            k = key(source, LocaleTag.of(tag));
            keyCache.put(tag, k);
        }
        return k;
    }

    /**
     * The variant a unit's entries for the target memory {@code targetKey} take as source: the one
     * in the source locale; failing that, for a target of another language, any variant of the
     * source's language (an en-GB source serves an en-US project translating into Russian). Between
     * variants of one language only the source locale itself is a source. {@code null} when none.
     */
    TmxUnit.Variant sourceVariant(TmxUnit u, String targetKey) {
        for (TmxUnit.Variant v : u.variants()) {
            if (key(v.language()).equals(SOURCE)) {
                return v;
            }
        }
        if (targetKey.equals(LocaleTag.baseLanguage(targetKey)) && !targetKey.equals(source.language())) {
            for (TmxUnit.Variant v : u.variants()) {
                if (language(v.language()).equals(source.language())) {
                    return v;
                }
            }
        }
        return null;
    }

    /** Adds a unit's entries for the memory's target language; how many. */
    int addEntries(String file, TmxUnit u, long seq, PersistentMemory m) {
        String targetKey = key(source, m.target());
        TmxUnit.Variant src = sourceVariant(u, targetKey);
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
            if (v != src && key(v.language()).equals(targetKey) && !v.segment().isEmpty()) {
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
