package org.l10nwb.core.format;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.TransUnit;

/**
 * A document format the workbench can extract translatable text from and merge translations back
 * into. Implementations live in adapter modules and are found with {@link java.util.ServiceLoader}.
 *
 * <p>The contract that makes editions byte-exact: {@link #extract} and {@link #merge} see the same
 * units in the same order, and merging every unit with its target equal to its source gives back
 * the original bytes.
 */
public interface DocumentFormat {

    /** A short id: {@code plaintext}, {@code markdown}, {@code html}. */
    String id();

    /** The XLIFF 1.2 {@code datatype} of extracted files. */
    String xliffDatatype();

    /** File extensions handled, lower case, without dots. */
    Set<String> extensions();

    /**
     * Whether documents of this format are UTF-8 text, which the workbench checks before
     * {@link #extract} sees them; a packaged format (a zip of XML parts) answers {@code false}
     * and checks its package itself.
     */
    default boolean textual() {
        return true;
    }

    /**
     * Refuses a document that is not of this format as far as can be told without extracting it
     * (a packaged format: a file that is not its kind of package), so that {@code init} does not
     * take it into a project; a textual format's bytes are checked by the workbench instead.
     */
    default void check(Path document) {
        // nothing beyond the UTF-8 check of textual formats
    }

    /**
     * Extracts the translatable units of a document, each segmented into sentences.
     *
     * @param document the document; already checked to be readable (and UTF-8 when {@link #textual})
     * @param sourceLocale its language
     * @param segmentation the segmentation rules to use
     * @return the units in document order
     */
    List<Content> extract(Path document, LocaleTag sourceLocale, Segmentation segmentation);

    /**
     * Extracts as {@link #extract(Path, LocaleTag, Segmentation)} does, handing each unit to
     * {@code units} as soon as it is segmented, so that a caller writing them out holds one unit
     * at a time rather than the document's; a problem is thrown where it is found, after the
     * units before it were handed on.
     */
    default void extract(Path document, LocaleTag sourceLocale, Segmentation segmentation, Consumer<Content> units) {
        extract(document, sourceLocale, segmentation).forEach(units);
    }

    /**
     * Writes the document with each unit's text replaced by its target.
     *
     * @param document the original document
     * @param sourceLocale its language
     * @param targetLocale the language of the edition
     * @param units the units in the order {@link #extract} gives them, each with a complete target
     * @param out where the edition's bytes go
     * @throws SourceChangedException when the units' sources are not the document's (it changed
     *     since they were extracted); the merge checks this as it reads the document, so that a
     *     build reads the document once
     */
    void merge(Path document, LocaleTag sourceLocale, LocaleTag targetLocale, List<TransUnit> units,
            OutputStream out);
}
