package org.l10nwb.core.xliff;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ServiceLoader;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.xml.SafeXml;

/**
 * Reads an XLIFF document of any supported version: 1.x with {@link XliffReader}, 2.x with the
 * {@link Xliff2Port} an adapter provides, with the positions of units and targets found in its
 * text. Every command that reads an XLIFF file goes through here.
 */
public final class XliffDocuments {
    private static volatile Xliff2Port xliff2;

    private XliffDocuments() {
    }

    public static XliffDocument read(Path file) {
        return read(file, org.l10nwb.core.io.InputLimits.DEFAULTS);
    }

    /**
     * Reads a file within the given limits (a project's {@code limits.xliff-mb}). An XLIFF 1 file
     * is streamed from disk, its encoding checked a block at a time before it is parsed: neither
     * its bytes nor its text is held whole, only the model. The file is opened once for the check
     * and the parse, so both see the same file even if it is replaced in between.
     */
    public static XliffDocument read(Path file, org.l10nwb.core.io.InputLimits limits) {
        return opened(file, limits, true, (channel, xliff2) -> xliff2
                ? read(file, TextFiles.readBytes(file, org.l10nwb.core.io.InputKind.XLIFF, limits))
                : new XliffReader().readChecked(file, Channels.newInputStream(channel)));
    }

    /** What is done with an XLIFF file {@link #opened} opened: the channel at its start, and whether it is XLIFF 2. */
    private interface Opened<T> {
        T read(FileChannel channel, boolean xliff2) throws IOException;
    }

    /**
     * Opens a file within the limits, checks its text a block at a time (unless {@code check} is
     * false: it passed before), sniffs its version, and hands the channel, back at the start, to
     * {@code then}; the file's I/O errors become one line naming it. The check and what follows
     * read the same open file, even if it is replaced in between.
     */
    private static <T> T opened(Path file, org.l10nwb.core.io.InputLimits limits, boolean check, Opened<T> then) {
        TextFiles.requireReadable(file, org.l10nwb.core.io.InputKind.XLIFF, limits);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (check) {
                SafeXml.checkUtf8(file, channel);
            }
            channel.position(0);
            // Not closed here: closing the stream would close the channel, which the try closes.
            XliffVersion v = XliffVersion.sniff(Channels.newInputStream(channel));
            channel.position(0);
            return then.read(channel, v != null && v.isXliff2());
        } catch (NoSuchFileException e) {
            throw WorkbenchException.inFile(file, "no such file");
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + AtomicFiles.reason(e));
        }
    }

    /** Reads XLIFF bytes of any version; their encoding is checked before anything parses them. */
    public static XliffDocument read(Path file, byte[] bytes) {
        SafeXml.checkUtf8(file, bytes);
        return readChecked(file, bytes);
    }

    /** {@link #read(Path, byte[])} of bytes that passed {@link SafeXml#checkUtf8}. */
    private static XliffDocument readChecked(Path file, byte[] bytes) {
        XliffVersion v = XliffVersion.sniff(new ByteArrayInputStream(bytes));
        if (v != null && v.isXliff2()) {
            return Xliff2Positions.attach(file, bytes, xliff2(file).read(file, bytes));
        }
        return new XliffReader().readChecked(file, bytes);
    }

    /**
     * Reads a file unit by unit into {@code sink} ({@link XliffReader#stream}), within the given
     * limits. XLIFF 2 goes through its adapter, which reads a document whole: its units are then
     * handed on from the model, the same as XLIFF 1's, so callers need not know the version.
     */
    public static void stream(Path file, org.l10nwb.core.io.InputLimits limits, XliffReader.Units sink) {
        stream(file, limits, sink, NOT_READ);
    }

    /** What {@link #stream(Path, org.l10nwb.core.io.InputLimits, XliffReader.Units, long)} is given for a file not read before. */
    public static final long NOT_READ = -1;

    /**
     * {@link #stream(Path, org.l10nwb.core.io.InputLimits, XliffReader.Units)}, for a file that may
     * have been read before: {@code readBefore} is what that read returned. The text's checks
     * (strict UTF-8, no control characters), which passed then, are not made again (a check reads
     * each file twice, and on a large file they cost about a tenth of a read); the bytes read now
     * must have the same CRC-32C, or the file changed in between and is refused once read. Returns
     * the bytes' CRC-32C, for the next read.
     */
    public static long stream(Path file, org.l10nwb.core.io.InputLimits limits, XliffReader.Units sink, long readBefore) {
        // Streamed from the open file, as read(file, limits) does: a large file's bytes are not
        // held besides its units (on a check of 55 MB, twice 55 MB in the old generation, which
        // cost a full collection). The CRC-32C is of the bytes the parser reads, counted as it
        // reads them; XLIFF 2 keeps its adapter's in-memory path.
        return opened(file, limits, readBefore == NOT_READ, (channel, xliff2) -> {
            if (xliff2) {
                return streamXliff2(file, limits, sink, readBefore);
            }
            java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
            Counted in = new Counted(Channels.newInputStream(channel), crc);
            new XliffReader().streamChecked(file, in, sink);
            in.transferTo(java.io.OutputStream.nullOutputStream()); // whatever the parser left after the root
            long read = crc.getValue();
            if (readBefore != NOT_READ && read != readBefore) {
                // Its text was not checked again, on the word of the first read, which was of other bytes.
                throw WorkbenchException.inFile(file, "changed while it was being checked; check it again");
            }
            return read;
        });
    }

    /**
     * The file's bytes as the parser reads them, each counted into a CRC-32C. The parser closes
     * its input at the end of the document, before the caller has counted what it left after the
     * root: closing leaves the stream readable, and the channel to its owner.
     */
    private static final class Counted extends java.util.zip.CheckedInputStream {
        Counted(java.io.InputStream channel, java.util.zip.Checksum sum) {
            super(new java.io.BufferedInputStream(channel, 1 << 16), sum);
        }

        @Override
        public void close() {
            // the channel is closed by its owner; a parser that stops early leaves the rest unread
        }
    }

    /** {@link #stream(Path, org.l10nwb.core.io.InputLimits, XliffReader.Units, long)} of an XLIFF 2 file, read whole by its adapter. */
    private static long streamXliff2(Path file, org.l10nwb.core.io.InputLimits limits, XliffReader.Units sink,
            long readBefore) {
        byte[] bytes = TextFiles.readBytes(file, org.l10nwb.core.io.InputKind.XLIFF, limits);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        if (crc.getValue() != readBefore) {
            SafeXml.checkUtf8(file, bytes);
        }
        for (org.l10nwb.core.model.XliffFile f : readChecked(file, bytes).files()) {
            sink.file(f.withUnits(java.util.List.of()));
            f.units().forEach(sink::unit);
        }
        return crc.getValue();
    }

    private static Xliff2Port xliff2(Path file) {
        Xliff2Port p = xliff2;
        if (p == null) {
            p = ServiceLoader.load(Xliff2Port.class).findFirst().orElseThrow(() -> WorkbenchException.inFile(file,
                    "is XLIFF 2, and this build of the workbench has no XLIFF 2 reader"));
            xliff2 = p;
        }
        return p;
    }
}
