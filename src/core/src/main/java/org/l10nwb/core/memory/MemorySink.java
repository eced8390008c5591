package org.l10nwb.core.memory;

import java.util.List;

/** Where confirmed translations go: the translator's shell hands each confirmed unit's segments over. */
@FunctionalInterface
public interface MemorySink {
    void confirmed(String targetLanguage, List<ConfirmedSegment> segments);
}
