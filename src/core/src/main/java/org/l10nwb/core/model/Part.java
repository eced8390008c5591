package org.l10nwb.core.model;

import java.util.Objects;

/**
 * A part of a unit's content: a segment (a sentence, translated on its own) or the material
 * between segments (usually the space after a full stop), which is copied as it is.
 *
 * @param segmentId the segment's {@code mid}, or {@code null} for material between segments
 */
public record Part(String segmentId, Fragment content) {
    public Part {
        Objects.requireNonNull(content, "content");
    }

    public static Part segment(String id, Fragment content) {
        return new Part(Objects.requireNonNull(id, "id"), content);
    }

    public static Part between(Fragment content) {
        return new Part(null, content);
    }

    public boolean isSegment() {
        return segmentId != null;
    }

    public Part withContent(Fragment newContent) {
        return new Part(segmentId, newContent);
    }
}
