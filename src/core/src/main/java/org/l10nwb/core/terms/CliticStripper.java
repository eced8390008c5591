package org.l10nwb.core.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variants of a word of the text with one or two of its language's clitics stripped
 * ({@link org.l10nwb.lang.Language#clitics}): the word's key, then the key without one clitic,
 * then without two.
 *
 * <p>Every word of every text comes through here, and a language may have a couple of hundred
 * clitics (the Azerbaijani copula in every person and tense, in every harmony). So the clitics are
 * grouped by their last two letters, and a word is only tried against the group its own last two
 * letters select; one-letter clitics (Georgian {@code -ც}) are in every group of their letter and
 * in a group of their own. Within a group the module's order is kept, so the variants come out
 * as a plain scan of the whole list would give them.
 */
final class CliticStripper {
    private static final String[] NONE = {};
    private static final char NO_LETTER = '\uFFFF';

    /** Sorted keys: the last letter in the high half, the one before it (or {@link #NO_LETTER}) in the low half. */
    private final int[] ends;
    private final String[][] groups;

    CliticStripper(List<String> clitics) {
        Map<Integer, List<String>> byEnd = new LinkedHashMap<>();
        for (String c : clitics) {
            if (c.length() == 1) {
                byEnd.computeIfAbsent(end(c.charAt(0), NO_LETTER), k -> new ArrayList<>());
            } else if (c.length() > 1) {
                byEnd.computeIfAbsent(end(c.charAt(c.length() - 1), c.charAt(c.length() - 2)), k -> new ArrayList<>());
            }
        }
        for (String c : clitics) {
            for (Map.Entry<Integer, List<String>> e : byEnd.entrySet()) {
                if (!c.isEmpty() && fits(c, e.getKey())) {
                    e.getValue().add(c);
                }
            }
        }
        this.ends = byEnd.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        this.groups = new String[ends.length][];
        for (int i = 0; i < ends.length; i++) {
            groups[i] = byEnd.get(ends[i]).toArray(String[]::new);
        }
    }

    private static int end(char last, char before) {
        return last << 16 | before;
    }

    /** Whether clitic {@code c} belongs to the group of words ending in {@code end}. */
    private static boolean fits(String c, int end) {
        char last = (char) (end >>> 16);
        char before = (char) end;
        if (c.charAt(c.length() - 1) != last) {
            return false;
        }
        return c.length() == 1 || before != NO_LETTER && c.charAt(c.length() - 2) == before;
    }

    /** The key, then the key without one or two clitics. */
    String[] variants(String key) {
        String[] first = candidates(key);
        if (first.length == 0) {
            return new String[] {key};
        }
        List<String> out = new ArrayList<>(3);
        out.add(key);
        for (String c : first) {
            if (key.length() > c.length() + 1 && key.endsWith(c)) {
                String once = key.substring(0, key.length() - c.length());
                out.add(once);
                for (String c2 : candidates(once)) {
                    if (once.length() > c2.length() + 1 && once.endsWith(c2)) {
                        out.add(once.substring(0, once.length() - c2.length()));
                    }
                }
            }
        }
        return out.toArray(String[]::new);
    }

    /** The clitics a word can end with: its last two letters' group, else its last letter's one-letter clitics. */
    private String[] candidates(String key) {
        int n = key.length();
        if (ends.length == 0 || n == 0) {
            return NONE;
        }
        char last = key.charAt(n - 1);
        if (n > 1) {
            int at = Arrays.binarySearch(ends, end(last, key.charAt(n - 2)));
            if (at >= 0) {
                return groups[at];
            }
        }
        int at = Arrays.binarySearch(ends, end(last, NO_LETTER));
        return at >= 0 ? groups[at] : NONE;
    }
}
