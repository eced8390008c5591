package org.l10nwb.core.memory;

import java.io.Closeable;
import java.util.List;

import org.l10nwb.core.locale.LocaleTag;

/**
 * A memory shared by a team through a server ({@code memory.url} in the project's settings): it
 * answers lookups and takes confirmations like the project's embedded memory, and what one
 * translator confirms is offered to the others at their next lookup. Implementations live outside
 * the core and are found with {@link java.util.ServiceLoader} through {@link Factory}.
 */
public interface SharedMemory extends TranslationMemory, MemorySink, Closeable {

    /** Opens shared memories for the URLs it knows ({@code postgresql://…}). */
    interface Factory {
        /** Whether this factory serves URLs like this one. */
        boolean accepts(String url);

        /**
         * Connects; a server that cannot be reached is a {@link org.l10nwb.core.WorkbenchException}.
         *
         * @param clone names the working copy confirming through this connection (host and folder):
         *     a query's {@code exclude} leaves out the segment's own entry only when this clone
         *     confirmed it, since another translator's confirmation of the same segment is what a
         *     shared memory is for
         */
        SharedMemory open(String url, LocaleTag source, String clone);

        /**
         * Connects, reading the files it imports under the project's {@code limits} (as the
         * embedded memory reads them); without this, under the defaults.
         */
        default SharedMemory open(String url, LocaleTag source, String clone, org.l10nwb.core.io.InputLimits limits) {
            return open(url, source, clone);
        }
    }

    /** Adds units read from a TMX file (an import); how many entries. */
    long importUnits(List<org.l10nwb.core.tmx.TmxUnit> units, String file);

    /**
     * Imports a TMX file as the embedded memory does ({@link MemoryStore#importTmx}): all or
     * nothing, its entries replacing those of an earlier import of the same name.
     */
    MemoryStore.ImportResult importTmx(java.nio.file.Path file, MemoryStore.Progress progress);

    /**
     * Writes the entries (with {@code target}, only that language's) as one TMX document, a unit
     * per entry; how many units.
     */
    long export(java.io.OutputStream out, LocaleTag target) throws java.io.IOException;

    /** Entries per file they came from (an import's name, or the confirmed memory's), by name. */
    java.util.Map<String, Long> files();

    /**
     * The best matches with their stored source and target, as {@link PersistentMemory#find(MemoryQuery,
     * org.l10nwb.core.model.Fragment)} gives them (what pretranslation fills in).
     */
    List<PersistentMemory.Found> find(MemoryQuery q, org.l10nwb.core.model.Fragment source);

    /** Entries stored for one target language. */
    long size(String targetLanguage);

    @Override
    void close();
}
