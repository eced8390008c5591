package org.l10nwb.core.session;

/** A segment's address: its unit and its {@code mid}. */
public record SegmentRef(int fileIndex, String unitId, String segmentId) {
    /** {@code 5:2}: unit 5, segment 2. */
    public String id() {
        return unitId + ":" + segmentId;
    }
}
