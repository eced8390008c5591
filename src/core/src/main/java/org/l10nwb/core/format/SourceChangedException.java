package org.l10nwb.core.format;

/**
 * A document's text units are not the ones its XLIFF was extracted from (the document changed
 * since extraction): thrown by {@link DocumentFormat#merge}, which the caller reports naming the
 * XLIFF file.
 */
public final class SourceChangedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SourceChangedException(String message) {
        super(message, null, false, false);
    }
}
