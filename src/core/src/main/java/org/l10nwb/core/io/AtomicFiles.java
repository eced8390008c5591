package org.l10nwb.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

import org.l10nwb.core.WorkbenchException;

/**
 * Writes files so that readers and crashes only ever see the old or the new content, never a
 * part of it: the bytes go to a temporary file in the same folder, are forced to disk, and the
 * temporary file is renamed over the target. A failure removes the temporary file and leaves the
 * target as it was.
 *
 * <p>The new file has the permissions the old one had; a file written for the first time gets
 * the permissions any new file of the user gets (the umask applies), not the owner-only ones of
 * {@link Files#createTempFile}, so an edition or a glossary stays readable by whoever could read
 * the folder.
 */
public final class AtomicFiles {
    private static final SecureRandom RANDOM = new SecureRandom();

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
        install(stage(target, content), target);
    }

    /**
     * The first half of a write: the content in a hidden temporary file beside {@code target},
     * forced to disk and with the target's permissions, ready to be {@link #install installed}.
     * A failure removes the temporary file and leaves the target as it was.
     */
    public static Path stage(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            FileChannel channel = null;
            while (channel == null) {
                tmp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
                try {
                    channel = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                } catch (FileAlreadyExistsException taken) {
                    tmp = null; // another writer's temporary file: draw another name
                }
            }
            try (FileChannel ch = channel; OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            keepPermissions(target, tmp);
            Path staged = tmp;
            tmp = null;
            return staged;
        } catch (IOException e) {
            throw new WorkbenchException(
                    org.l10nwb.core.SourcePosition.of(target), "cannot write: " + reason(e), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** The second half of a write: renames a staged file over its target, durably. */
    public static void install(Path staged, Path target) {
        try {
            move(staged, target);
            forceDirectory(target.toAbsolutePath().getParent());
        } catch (IOException e) {
            deleteQuietly(staged);
            throw new WorkbenchException(
                    org.l10nwb.core.SourcePosition.of(target), "cannot write: " + reason(e), e);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The original failure is what the user needs to see; a stray temporary
                // file is named after the target and starts with a dot.
            }
        }
    }

    /** Gives the new file the old one's POSIX permissions, where there are an old file and POSIX. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (Files.isRegularFile(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows opening a folder. */
    static void forceDirectory(Path dir) {
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
