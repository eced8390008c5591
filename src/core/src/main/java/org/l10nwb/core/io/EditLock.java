package org.l10nwb.core.io;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.l10nwb.core.WorkbenchException;

/**
 * The right to change one project file: an operating-system lock on a file beside it
 * ({@code .article.xlf.lock}), which also says who holds it. The system releases the lock when its
 * process ends, however it ends ({@code kill -9} included), so a lock is never left stale. The
 * lock file stays behind when the lock is released and is taken over by the next holder: deleting
 * it would let a process still holding the old file lock it while a third one locks a new file of
 * the same name.
 *
 * <p>A translator's shell holds the lock of its XLIFF file for the whole session; every other
 * writer takes it for the time of one change ({@link LockedUpdate}).
 */
public final class EditLock implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(15);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private EditLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file for a project file. */
    public static Path lockFile(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".lock");
    }

    /**
     * Takes the lock for {@code file}, or answers {@code null} when someone else holds it (then
     * {@link #holder} says who). Another session of this same process counts as someone else.
     */
    public static EditLock tryAcquire(Path file) {
        Path path = lockFile(file);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((whoAmI() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new EditLock(file, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw WorkbenchException.inFile(path, "cannot lock for editing: " + AtomicFiles.reason(e));
        }
    }

    /**
     * Takes the lock for {@code file}, waiting while others hold it for at most {@code patience}:
     * for files that many sessions change briefly (the memory of confirmed translations), where
     * waiting a moment is right and refusing would lose work. A holder that keeps it longer is a
     * user error naming who it is.
     */
    public static EditLock acquire(Path file, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            EditLock lock = tryAcquire(file);
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() - deadline > 0) {
                throw WorkbenchException.inFile(file, "is locked by " + holder(file) + " for longer than "
                        + patience.toSeconds() + " s; try again when it is free");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw WorkbenchException.inFile(file, "interrupted while waiting for its lock");
            }
        }
    }

    /** Who holds the lock of {@code file}, as they wrote it, or {@code "another session"}. */
    public static String holder(Path file) {
        try {
            String s = Files.readString(lockFile(file), StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "another session" : s;
        } catch (IOException e) {
            return "another session";
        }
    }

    /** The file this lock is for. */
    public Path file() {
        return file;
    }

    /** Whether the lock is still held (it is until closed). */
    public boolean isHeld() {
        return lock.isValid();
    }

    /** {@code user@host (pid 1234, since 2026-11-30 09:12:00)}. */
    static String whoAmI() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        return System.getProperty("user.name", "someone") + "@" + host + " (pid " + ProcessHandle.current().pid()
                + ", since " + LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).replace('T', ' ')
                + ")";
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the failure to lock is what the user is told about
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock in any case.
        }
    }
}
