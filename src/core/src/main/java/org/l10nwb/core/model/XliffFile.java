package org.l10nwb.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code <file>} of an XLIFF 1.2 document: the units extracted from one original document.
 *
 * @param original the original document's path, relative to the project, with forward slashes
 * @param datatype the XLIFF datatype ({@code plaintext}, {@code html}, {@code x-markdown}…)
 * @param sourceLanguage the source language tag
 * @param targetLanguage the target language tag, or {@code null}
 * @param attributes other {@code file} attributes, kept as they are
 * @param units the units in document order
 */
public record XliffFile(
        String original,
        String datatype,
        String sourceLanguage,
        String targetLanguage,
        Map<String, String> attributes,
        List<TransUnit> units) {

    public XliffFile {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(datatype, "datatype");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        attributes = Map.copyOf(attributes);
        units = List.copyOf(units);
    }

    public XliffFile withUnits(List<TransUnit> newUnits) {
        return new XliffFile(original, datatype, sourceLanguage, targetLanguage, attributes, newUnits);
    }
}
