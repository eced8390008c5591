package org.l10nwb.core.model;

/**
 * Where a translation stands, for a whole unit or for one of its source segments: the one reading
 * of XLIFF target states that statistics, the translator's shell and the editors' report share.
 *
 * <p>No translation is {@link #UNTRANSLATED} whatever the state says. A translation without a
 * state is {@link #TRANSLATED} (nothing says otherwise); {@code signed-off} and {@code final} are
 * {@link #SIGNED_OFF}; every {@code needs-review-*} state is {@link #NEEDS_REVIEW}; the other
 * states that mean the translator is done ({@code translated}) are {@link #TRANSLATED}; the rest
 * ({@code new}, {@code needs-translation}, {@code needs-l10n}, {@code x-…}) are {@link #DRAFT}.
 */
public enum Status {
    UNTRANSLATED("untranslated", "not translated"),
    DRAFT("draft", "draft"),
    NEEDS_REVIEW("needs-review", "needs review"),
    TRANSLATED("translated", "translated"),
    SIGNED_OFF("signed-off", "signed off");

    private final String id;
    private final String label;

    Status(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The status of a unit: untranslated when it has no target with a non-empty segment. */
    public static Status of(TransUnit unit) {
        return unit.hasTarget() ? ofTranslation(unit.state()) : UNTRANSLATED;
    }

    /** The status of one source segment of a unit: untranslated when that segment has no translation. */
    public static Status of(TransUnit unit, Part sourceSegment) {
        return of(unit, sourceSegment.segmentId());
    }

    /**
     * The status of the source segment {@code segmentId} of a unit: a segment the translator
     * confirmed in a unit still a draft is {@link #TRANSLATED}.
     */
    public static Status of(TransUnit unit, String segmentId) {
        if (unit.targetSegment(segmentId) == null) {
            return UNTRANSLATED;
        }
        Status s = ofTranslation(unit.state());
        return s == DRAFT && unit.confirmedSegments().contains(segmentId) ? TRANSLATED : s;
    }

    /** The status of a translation that is there, by its target state ({@code null}: none recorded). */
    public static Status ofTranslation(TargetState state) {
        if (state == null) {
            return TRANSLATED;
        }
        if (state.isSignedOff()) {
            return SIGNED_OFF;
        }
        if (state.needsReview()) {
            return NEEDS_REVIEW;
        }
        return state.isTranslated() ? TRANSLATED : DRAFT;
    }

    /**
     * One lower-case word ({@code untranslated}, {@code draft}, {@code needs-review},
     * {@code translated}, {@code signed-off}): what reports and their filters use, for example as
     * a class or a data attribute.
     */
    public String id() {
        return id;
    }

    /** Words for people ({@code not translated}, {@code needs review}, {@code signed off}…). */
    public String label() {
        return label;
    }

    /** Translated or signed off: work a reader may see. */
    public boolean done() {
        return this == TRANSLATED || this == SIGNED_OFF;
    }
}
