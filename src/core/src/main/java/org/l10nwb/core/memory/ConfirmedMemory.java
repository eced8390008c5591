package org.l10nwb.core.memory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.core.io.LockedUpdate;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.tmx.TmxHeader;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/**
 * The translations translators confirmed, one TMX file per target language
 * ({@code confirmed-<target>.tmx}). Several shells confirm into the same file at once, so each
 * addition is made under the file's lock, waiting its turn, from the file as it is then
 * ({@link LockedUpdate#applyWaiting}): no shell's entries overwrite another's.
 */
final class ConfirmedMemory {
    private final MemoryFolder folder;
    private final LocaleTag source;

    ConfirmedMemory(MemoryFolder folder, LocaleTag source) {
        this.folder = folder;
        this.source = source;
    }

    Path file(LocaleTag target) {
        return folder.file("confirmed-" + IndexSync.key(source, target) + ".tmx");
    }

    /** Adds the segments; a segment confirmed again (the same origin) replaces its earlier entry. */
    void add(LocaleTag target, List<ConfirmedSegment> segments) {
        Path file = file(target);
        LockedUpdate.applyWaiting(file, writes -> {
            List<TmxUnit> units = new ArrayList<>();
            TmxHeader header = TmxHeader.of(source.tag());
            if (Files.isRegularFile(file)) {
                TmxReader.Document doc = folder.reader().readAll(file);
                header = doc.header();
                units.addAll(doc.units());
            }
            Set<String> origins = new HashSet<>();
            segments.forEach(s -> origins.add(s.origin()));
            units.removeIf(u -> origins.contains(u.prop(MemoryStore.PROP_ORIGIN)));
            String now = EntryKeys.now();
            for (ConfirmedSegment s : segments) {
                units.add(unit(s, target, now));
            }
            // sorted, so that two translators' confirmations change different places of the file
            writes.put(file, TmxWriter.toBytes(header, ConfirmedMerge.sorted(units, source.language())));
            return null;
        });
    }

    private TmxUnit unit(ConfirmedSegment s, LocaleTag target, String now) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("creationdate", now);
        attrs.put("changedate", now);
        List<TmxUnit.Meta> meta = new ArrayList<>();
        meta.add(TmxUnit.Meta.prop(MemoryStore.PROP_ORIGIN, s.origin()));
        if (s.previous() != null) {
            meta.add(TmxUnit.Meta.prop(MemoryStore.PROP_PREVIOUS, s.previous()));
        }
        if (s.next() != null) {
            meta.add(TmxUnit.Meta.prop(MemoryStore.PROP_NEXT, s.next()));
        }
        return new TmxUnit(attrs, meta, List.of(
                new TmxUnit.Variant(source.tag(), Map.of(), List.of(), MemoryCodes.toTmx(s.source())),
                new TmxUnit.Variant(target.tag(), Map.of(), List.of(), MemoryCodes.toTmx(s.target()))), null);
    }
}
