package org.l10nwb.memory.lucene;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

import org.l10nwb.core.Paths2;
import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.memory.MemoryIndex;

/**
 * What an I/O failure of the index means: Lucene's signs of a damaged index (a corrupt, truncated
 * or missing file, a format this version does not read) become
 * {@link MemoryIndex.DamagedIndexException}, which the memory answers by building the index
 * again; anything else (permission, space) is a {@link WorkbenchException} naming the folder and
 * leaves the index alone.
 */
final class IndexFailures {
    private final Path folder;

    IndexFailures(Path folder) {
        this.folder = folder;
    }

    WorkbenchException of(IOException e, String doing) {
        if (damaged(e)) {
            return new MemoryIndex.DamagedIndexException(folder, reason(e), e);
        }
        return new WorkbenchException(position(), "cannot " + doing + " the memory index: " + AtomicFiles.reason(e), e);
    }

    /** A segment that names a codec this Lucene does not have: written by another version. */
    WorkbenchException unknownCodec(IllegalArgumentException e) {
        return new MemoryIndex.DamagedIndexException(folder, reason(e), e);
    }

    /** Lucene's signs that the files are not a readable index, as opposed to files that cannot be accessed. */
    static boolean damaged(IOException e) {
        return e instanceof CorruptIndexException || e instanceof IndexFormatTooOldException
                || e instanceof IndexFormatTooNewException || e instanceof EOFException
                || e instanceof NoSuchFileException || e instanceof FileNotFoundException;
    }

    private static String reason(Exception e) {
        String msg = e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg.replaceAll("\\s+", " ").strip();
    }

    SourcePosition position() {
        return SourcePosition.of(Paths2.forDisplay(folder));
    }
}
