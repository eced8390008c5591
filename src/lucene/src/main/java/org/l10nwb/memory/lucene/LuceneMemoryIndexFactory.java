package org.l10nwb.memory.lucene;

import java.nio.file.Path;

import org.l10nwb.core.memory.MemoryIndex;

/** Found by {@link java.util.ServiceLoader}: opens Lucene indexes for the memory. */
public final class LuceneMemoryIndexFactory implements MemoryIndex.Factory {
    @Override
    public MemoryIndex open(Path folder) {
        return new LuceneMemoryIndex(folder);
    }
}
