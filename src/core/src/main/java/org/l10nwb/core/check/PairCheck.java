package org.l10nwb.core.check;

import java.util.List;

/** A {@link SegmentCheck} bound to one language pair and the project's parameters for it. */
public interface PairCheck {

    /**
     * Every translated segment of the pair in the files checked together (all of a locale's
     * files, in a project check), before any is checked: for checks that compare segments with
     * each other or learn from the project. Not called when a single unit is checked (the
     * translator's shell), where such checks fall back to their defaults.
     */
    default void learn(List<Segment> segments) {
    }

    /** Reports each problem of one translated segment. */
    void check(Segment segment, Report report);

    /** Where a check says what it found. */
    @FunctionalInterface
    interface Report {
        /**
         * One finding about the segment.
         *
         * @param message one line saying what was expected and what was found
         * @param expected what the check expected (numbers, marks, words)
         * @param found what it found instead
         */
        void add(String message, List<String> expected, List<String> found);
    }
}
