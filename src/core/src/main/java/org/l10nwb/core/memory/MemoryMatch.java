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
 * @param forbidden the glossary's deprecated terms the earlier translation contains, as written
 *     there: such a match is offered marked, and never pre-translated
 */
public record MemoryMatch(String source, String target, int score, boolean inContext, String origin,
        List<WordDiff.Change> differences, List<String> forbidden) {

    public MemoryMatch {
        differences = List.copyOf(differences);
        forbidden = List.copyOf(forbidden);
    }

    /** A match not yet looked at for forbidden terms. */
    public MemoryMatch(String source, String target, int score, boolean inContext, String origin,
            List<WordDiff.Change> differences) {
        this(source, target, score, inContext, origin, differences, List.of());
    }

    /** The same match, marked with the forbidden terms its translation contains. */
    public MemoryMatch withForbidden(List<String> terms) {
        return new MemoryMatch(source, target, score, inContext, origin, differences, terms);
    }
}
