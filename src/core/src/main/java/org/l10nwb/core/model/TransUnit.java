package org.l10nwb.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.l10nwb.core.SourcePosition;

/**
 * One translatable unit (an XLIFF {@code trans-unit}): usually a paragraph, made of sentence
 * segments.
 *
 * @param id the unit id, unique in its file
 * @param source the source content, segmented or not
 * @param target the target content, or {@code null} when there is none yet
 * @param state the target state, or {@code null} when none is recorded
 * @param stateQualifier the target's {@code state-qualifier}, or {@code null}
 * @param segmented whether the source is split into segments ({@code <seg-source>})
 * @param attributes other {@code trans-unit} attributes, kept as they are (resname, translate…)
 * @param notes the unit's notes, in order
 * @param position where the unit starts in its file, or {@code null} for units not read from a file
 * @param targetPosition where the target's content starts, or {@code null}
 * @param targetSegmentPositions where the content of each target segment starts, by segment id
 *     (empty for units not read from a file, and once the target is replaced)
 */
public record TransUnit(
        String id,
        Content source,
        Content target,
        TargetState state,
        String stateQualifier,
        boolean segmented,
        Map<String, String> attributes,
        List<Note> notes,
        SourcePosition position,
        SourcePosition targetPosition,
        Map<String, SourcePosition> targetSegmentPositions) {

    public TransUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        attributes = Map.copyOf(attributes);
        notes = List.copyOf(notes);
        targetSegmentPositions = Map.copyOf(targetSegmentPositions);
    }

    /** A unit without positions of its target segments. */
    public TransUnit(String id, Content source, Content target, TargetState state, String stateQualifier,
            boolean segmented, Map<String, String> attributes, List<Note> notes, SourcePosition position,
            SourcePosition targetPosition) {
        this(id, source, target, state, stateQualifier, segmented, attributes, notes, position, targetPosition,
                Map.of());
    }

    public static TransUnit of(String id, Content source) {
        return new TransUnit(id, source, null, null, null, true, Map.of(), List.of(), null, null);
    }

    /** Whether the unit is meant to be translated ({@code translate="no"} says it is not). */
    public boolean translatable() {
        return !"no".equals(attributes.get("translate"));
    }

    /** Whether there is a target with at least one non-empty segment. */
    public boolean hasTarget() {
        return target != null && !target.isEmpty();
    }

    /** The target segment for a source segment id, if there is a non-empty one. */
    public Fragment targetSegment(String segmentId) {
        if (target == null) {
            return null;
        }
        return target.segment(segmentId).map(Part::content).filter(f -> !f.isEmpty()).orElse(null);
    }

    /** Whether the source segment with this id has a non-empty translation. */
    public boolean isSegmentTranslated(String segmentId) {
        return targetSegment(segmentId) != null && (state == null || state.isTranslated());
    }

    /**
     * Where the target segment with this id starts in its file: the segment's own position when it
     * was read from a file, else the target's, else the unit's ({@code null} when none is known).
     */
    public SourcePosition targetPosition(String segmentId) {
        SourcePosition p = segmentId == null ? null : targetSegmentPositions.get(segmentId);
        if (p != null) {
            return p;
        }
        return targetPosition != null ? targetPosition : position;
    }

    /** The unit with a new target and state; an approval ({@code approved}) the unit had is not the new target's. */
    public TransUnit withTarget(Content newTarget, TargetState newState) {
        Map<String, String> attrs = attributes;
        if (attrs.containsKey("approved")) {
            attrs = new java.util.HashMap<>(attrs);
            attrs.remove("approved");
        }
        return new TransUnit(id, source, newTarget, newState, stateQualifier, segmented, attrs, notes, position,
                targetPosition);
    }

    public TransUnit withId(String newId) {
        return new TransUnit(newId, source, target, state, stateQualifier, segmented, attributes, notes, position,
                targetPosition, targetSegmentPositions);
    }

    public TransUnit withNotes(List<Note> newNotes) {
        return new TransUnit(id, source, target, state, stateQualifier, segmented, attributes, newNotes, position,
                targetPosition, targetSegmentPositions);
    }

    public TransUnit withStateQualifier(String qualifier) {
        return new TransUnit(id, source, target, state, qualifier, segmented, attributes, notes, position,
                targetPosition, targetSegmentPositions);
    }
}
