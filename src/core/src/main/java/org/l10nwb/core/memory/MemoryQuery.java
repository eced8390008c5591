package org.l10nwb.core.memory;

/**
 * A request for matches.
 *
 * @param source the source segment's text (inline codes left out)
 * @param previousSource the source text of the segment before it, or {@code null} (for in-context matches)
 * @param nextSource the source text of the segment after it, or {@code null}
 * @param sourceLanguage the source language tag
 * @param targetLanguage the target language tag
 * @param threshold the lowest score worth showing, 0–100
 * @param limit how many matches at most
 * @param exclude an origin to leave out (the segment being translated, when the memory holds it), or {@code null}
 */
public record MemoryQuery(String source, String previousSource, String nextSource, String sourceLanguage,
        String targetLanguage, int threshold, int limit, String exclude) {

    public static final int DEFAULT_THRESHOLD = 70;

    public MemoryQuery {
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("threshold " + threshold + " is not between 0 and 100");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
    }
}
