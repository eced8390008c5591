package org.l10nwb.core.text;

import java.util.List;
import java.util.function.BiPredicate;

/** Levenshtein distance, over words or characters, in two rows of memory. */
public final class EditDistance {
    private EditDistance() {
    }

    /** Insertions, deletions and replacements that turn list {@code a} into list {@code b}. */
    public static int of(List<?> a, List<?> b) {
        return of(a.size(), b.size(), (i, j) -> a.get(i).equals(b.get(j)));
    }

    /** The same over two sequences of symbols (words numbered by the caller): no boxing, for long sentences. */
    public static int of(int[] a, int[] b) {
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            int ai = a[i - 1];
            for (int j = 1; j <= b.length; j++) {
                int cost = ai == b[j - 1] ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    /** The same over the characters of two strings. */
    public static int of(CharSequence a, CharSequence b) {
        return of(a.length(), b.length(), (i, j) -> a.charAt(i) == b.charAt(j));
    }

    private static int of(int n, int m, BiPredicate<Integer, Integer> same) {
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = same.test(i - 1, j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
