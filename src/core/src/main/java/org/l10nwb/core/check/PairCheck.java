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

    /**
     * Learning from the segments one at a time, for a check that streams its files instead of
     * holding them: {@link Learner#add add} each, {@link Learner#commit commit} them file by file
     * (or {@link Learner#discard discard} those of a file that turned out unreadable), then
     * {@link Learner#finish finish} before the first check. The same as {@link #learn} with the
     * committed segments in order. This default keeps the segments and calls {@link #learn};
     * checks that learn override it to keep only what they need of each (a length, a key).
     */
    default Learner learner() {
        if (!learns(this)) {
            return NOTHING_TO_LEARN;
        }
        return new Learner() {
            private final List<Segment> committed = new java.util.ArrayList<>();
            private final List<Segment> pending = new java.util.ArrayList<>();

            @Override
            public void add(Segment segment) {
                pending.add(segment);
            }

            @Override
            public void commit() {
                committed.addAll(pending);
                pending.clear();
            }

            @Override
            public void discard() {
                pending.clear();
            }

            @Override
            public void finish() {
                learn(List.copyOf(committed));
            }
        };
    }

    /** Whether a check overrides {@link #learn}: the others need not keep any segment while a check learns. */
    private static boolean learns(PairCheck check) {
        try {
            return check.getClass().getMethod("learn", List.class).getDeclaringClass() != PairCheck.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
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
