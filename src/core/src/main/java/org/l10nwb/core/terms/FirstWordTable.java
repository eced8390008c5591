package org.l10nwb.core.terms;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms of an index by the prefix of their first word ({@link WordForms#prefixLength}): given
 * a word of a text, the groups of terms whose first word's forms all start with a prefix of it.
 * Terms whose first word is the same {@link WordForms} form one group, so that a word of a text is
 * tested once against the forms they share.
 *
 * <p>Hand-written, open addressing over the prefixes' hashes, because a word of a text is looked
 * up by every one of its prefixes that some term has: a {@code HashMap<String, …>} would need a
 * new string per prefix and word, where this computes the prefixes' hashes in one pass over the
 * word ({@link String#hashCode} is a polynomial over the characters, so a prefix's hash extends
 * to the next) and compares characters in place.
 */
final class FirstWordTable {
    /** The terms starting with one word, in the order they were added. */
    static final class Group {
        final WordForms word;
        private IndexedTerm[] terms = new IndexedTerm[1];
        private int size;

        private Group(WordForms word) {
            this.word = word;
        }

        private void add(IndexedTerm t) {
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, size * 2);
            }
            terms[size++] = t;
        }

        int size() {
            return size;
        }

        IndexedTerm get(int i) {
            return terms[i];
        }

        private void trim() {
            terms = Arrays.copyOf(terms, size);
        }
    }

    /**
     * Shorter prefixes are no good filter: every word of a text starting with {@code к} would be
     * tested against every short Russian word that keeps only its first letter ({@code кот →
     * кот-а}, {@code кус-ок → кус-ка}). Short words have few forms, so theirs are generated when
     * filed and looked up by the whole form, as every word's once were.
     */
    static final int SHORTEST_PREFIX = 3;

    /** Form → the groups of the words with a short prefix that have it (a {@link Group} or a {@code Group[]}). */
    private final Map<String, Object> byForm = new HashMap<>();

    /** Per slot: the groups of one prefix (a {@link Group} or a {@code Group[]}), or null. */
    private Object[] slots = new Object[64];
    private int[] hashes = new int[64];
    private int used;
    /** The prefix lengths some group has: a text's word is looked up by those only. */
    private final BitSet lengths = new BitSet();
    /** While building: the group of each first word. */
    private Map<WordForms, Group> groups = new IdentityHashMap<>();

    void add(IndexedTerm t) {
        WordForms w = t.word(0);
        Group g = groups.get(w);
        if (g == null) {
            g = new Group(w);
            groups.put(w, g);
            if (w.prefixLength() < SHORTEST_PREFIX) {
                for (String form : w.set()) {
                    Group one = g;
                    byForm.merge(form, g, (old, add) -> old instanceof Group o ? new Group[] {o, one}
                            : append((Group[]) old, one));
                }
            } else {
                insert(g);
            }
        }
        g.add(t);
    }

    /** Ends building: the table no longer changes. */
    void seal() {
        for (Group g : groups.values()) {
            g.trim();
        }
        groups = null;
    }

    /** Adds to {@code out} every group whose prefix is a prefix of {@code key}. */
    void groups(String key, List<Group> out) {
        Object exact = byForm.get(key);
        if (exact instanceof Group g) {
            out.add(g);
        } else if (exact != null) {
            out.addAll(Arrays.asList((Group[]) exact));
        }
        int h = 0;
        int n = key.length();
        for (int len = 0; len <= n; len++) {
            if (lengths.get(len)) {
                Object found = find(key, len, h);
                if (found instanceof Group g) {
                    out.add(g);
                } else if (found != null) {
                    out.addAll(Arrays.asList((Group[]) found));
                }
            }
            if (len < n) {
                h = 31 * h + key.charAt(len);
            }
        }
    }

    private Object find(String key, int len, int h) {
        int mask = slots.length - 1;
        for (int i = spread(h, len) & mask; slots[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && samePrefix(first(slots[i]).word, key, len)) {
                return slots[i];
            }
        }
        return null;
    }

    private static boolean samePrefix(WordForms w, String key, int len) {
        return w.prefixLength() == len && key.regionMatches(0, w.key(), 0, len);
    }

    private static Group first(Object slot) {
        return slot instanceof Group g ? g : ((Group[]) slot)[0];
    }

    private void insert(Group g) {
        if (2 * (used + 1) > slots.length) {
            grow();
        }
        WordForms w = g.word;
        int len = w.prefixLength();
        int h = prefixHash(w.key(), len);
        int mask = slots.length - 1;
        int i = spread(h, len) & mask;
        for (; slots[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && samePrefix(first(slots[i]).word, w.key(), len)) {
                slots[i] = slots[i] instanceof Group one ? new Group[] {one, g} : append((Group[]) slots[i], g);
                return;
            }
        }
        slots[i] = g;
        hashes[i] = h;
        used++;
        lengths.set(len);
    }

    private void grow() {
        Object[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new Object[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != null) {
                int len = first(oldSlots[j]).word.prefixLength();
                int i = spread(oldHashes[j], len) & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                hashes[i] = oldHashes[j];
            }
        }
    }

    private static Group[] append(Group[] many, Group g) {
        Group[] more = Arrays.copyOf(many, many.length + 1);
        more[many.length] = g;
        return more;
    }

    private static int prefixHash(String s, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    private static int spread(int h, int len) {
        int x = h * 0x9E3779B1 + len;
        return x ^ (x >>> 16);
    }
}
