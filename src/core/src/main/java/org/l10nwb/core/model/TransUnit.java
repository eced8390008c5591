package org.l10nwb.core.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * @param confirmedSegments the ids of the target segments the translator confirmed while the unit as
 *     a whole is still a draft ({@code wb:state="translated"} on the target's {@code <mrk>}). Always
 *     empty unless the state is a draft one and those segments have a translation: a unit that is
 *     translated, in review or signed off has all its segments confirmed by its state, and the
 *     file says it once.
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
        Map<String, SourcePosition> targetSegmentPositions,
        Set<String> confirmedSegments) {

    public TransUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        attributes = Map.copyOf(attributes);
        notes = List.copyOf(notes);
        targetSegmentPositions = Map.copyOf(targetSegmentPositions);
        confirmedSegments = draftConfirmations(confirmedSegments, target, state);
    }

    /** A unit read from a file without confirmations of single segments. */
    public TransUnit(String id, Content source, Content target, TargetState state, String stateQualifier,
            boolean segmented, Map<String, String> attributes, List<Note> notes, SourcePosition position,
            SourcePosition targetPosition, Map<String, SourcePosition> targetSegmentPositions) {
        this(id, source, target, state, stateQualifier, segmented, attributes, notes, position, targetPosition,
                targetSegmentPositions, Set.of());
    }

    /** A unit without positions of its target segments. */
    public TransUnit(String id, Content source, Content target, TargetState state, String stateQualifier,
            boolean segmented, Map<String, String> attributes, List<Note> notes, SourcePosition position,
            SourcePosition targetPosition) {
        this(id, source, target, state, stateQualifier, segmented, attributes, notes, position, targetPosition,
                Map.of(), Set.of());
    }

    /**
     * Only a draft records confirmations of single segments, and only of segments that have a
     * translation: anything else would say twice (or against the state) what the state says.
     */
    private static Set<String> draftConfirmations(Set<String> confirmed, Content target, TargetState state) {
        if (confirmed == null || confirmed.isEmpty() || target == null
                || Status.ofTranslation(state) != Status.DRAFT) {
            return Set.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (Part p : target.segments()) {
            if (confirmed.contains(p.segmentId()) && !p.content().isEmpty()) {
                kept.add(p.segmentId());
            }
        }
        return Set.copyOf(kept);
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

    /** Whether the source segment with this id has a translation the translator is done with. */
    public boolean isSegmentTranslated(String segmentId) {
        return targetSegment(segmentId) != null
                && (state == null || state.isTranslated() || confirmedSegments.contains(segmentId));
    }

    /** Whether the translator confirmed this segment: the unit is translated, or the segment is confirmed in a draft. */
    public boolean isSegmentConfirmed(String segmentId) {
        return targetSegment(segmentId) != null
                && (Status.ofTranslation(state) != Status.DRAFT || confirmedSegments.contains(segmentId));
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

    /**
     * The unit with another target and state. An approval ({@code approved}) the unit had is not
     * the new target's. Confirmations of single segments are kept for the segments whose
     * translation did not change (and only while the unit stays a draft).
     */
    public TransUnit withTarget(Content newTarget, TargetState newState) {
        Map<String, String> attrs = attributes;
        if (attrs.containsKey("approved")) {
            attrs = new java.util.HashMap<>(attrs);
            attrs.remove("approved");
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String sid : confirmedSegments) {
            if (newTarget != null && target.segment(sid).equals(newTarget.segment(sid))) {
                kept.add(sid);
            }
        }
        return new TransUnit(id, source, newTarget, newState, stateQualifier, segmented, attrs, notes, position,
                targetPosition, Map.of(), kept);
    }

    /** The unit with these segments confirmed (those without a translation, or outside a draft, are left out). */
    public TransUnit withConfirmedSegments(Set<String> confirmed) {
        return new TransUnit(id, source, target, state, stateQualifier, segmented, attributes, notes, position,
                targetPosition, targetSegmentPositions, confirmed);
    }

    public TransUnit withId(String newId) {
        return new TransUnit(newId, source, target, state, stateQualifier, segmented, attributes, notes, position,
                targetPosition, targetSegmentPositions, confirmedSegments);
    }

    public TransUnit withNotes(List<Note> newNotes) {
        return new TransUnit(id, source, target, state, stateQualifier, segmented, attributes, newNotes, position,
                targetPosition, targetSegmentPositions, confirmedSegments);
    }

    public TransUnit withStateQualifier(String qualifier) {
        return new TransUnit(id, source, target, state, qualifier, segmented, attributes, notes, position,
                targetPosition, targetSegmentPositions, confirmedSegments);
    }
}
