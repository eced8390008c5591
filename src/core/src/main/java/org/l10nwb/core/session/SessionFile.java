package org.l10nwb.core.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.EditLock;
import org.l10nwb.core.io.FileCommit;
import org.l10nwb.core.io.LockedUpdate;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xliff.XliffDocuments;
import org.l10nwb.core.xliff.XliffRewriter;

/**
 * The XLIFF file of a translation session as it is on disk: locked for the session's lifetime
 * (or read-only when another session holds it), compared with the disk before every command so
 * that a change made behind the session's back is seen, and written through {@link LockedUpdate}
 * with whatever else a change writes with it.
 */
final class SessionFile implements AutoCloseable {
    private final Path file;
    private final EditLock lock;
    private final String holder;
    private final XliffRewriter writer = new XliffRewriter();
    private XliffDocument document;
    private byte[] onDisk;

    private SessionFile(Path file, EditLock lock, XliffDocument document, byte[] bytes) {
        this.file = file;
        this.lock = lock;
        this.holder = lock == null ? EditLock.holder(file) : null;
        this.document = document;
        this.onDisk = bytes;
    }

    /** Opens and locks the file, or opens it read-only when another session holds it. */
    static SessionFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw WorkbenchException.inFile(file, "no such XLIFF file");
        }
        EditLock lock = EditLock.tryAcquire(file);
        try {
            if (lock != null) {
                FileCommit.recover(file);
            }
            byte[] bytes = TextFiles.readBytes(file);
            XliffDocument doc = XliffDocuments.read(file, bytes);
            for (XliffFile f : doc.files()) {
                if (f.targetLanguage() == null || f.targetLanguage().isBlank()) {
                    throw WorkbenchException.inFile(file, "<file original=\"" + f.original()
                            + "\"> has no target-language; extract it for a target locale first");
                }
            }
            return new SessionFile(file, lock, doc, bytes);
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    Path path() {
        return file;
    }

    boolean readOnly() {
        return lock == null;
    }

    String holder() {
        return holder;
    }

    XliffDocument document() {
        return document;
    }

    void requireWritable() {
        if (lock == null) {
            throw new WorkbenchException("read-only: " + file + " is being edited by " + holder
                    + "; changes are possible once that session ends (then 'open' the file again)");
        }
    }

    /** Reloads the file when it changed on disk since the session last read or wrote it; whether it did. */
    boolean sync() {
        if (lock != null) {
            FileCommit.recover(file);
        }
        byte[] bytes;
        try {
            bytes = TextFiles.readBytes(file);
        } catch (WorkbenchException e) {
            throw new WorkbenchException(SourcePosition.of(file), "can no longer be read (" + e.detail()
                    + "); the session keeps what it had: restore the file, then 'open' it again");
        }
        if (Arrays.equals(bytes, onDisk)) {
            return false;
        }
        try {
            document = XliffDocuments.read(file, bytes);
        } catch (WorkbenchException e) {
            throw new WorkbenchException(e.position(), e.detail() + " (the file changed on disk and is not valid"
                    + " XLIFF now; fix it, then run the command again)");
        }
        onDisk = bytes;
        return true;
    }

    /** The unit with {@code id}, or {@code null}. */
    TransUnit unit(String id) {
        for (XliffFile f : document.files()) {
            for (TransUnit u : f.units()) {
                if (u.id().equals(id)) {
                    return u;
                }
            }
        }
        return null;
    }

    /** Replaces a unit in the session's copy (written by the next {@link #save}). */
    void replace(String id, TransUnit replacement) {
        List<XliffFile> files = new ArrayList<>();
        for (XliffFile f : document.files()) {
            List<TransUnit> units = new ArrayList<>(f.units());
            units.replaceAll(u -> u.id().equals(id) ? replacement : u);
            files.add(f.withUnits(units));
        }
        document = new XliffDocument(files);
    }

    /** Writes the session's copy, with whatever {@code alsoWrite} adds to the same change. */
    void save(Consumer<LockedUpdate.Writes> alsoWrite) {
        requireWritable();
        byte[] bytes = writer.rewrite(file, onDisk, document);
        LockedUpdate.applyHolding(lock, writes -> {
            writes.put(file, bytes);
            alsoWrite.accept(writes);
            return null;
        });
        onDisk = bytes;
    }

    @Override
    public void close() {
        if (lock != null) {
            lock.close();
        }
    }
}
