package org.l10nwb.core.session;

import java.util.List;

import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Term;

/**
 * A concept of the glossary found in the segment's source.
 *
 * @param sourceText the source words as written
 * @param approved the preferred and admitted terms of the target language
 * @param forbidden the deprecated and superseded ones
 * @param note why, from the glossary (target language first), or {@code null}
 */
public record GlossaryHit(String sourceText, Concept concept, List<Term> approved, List<Term> forbidden,
        String note) {
}
