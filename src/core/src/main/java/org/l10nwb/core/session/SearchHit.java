package org.l10nwb.core.session;

/** A place where searched text occurs. */
public record SearchHit(SegmentRef ref, int position, boolean inTarget, String text, int start, int end) {
}
