package org.l10nwb.core.check;

import java.util.List;

/** A {@link SegmentCheck} bound to one language pair and the project's parameters for it. */
public interface PairCheck {

    /**
     * How a check learns from the segments of the files checked together (all of a locale's
     * files, in a project check), before any is checked: for checks that compare segments with
     * each other or learn from the project. {@link Learner#add add} each translated segment,
     * {@link Learner#commit commit} them file by file (or {@link Learner#discard discard} those of
     * a file that turned out unreadable), then {@link Learner#finish finish} before the first
     * check. Not asked for when a single unit is checked (the translator's shell), where such
     * checks fall back to their defaults. A check that learns keeps only what it needs of each
     * segment (a length, a key), so that a streamed check holds no unit; the others learn nothing.
     */
    default Learner learner() {
        return NOTHING_TO_LEARN;
    }

    /** Has {@code check} learn every segment of {@code segments} at once: a whole model's learning. */
    static void learnAll(PairCheck check, List<Segment> segments) {
        check.learnFrom(segments);
    }

    /**
     * Learns every segment of {@code segments} at once, as one committed file: the same as adding
     * them in order to a {@link #learner}, committing and finishing it. A check whose learning
     * of a segment does not depend on the others overrides it to learn the segments on every core.
     */
    default void learnFrom(List<Segment> segments) {
        Learner l = learner();
        if (l == NOTHING_TO_LEARN) {
            return;
        }
        segments.forEach(l::add);
        l.commit();
        l.finish();
    }

    /** The learner of a check that learns nothing. */
    Learner NOTHING_TO_LEARN = new Learner() {
        @Override
        public void add(Segment segment) {
        }

        @Override
        public void commit() {
        }

        @Override
        public void discard() {
        }

        @Override
        public void finish() {
        }
    };

    /** What {@link #learner} gives: see there. */
    interface Learner {
        void add(Segment segment);

        /** The segments added since the last commit or discard count. */
        void commit();

        /** The segments added since the last commit or discard do not count. */
        void discard();

        /** Learning is over: what was committed is what the check now knows. */
        void finish();
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
