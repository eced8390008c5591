package org.l10nwb.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How every memory orders what it offers, and when a match is in context, so that the shell's
 * hints, {@code tm lookup} and {@code pretranslate} agree whichever memory answers.
 */
public final class MemoryRanking {
    private MemoryRanking() {
    }

    /** A candidate being ranked: its score, whether it is in context, and how recent it is. */
    public record Ranked<T>(T item, int score, boolean inContext, long recency) {
    }

    /** In-context exact matches first, then by score, then the most recent first. */
    public static <T> Comparator<Ranked<T>> order() {
        return Comparator.comparing((Ranked<T> r) -> !r.inContext())
                .thenComparing(Comparator.comparingInt((Ranked<T> r) -> r.score()).reversed())
                .thenComparing(Comparator.comparingLong((Ranked<T> r) -> r.recency()).reversed());
    }

    /**
     * An exact match is in context when the segments before and after the query's are those that
     * stood before and after the earlier one (a segment at the start of a document has no previous
     * one, so it cannot be in context: there is nothing to compare).
     */
    public static boolean inContext(int score, MemoryQuery q, String previous, String next) {
        return score == 100 && q.previousSource() != null && q.previousSource().equals(previous)
                && Objects.equals(q.nextSource(), next);
    }

    /** Sorts ranked candidates and answers their items, in order. */
    public static <T> List<T> sorted(List<Ranked<T>> ranked) {
        List<Ranked<T>> copy = new ArrayList<>(ranked);
        copy.sort(order());
        return copy.stream().map(Ranked::item).toList();
    }

    /**
     * The matches of several memories as one list: ranked as each memory ranks its own, the
     * same source and translation offered once, at most {@code limit}.
     */
    public static List<MemoryMatch> merge(List<MemoryMatch> all, int limit) {
        List<Ranked<MemoryMatch>> ranked = new ArrayList<>();
        for (MemoryMatch m : all) {
            ranked.add(new Ranked<>(m, m.score(), m.inContext(), 0));
        }
        List<MemoryMatch> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MemoryMatch m : sorted(ranked)) {
            if (out.size() == limit) {
                break;
            }
            if (seen.add(m.source() + "\u0000" + m.target())) {
                out.add(m);
            }
        }
        return out;
    }
}
