package org.l10nwb.core.io;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way a project file is changed: its edit lock is taken, an interrupted earlier change
 * is finished, the file is read afresh, the change is applied to what was read, and what it
 * produces is written atomically, together with any file written with it ({@link FileCommit}).
 * Reading under the lock is what makes the change safe: two writers never work from the same old
 * content, so neither loses the other's work.
 *
 * <p>Three ways to hold the lock: refused when another session holds it (commands that change an
 * XLIFF file a translator may have open: the translator's work wins, and the command says who
 * holds the file); waiting a moment (files many sessions add to, such as the memory of confirmed
 * translations); or held already (the translator's own shell).
 */
public final class LockedUpdate {
    /** How long a writer waits for a file that others change briefly. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    /** What a change writes: the new content of each file, in the order given. */
    public static final class Writes {
        private final Map<Path, byte[]> files = new LinkedHashMap<>();

        /** Replaces {@code file}'s content when the change commits. */
        public Writes put(Path file, byte[] bytes) {
            files.put(file, bytes);
            return this;
        }

        public boolean isEmpty() {
            return files.isEmpty();
        }

        Map<Path, byte[]> files() {
            return files;
        }
    }

    /** A change: reads what it needs (under the lock), puts what is to be written, answers a result. */
    @FunctionalInterface
    public interface Change<R> {
        R apply(Writes writes);
    }

    private LockedUpdate() {
    }

    /** Changes {@code file}, or refuses ({@link FileHeldException}) when another session holds it. */
    public static <R> R apply(Path file, Change<R> change) {
        try (EditLock lock = EditLock.tryAcquire(file)) {
            if (lock == null) {
                throw new FileHeldException(file, EditLock.holder(file));
            }
            return applyHolding(lock, change);
        }
    }

    /** Changes {@code file}, waiting up to {@link #PATIENCE} while another session holds it. */
    public static <R> R applyWaiting(Path file, Change<R> change) {
        try (EditLock lock = EditLock.acquire(file, PATIENCE)) {
            return applyHolding(lock, change);
        }
    }

    /** Changes the file of a lock the caller holds. */
    public static <R> R applyHolding(EditLock lock, Change<R> change) {
        if (!lock.isHeld()) {
            throw new IllegalStateException("the lock of " + lock.file() + " was released");
        }
        FileCommit.recover(lock.file());
        Writes writes = new Writes();
        R result = change.apply(writes);
        FileCommit.commit(writes.files());
        return result;
    }

    /**
     * Installs a file staged with {@link AtomicFiles#stage} as the new content of the file of a
     * lock the caller holds: a change too large to hold in memory, written onto its staged file
     * as it was made (a large document's XLIFF, unit by unit).
     */
    public static void installHolding(EditLock lock, Path staged) {
        if (!lock.isHeld()) {
            throw new IllegalStateException("the lock of " + lock.file() + " was released");
        }
        FileCommit.recover(lock.file());
        AtomicFiles.install(staged, lock.file());
    }

    /**
     * Finishes a change to {@code file} that a crash interrupted after its commit point, for a
     * reader about to read the files of that change. When a session holds the file, that
     * session finishes it instead, before its next change.
     */
    public static void finishInterrupted(Path file) {
        if (FileCommit.interrupted(file)) {
            try (EditLock lock = EditLock.tryAcquire(file)) {
                if (lock != null) {
                    FileCommit.recover(file);
                }
            }
        }
    }

    /**
     * Locks every one of {@code files} before anything is written, for a command that changes
     * several: when any is held by another session, none is locked and the command is refused
     * before it writes anything. Interrupted earlier changes are finished.
     */
    public static Locks lockAll(List<Path> files) {
        List<EditLock> taken = new ArrayList<>();
        for (Path f : files) {
            EditLock lock = EditLock.tryAcquire(f);
            if (lock == null) {
                taken.forEach(EditLock::close);
                throw new FileHeldException(f, EditLock.holder(f));
            }
            taken.add(lock);
        }
        Locks locks = new Locks(taken);
        for (EditLock l : taken) {
            FileCommit.recover(l.file());
        }
        return locks;
    }

    /** The locks of several files, released together. */
    public static final class Locks implements AutoCloseable {
        private final List<EditLock> locks;

        private Locks(List<EditLock> locks) {
            this.locks = Collections.unmodifiableList(locks);
        }

        /** The lock of {@code file}, which must be one of those locked. */
        public EditLock of(Path file) {
            for (EditLock l : locks) {
                if (l.file().equals(file)) {
                    return l;
                }
            }
            throw new IllegalArgumentException(file + " is not locked here");
        }

        @Override
        public void close() {
            locks.forEach(EditLock::close);
        }
    }
}
