package org.l10nwb.core.xliff;

import java.nio.file.Path;

import org.l10nwb.core.model.XliffDocument;

/**
 * Reads XLIFF 2.0, 2.1 and 2.2 into the model, validating the document against the schemas and
 * the processing requirements of the specification. An adapter provides it (found through
 * {@link java.util.ServiceLoader}); the core reads XLIFF 1.x itself.
 */
public interface Xliff2Port {
    /**
     * The document's files and units; every problem, a broken processing requirement included,
     * is a one-line {@link org.l10nwb.core.WorkbenchException} naming the file and, when known,
     * the line and column.
     */
    XliffDocument read(Path file, byte[] bytes);
}
