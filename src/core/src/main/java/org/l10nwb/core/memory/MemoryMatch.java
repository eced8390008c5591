package org.l10nwb.core.memory;

import java.util.List;

/**
 * An earlier translation offered for a segment.
 *
 * @param source the earlier source text
 * @param target its translation
 * @param score similarity of the sources, 0–100 (100: the same words)
 * @param inContext whether the segments before and after were the same too (an in-context exact match)
 * @param origin where it comes from ({@code locales/ru/article.xlf#5:2}, a TMX file…)
 * @param differences how the earlier source differs from the current one, word by word
 */
public record MemoryMatch(String source, String target, int score, boolean inContext, String origin,
        List<WordDiff.Change> differences) {

    public MemoryMatch {
        differences = List.copyOf(differences);
    }
}
