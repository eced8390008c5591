package org.l10nwb.core.memory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.tmx.TmxHeader;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/** The whole memory, or one target language of it, as one TMX document, streamed. */
final class MemoryExport {
    private final MemoryFolder folder;
    private final IndexSync sync;
    private final LocaleTag source;

    MemoryExport(MemoryFolder folder, IndexSync sync, LocaleTag source) {
        this.folder = folder;
        this.sync = sync;
        this.source = source;
    }

    /** Writes the units (with {@code target}: only those with a variant in it, and only it and the source); how many. */
    long export(OutputStream out, LocaleTag target) throws IOException {
        TmxWriter writer = new TmxWriter(out, TmxHeader.of(source.tag()));
        long n = 0;
        for (Path f : folder.files()) {
            long[] count = {0};
            folder.reader().read(f, (TmxReader.Handler) u -> {
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
            String lang = sync.key(v.language());
            if (lang.equals(IndexSync.SOURCE)) {
                keep.add(v);
            } else if (lang.equals(IndexSync.key(source, target))) {
                keep.add(v);
                hasTarget = true;
            }
        }
        return hasTarget ? new TmxUnit(u.attributes(), u.meta(), keep, u.position()) : null;
    }
}
