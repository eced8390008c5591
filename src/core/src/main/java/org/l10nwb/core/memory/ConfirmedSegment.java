package org.l10nwb.core.memory;

import org.l10nwb.core.model.Fragment;

/**
 * A segment a translator has just confirmed, as it enters the memory.
 *
 * @param source the source segment, inline codes included
 * @param target its translation
 * @param previous the source text of the segment before it, or {@code null}
 * @param next the source text of the segment after it, or {@code null}
 * @param origin where it is ({@code locales/ru/article.xlf#5:2}); confirming it again replaces it
 */
public record ConfirmedSegment(Fragment source, Fragment target, String previous, String next, String origin) {
}
