package org.l10nwb.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.l10nwb.core.WorkbenchException;

/**
 * Writes files so that readers and crashes only ever see the old or the new content, never a
 * part of it: the bytes go to a temporary file in the same folder, are forced to disk, and the
 * temporary file is renamed over the target. A failure removes the temporary file and leaves the
 * target as it was.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Produces the content of a file onto a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(tmp, target);
            tmp = null;
            forceDirectory(dir);
        } catch (IOException e) {
            throw new WorkbenchException(
                    org.l10nwb.core.SourcePosition.of(target), "cannot write: " + reason(e), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // The original failure is what the user needs to see; a stray temporary
                    // file is named after the target and starts with a dot.
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on every platform (Windows); the rename has happened regardless.
        }
    }

    /** A human-readable reason for an I/O failure, without exception class names. */
    public static String reason(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        String msg = e.getMessage();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder" + (msg == null ? "" : " (" + msg + ")");
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied" + (msg == null ? "" : " (" + msg + ")");
        }
        return msg == null ? kind : msg;
    }
}
