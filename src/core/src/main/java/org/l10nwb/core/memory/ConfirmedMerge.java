package org.l10nwb.core.memory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.tmx.TmxHeader;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/**
 * The order of {@code confirmed-<target>.tmx} and the three-way merge of two of its versions.
 *
 * <p>Units are written sorted by their source text, then by where they were translated: two
 * translators confirming different segments then change different places of the file, so
 * ordinary diffs and merges stay small (appending at the end, both would change the same lines).
 *
 * <p>The merge is the union of both sides' units, one per key (the {@code x-origin} property, the
 * segment it was confirmed from; a unit without one is keyed by its source markup): when both
 * sides hold the same key, the newer {@code changedate} wins, ours on a tie. Nothing is removed:
 * the workbench never deletes a confirmed unit, it replaces it, so a unit missing from one side
 * is one that side has not seen yet.
 */
public final class ConfirmedMerge {
    private ConfirmedMerge() {
    }

    /** What a merge gave: the file, and how many units came from the other side. */
    public record Result(byte[] bytes, int units, int fromTheirs, int newerTheirs) {
    }

    /** The units in the order the confirmed memory is written. */
    static List<TmxUnit> sorted(List<TmxUnit> units, String sourceLanguage) {
        List<TmxUnit> out = new ArrayList<>(units);
        out.sort(Comparator.comparing((TmxUnit u) -> sourceText(u, sourceLanguage))
                .thenComparing(u -> key(u, sourceLanguage)));
        return out;
    }

    /**
     * Merges {@code ours} and {@code theirs} (either may be missing: a side that has no file yet);
     * {@code base} is not needed for a union and is accepted for the driver's signature.
     */
    public static Result merge(Path base, Path ours, Path theirs) {
        TmxReader.Document o = read(ours);
        TmxReader.Document t = read(theirs);
        TmxHeader header = o != null ? o.header() : t != null ? t.header() : TmxHeader.of("en");
        String src = header.sourceLanguage() == null ? "en" : language(header.sourceLanguage());
        Map<String, TmxUnit> byKey = new LinkedHashMap<>();
        if (o != null) {
            for (TmxUnit u : o.units()) {
                byKey.put(key(u, src), u);
            }
        }
        int fromTheirs = 0;
        int newer = 0;
        if (t != null) {
            for (TmxUnit u : t.units()) {
                String k = key(u, src);
                TmxUnit mine = byKey.get(k);
                if (mine == null) {
                    byKey.put(k, u);
                    fromTheirs++;
                } else if (EntryKeys.time(u) > EntryKeys.time(mine)) {
                    byKey.put(k, u);
                    newer++;
                }
            }
        }
        List<TmxUnit> units = sorted(new ArrayList<>(byKey.values()), src);
        return new Result(TmxWriter.toBytes(header, units), units.size(), fromTheirs, newer);
    }

    private static TmxReader.Document read(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            if (Files.size(file) == 0) {
                return null; // git gives an empty file for a side that does not have it
            }
        } catch (java.io.IOException e) {
            return null;
        }
        return new TmxReader().readAll(file);
    }

    private static String key(TmxUnit u, String sourceLanguage) {
        String origin = u.prop(MemoryStore.PROP_ORIGIN);
        if (origin != null) {
            return origin;
        }
        TmxUnit.Variant v = source(u, sourceLanguage);
        return "\u0001" + (v == null ? "" : TmxWriter.segment(v.segment()));
    }

    private static String sourceText(TmxUnit u, String sourceLanguage) {
        TmxUnit.Variant v = source(u, sourceLanguage);
        return v == null ? "" : v.segment().plainText();
    }

    private static TmxUnit.Variant source(TmxUnit u, String sourceLanguage) {
        for (TmxUnit.Variant v : u.variants()) {
            if (language(v.language()).equals(sourceLanguage)) {
                return v;
            }
        }
        return u.variants().isEmpty() ? null : u.variants().get(0);
    }

    private static String language(String tag) {
        return LocaleTag.of(tag).language();
    }
}
