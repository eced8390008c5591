package org.l10nwb.memory.lucene;

import java.nio.file.Path;

import org.l10nwb.core.memory.MemoryIndex;

/** Found by {@link java.util.ServiceLoader}: opens Lucene indexes for the memory. */
public final class LuceneMemoryIndexFactory implements MemoryIndex.Factory {
    /**
     * @throws MemoryIndex.DamagedIndexException when the folder holds files Lucene cannot read as an index
     * @throws org.l10nwb.core.WorkbenchException when the folder cannot be created or read
     */
    @Override
    public MemoryIndex open(Path folder) {
        return new LuceneMemoryIndex(folder);
    }
}
