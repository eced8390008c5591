package org.l10nwb.core.session;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;

/**
 * The right to write one XLIFF file: an operating-system lock on a file beside it
 * ({@code .article.xlf.lock}), which also says who holds it. The system releases the lock when its
 * process ends, however it ends ({@code kill -9} included), so a lock is never left stale. The
 * file stays behind when the lock is released and is taken over by the next session: deleting it
 * would let a session still holding the old file lock it while a third one locks a new file of the
 * same name.
 */
public final class EditLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private EditLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file for an XLIFF file. */
    public static Path lockFile(Path xliff) {
        return xliff.resolveSibling("." + xliff.getFileName() + ".lock");
    }

    /**
     * Takes the lock for {@code xliff}, or answers {@code null} when someone else holds it (then
     * {@link #holder} says who).
     */
    public static EditLock tryAcquire(Path xliff) {
        Path path = lockFile(xliff);
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
            return new EditLock(channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the failure to lock is what matters
                }
            }
            throw WorkbenchException.inFile(path, "cannot lock for editing: " + AtomicFiles.reason(e));
        }
    }

    /** Who holds the lock of {@code xliff}, as they wrote it, or {@code "another session"}. */
    public static String holder(Path xliff) {
        try {
            String s = Files.readString(lockFile(xliff), StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? "another session" : s;
        } catch (IOException e) {
            return "another session";
        }
    }

    /** {@code user@host (pid 1234, since 2026-11-30 09:12)}. */
    static String whoAmI() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        String pid = Long.toString(ProcessHandle.current().pid());
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return System.getProperty("user.name", "someone") + "@" + host + " (pid " + (pid.isEmpty() ? name : pid)
                + ", since " + LocalDateTime.now().withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).replace('T', ' ')
                + ")";
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
