package org.l10nwb.core.check;

import java.util.List;

/**
 * A quality check beyond the glossary, made of one rule: it looks at each translated segment of a
 * language pair (its source and its translation, inline codes left out) and reports what is
 * wrong with it. Each check is one class, listed in {@link QualityChecks}; its good and bad
 * examples are {@code check-examples/<id>.txt} in the core's test resources.
 */
public interface SegmentCheck {

    Rule rule();

    /** The settings it reads from {@code workbench.properties}, per target locale. */
    default List<CheckParameter> parameters() {
        return List.of();
    }

    /**
     * The check for one language pair, its parameters read for the pair's target locale. Called
     * once per pair and checking service; what it returns may keep state between segments.
     */
    PairCheck forPair(LanguagePair pair);
}
