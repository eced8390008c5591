package org.l10nwb.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Aligns an old and a new sequence the way a line diff does: equal items are matched along a
 * longest common subsequence; in the gaps between matches, items similar enough are paired as
 * changed, the rest are added or removed.
 *
 * <p>Written here because the core carries no diff library; the common prefix and suffix are cut
 * first, so the quadratic table only spans the region that actually changed.
 */
public final class Alignment {
    private Alignment() {}

    /** What happened to one item. */
    public enum Kind {
        SAME,
        CHANGED,
        ADDED,
        REMOVED
    }

    /**
     * One step of the alignment.
     *
     * @param oldIndex index in the old sequence, or -1 for an added item
     * @param newIndex index in the new sequence, or -1 for a removed item
     */
    public record Step(Kind kind, int oldIndex, int newIndex) {}

    /** Above this many table cells the changed region is aligned by position only. */
    private static final long MAX_CELLS = 4_000_000L;

    public static <T> List<Step> align(List<T> older, List<T> newer, BiPredicate<T, T> similar) {
        int n = older.size();
        int m = newer.size();
        int prefix = 0;
        while (prefix < n && prefix < m && Objects.equals(older.get(prefix), newer.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix
                && Objects.equals(older.get(n - 1 - suffix), newer.get(m - 1 - suffix))) {
            suffix++;
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            steps.add(new Step(Kind.SAME, i, i));
        }
        List<int[]> matches = lcs(older.subList(prefix, n - suffix), newer.subList(prefix, m - suffix));
        int oi = prefix;
        int ni = prefix;
        for (int[] match : matches) {
            gap(older, newer, oi, prefix + match[0], ni, prefix + match[1], similar, steps);
            steps.add(new Step(Kind.SAME, prefix + match[0], prefix + match[1]));
            oi = prefix + match[0] + 1;
            ni = prefix + match[1] + 1;
        }
        gap(older, newer, oi, n - suffix, ni, m - suffix, similar, steps);
        for (int k = suffix; k > 0; k--) {
            steps.add(new Step(Kind.SAME, n - k, m - k));
        }
        return steps;
    }

    private static <T> void gap(List<T> older, List<T> newer, int o0, int o1, int n0, int n1,
            BiPredicate<T, T> similar, List<Step> steps) {
        int o = o0;
        for (int nIdx = n0; nIdx < n1; nIdx++) {
            int pair = -1;
            for (int k = o; k < o1; k++) {
                if (similar.test(older.get(k), newer.get(nIdx))) {
                    pair = k;
                    break;
                }
            }
            if (pair < 0) {
                steps.add(new Step(Kind.ADDED, -1, nIdx));
                continue;
            }
            for (int k = o; k < pair; k++) {
                steps.add(new Step(Kind.REMOVED, k, -1));
            }
            steps.add(new Step(Kind.CHANGED, pair, nIdx));
            o = pair + 1;
        }
        for (int k = o; k < o1; k++) {
            steps.add(new Step(Kind.REMOVED, k, -1));
        }
    }

    /** Index pairs of a longest common subsequence, in order. */
    private static <T> List<int[]> lcs(List<T> a, List<T> b) {
        int n = a.size();
        int m = b.size();
        List<int[]> out = new ArrayList<>();
        if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
            return out;
        }
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = Objects.equals(a.get(i), b.get(j)) ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (Objects.equals(a.get(i), b.get(j))) {
                out.add(new int[] {i, j});
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }
}
