package org.l10nwb.core.xliff;

import java.nio.file.Path;
import java.util.Arrays;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.XliffDocument;

/**
 * Writes a changed document back over the file it was read from: the one way the shell,
 * {@code review apply}, {@code pretranslate} and extraction rewrite an XLIFF file.
 *
 * <p>A file the workbench wrote itself (writing what was read from it gives its bytes back) is
 * written by {@link XliffWriter}, deterministically. A file another tool wrote keeps everything
 * the model does not own, byte for byte, in its own XLIFF version and encoding: only what changed
 * is written into it ({@link XliffSplice}); a change that cannot be written so is refused, naming
 * the file and the reason. XLIFF 2 documents are always spliced ({@link Xliff2Splice}).
 */
public final class XliffRewriter {
    private final XliffWriter writer = new XliffWriter();
    private final Xliff2Writer writer2 = new Xliff2Writer();

    /**
     * The new content of {@code file}, whose content was {@code original}, once {@code changed}
     * (the document read from {@code original}, with the changes made) is written into it.
     */
    public byte[] rewrite(Path file, byte[] original, XliffDocument changed) {
        return rewrite(file, original, XliffDocuments.read(file, original), changed);
    }

    /** {@link #rewrite(Path, byte[], XliffDocument)} when the caller has read {@code before} from {@code original}. */
    public byte[] rewrite(Path file, byte[] original, XliffDocument before, XliffDocument changed) {
        if (XliffVersion.isXliff2(file, original)) {
            if (Arrays.equals(writer2.write(before), original)) {
                return writer2.write(changed);
            }
            return rewrite2(file, original, before, changed);
        }
        if (Arrays.equals(writer.write(before), original)) {
            return writer.write(changed);
        }
        return XliffSplice.rewrite(file, original, before, changed);
    }

    /**
     * An XLIFF 2 document with the changes spliced in, read again before it is written: a change
     * that would break one of the specification's rules is refused rather than written.
     */
    private static byte[] rewrite2(Path file, byte[] original, XliffDocument before, XliffDocument changed) {
        byte[] out = Xliff2Splice.rewrite(file, original, before, changed);
        try {
            XliffDocuments.read(file, out);
        } catch (WorkbenchException e) {
            throw WorkbenchException.inFile(file, "not written: the change would make it invalid (" + e.detail() + ")");
        }
        return out;
    }

    /** Whether the workbench wrote this content: writing what is read from it gives it back. */
    public boolean isOwn(Path file, byte[] original) {
        return isOwn(file, original, XliffDocuments.read(file, original));
    }

    /** {@link #isOwn(Path, byte[])} when the caller has read {@code before} from {@code original}. */
    public boolean isOwn(Path file, byte[] original, XliffDocument before) {
        return Arrays.equals(XliffVersion.isXliff2(file, original) ? writer2.write(before) : writer.write(before), original);
    }
}
