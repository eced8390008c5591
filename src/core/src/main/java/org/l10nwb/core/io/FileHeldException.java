package org.l10nwb.core.io;

import java.nio.file.Path;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;

/** A file could not be changed because another session (a translator's shell) holds its lock. */
public final class FileHeldException extends WorkbenchException {
    private final Path file;
    private final String holder;

    public FileHeldException(Path file, String holder) {
        super(SourcePosition.of(file), "is being edited by " + holder + "; nothing was written (try again when"
                + " that session ends)");
        this.file = file;
        this.holder = holder;
    }

    public Path file() {
        return file;
    }

    /** Who holds the file: {@code user@host (pid 1234, since …)}. */
    public String holder() {
        return holder;
    }
}
