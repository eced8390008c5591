package org.l10nwb.core.memory;

import java.util.List;

/**
 * Where earlier translations come from: the port the translator's shell (and pre-translation)
 * asks for matches. {@link ProjectMemory} answers from the project's own translated units; a
 * persistent, indexed memory implements the same interface and plugs in without changing its
 * callers.
 */
public interface TranslationMemory {

    /**
     * The best matches for a source segment, best first: in-context exact matches, then by score,
     * then the most recent. Only matches scoring at least {@code query.threshold()}.
     */
    List<MemoryMatch> lookup(MemoryQuery query);

    /** A short name for where matches come from, shown with them ({@code project}, {@code memory/ru.tmx}). */
    String name();
}
