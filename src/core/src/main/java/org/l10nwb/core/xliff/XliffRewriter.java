package org.l10nwb.core.xliff;

import java.nio.file.Path;
import java.util.Arrays;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.xml.XmlCursor;

/**
 * Writes a changed document back over the file it was read from: the one way the shell,
 * {@code review apply}, {@code pretranslate} and extraction rewrite an XLIFF file.
 *
 * <p>A file the workbench wrote itself (writing what was read from it gives its bytes back) is
 * written by {@link XliffWriter}, deterministically. A file written by another tool keeps its
 * version: what cannot be written back in it is refused, naming the file and the reason.
 */
public final class XliffRewriter {
    private final XliffReader reader = new XliffReader();
    private final XliffWriter writer = new XliffWriter();

    /**
     * The new content of {@code file}, whose content was {@code original}, once {@code changed}
     * (the document read from {@code original}, with the changes made) is written into it.
     */
    public byte[] rewrite(Path file, byte[] original, XliffDocument changed) {
        if (isOwn(file, original)) {
            return writer.write(changed);
        }
        String version = version(file, original);
        if (!"1.2".equals(version)) {
            throw WorkbenchException.inFile(file, "is XLIFF " + version + " written by another tool;"
                    + " writing it back in its own version is not supported, so it is left as it is");
        }
        return writer.write(changed);
    }

    /** Whether the workbench wrote this content: writing what is read from it gives it back. */
    public boolean isOwn(Path file, byte[] original) {
        return Arrays.equals(writer.write(reader.read(file, original)), original);
    }

    /** The {@code version} of the document's root, as written ({@code 1.0}, {@code 1.1}, {@code 1.2}). */
    static String version(Path file, byte[] bytes) {
        try (XmlCursor x = XmlCursor.open(file, bytes)) {
            if (!x.toRoot("XLIFF", false)) {
                throw WorkbenchException.inFile(file, "empty document, expected <xliff>");
            }
            String version = x.attribute("version");
            String ns = x.namespace() == null ? "" : x.namespace();
            return "1.2".equals(version) && !XliffReader.NS.equals(ns) ? "1.2 without its namespace" : version;
        }
    }
}
