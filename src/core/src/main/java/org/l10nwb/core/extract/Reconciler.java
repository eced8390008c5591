package org.l10nwb.core.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;

/**
 * Brings an existing XLIFF up to date with a re-extracted source without losing translations.
 *
 * <ul>
 *   <li>a segment whose source is unchanged keeps its translation;
 *   <li>a segment whose source was edited (similar enough to be the same sentence) keeps its old
 *       translation, and its unit is marked {@code needs-review-translation};
 *   <li>new segments come without translation (unit {@code needs-translation}), removed ones go.
 * </ul>
 * Units keep their ids; new units get the next free number, so ids never move.
 */
public final class Reconciler {
    private Reconciler() {}

    /** Minimum word overlap (Dice) for an edited segment to count as the same sentence. */
    static final double SAME_SENTENCE = 0.5;

    /** A source change found while reconciling. */
    public record Change(Alignment.Kind kind, String unitId, String oldText, String newText) {}

    /**
     * The reconciled units.
     *
     * @param units the new units, in document order
     * @param changes added, changed and removed segments
     * @param unchangedSegments segments whose source did not change
     * @param markedForReview units whose kept translation now needs review
     */
    public record Result(List<TransUnit> units, List<Change> changes, int unchangedSegments, int markedForReview) {}

    /** Units for a first extraction: ids 1..n, no targets. */
    public static List<TransUnit> fresh(List<Content> contents) {
        List<TransUnit> units = new ArrayList<>(contents.size());
        for (int i = 0; i < contents.size(); i++) {
            units.add(TransUnit.of(Integer.toString(i + 1), contents.get(i)));
        }
        return units;
    }

    public static Result reconcile(List<TransUnit> old, List<Content> fresh) {
        List<Content> oldSources = old.stream().map(TransUnit::source).toList();
        List<Alignment.Step> steps = Alignment.align(oldSources, fresh, Reconciler::sameParagraph);

        IdAllocator ids = new IdAllocator(old);
        List<TransUnit> units = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int[] counters = new int[2]; // unchanged segments, units marked for review
        for (Alignment.Step step : steps) {
            switch (step.kind()) {
                case SAME, CHANGED -> units.add(segments(old.get(step.oldIndex()), fresh.get(step.newIndex()),
                        changes, counters));
                case ADDED -> {
                    TransUnit u = TransUnit.of(ids.next(), fresh.get(step.newIndex()));
                    for (Part p : u.source().segments()) {
                        changes.add(new Change(Alignment.Kind.ADDED, u.id(), null, p.content().display()));
                    }
                    units.add(u);
                }
                case REMOVED -> {
                    TransUnit u = old.get(step.oldIndex());
                    for (Part p : u.source().segments()) {
                        changes.add(new Change(Alignment.Kind.REMOVED, u.id(), p.content().display(), null));
                    }
                }
            }
        }
        return new Result(units, changes, counters[0], counters[1]);
    }

    private static TransUnit segments(TransUnit old, Content fresh, List<Change> changes, int[] counters) {
        List<Part> oldSegs = old.source().segments();
        List<Part> newSegs = fresh.segments();
        List<Alignment.Step> steps = Alignment.align(
                oldSegs.stream().map(Part::content).toList(), newSegs.stream().map(Part::content).toList(),
                Reconciler::similar);
        Map<String, Fragment> targets = new HashMap<>();
        Set<String> confirmed = new HashSet<>(); // segments confirmed in a draft, unchanged since
        boolean changed = false;
        boolean review = false;
        boolean missing = false;
        for (Alignment.Step s : steps) {
            Part o = s.oldIndex() >= 0 ? oldSegs.get(s.oldIndex()) : null;
            Part n = s.newIndex() >= 0 ? newSegs.get(s.newIndex()) : null;
            switch (s.kind()) {
                case SAME -> {
                    counters[0]++;
                    Fragment t = old.targetSegment(o.segmentId());
                    if (t != null) {
                        targets.put(n.segmentId(), t);
                        if (old.confirmedSegments().contains(o.segmentId())) {
                            confirmed.add(n.segmentId());
                        }
                    } else {
                        missing = true;
                    }
                }
                case CHANGED -> {
                    changed = true;
                    changes.add(new Change(Alignment.Kind.CHANGED, old.id(), o.content().display(),
                            n.content().display()));
                    Fragment t = old.targetSegment(o.segmentId());
                    if (t != null) {
                        targets.put(n.segmentId(), t);
                        review = true;
                    } else {
                        missing = true;
                    }
                }
                case ADDED -> {
                    changed = true;
                    missing = true;
                    changes.add(new Change(Alignment.Kind.ADDED, old.id(), null, n.content().display()));
                }
                case REMOVED -> {
                    changed = true;
                    changes.add(new Change(Alignment.Kind.REMOVED, old.id(), o.content().display(), null));
                }
            }
        }
        Content target = targets.isEmpty() ? null : fresh.withSegments(targets);
        TargetState state;
        String qualifier = old.stateQualifier();
        if (target == null) {
            state = null;
            qualifier = null;
        } else if (!changed) {
            state = old.state();
        } else if (review) {
            state = TargetState.NEEDS_REVIEW_TRANSLATION;
            counters[1]++;
        } else if (missing) {
            state = TargetState.NEEDS_TRANSLATION;
        } else {
            state = old.state();
        }
        return new TransUnit(old.id(), fresh, target, state, qualifier, true, old.attributes(), old.notes(), null,
                null, Map.of(), confirmed);
    }

    /** Whether two units are edits of one paragraph: a sentence in common, or most words. */
    static boolean sameParagraph(Content a, Content b) {
        Set<Fragment> sentences = new HashSet<>();
        for (Part p : a.segments()) {
            if (p.content().hasText()) {
                sentences.add(p.content());
            }
        }
        for (Part p : b.segments()) {
            if (sentences.contains(p.content())) {
                return true;
            }
        }
        return similar(a.joined(), b.joined());
    }

    /** Whether two segments are close enough to be edits of one sentence. */
    static boolean similar(Fragment a, Fragment b) {
        Set<String> wa = words(a.plainText());
        Set<String> wb = words(b.plainText());
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        int common = 0;
        for (String w : wa) {
            if (wb.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (wa.size() + wb.size()) >= SAME_SENTENCE;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Hands out unit ids that never collide with existing ones. */
    private static final class IdAllocator {
        private final Set<String> used = new HashSet<>();
        private long next;

        IdAllocator(List<TransUnit> existing) {
            long max = 0;
            for (TransUnit u : existing) {
                used.add(u.id());
                try {
                    max = Math.max(max, Long.parseLong(u.id()));
                } catch (NumberFormatException e) {
                    // non-numeric ids from other tools stay as they are
                }
            }
            next = max + 1;
        }

        String next() {
            String id;
            do {
                id = Long.toString(next++);
            } while (!used.add(id));
            return id;
        }
    }
}
