package org.l10nwb.core.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.l10nwb.core.lang.WordTokenizer;

/**
 * Finds the terms of one {@link TermIndex} in text: one pass over the text's words, each word
 * looked up once for the terms that can start there, multi-word terms then checked against the
 * following words.
 *
 * <p>What a word of a text gives the lookup (its key, the variants its clitics allow, and for
 * each variant the terms that start with it) depends only on the word as written and on the
 * index, which no longer changes once built. So it is remembered per thread, in a table of the
 * last words seen ({@link WordCache}): running text repeats its words, and a large file's words
 * are mostly ones seen before, so most words cost a table probe instead of a case mapping, a
 * normalization, clitic stripping and the first-word table's lookups.
 */
final class TermFinder {
    private static final IndexedTerm[] NO_TERMS = {};
    private static final Comparator<TermMatch> LONGEST_FIRST =
            Comparator.comparingInt(TermMatch::length).reversed().thenComparingInt(TermMatch::firstToken);
    private static final Comparator<TermMatch> IN_TEXT_ORDER = Comparator.comparingInt(TermMatch::firstToken);
    private static final Comparator<IndexedTerm> FILED = Comparator.comparingInt(t -> t.ordinal);

    private final TermIndex index;
    private final ThreadLocal<WordCache> words = ThreadLocal.withInitial(WordCache::new);

    TermFinder(TermIndex index) {
        this.index = index;
    }

    /** What the lookup needs of one word of a text. */
    static final class Word {
        /** The word's key, then its variants without clitics. */
        final String[] keys;
        /** Per key, the terms whose first word has that form, in filing order. */
        final IndexedTerm[][] starting;

        Word(String[] keys, IndexedTerm[][] starting) {
            this.keys = keys;
            this.starting = starting;
        }
    }

    /**
     * The words of a text last looked up on one thread, by their text as written: direct-mapped
     * (a word replaces the one whose slot it takes), so its size is bounded whatever the text.
     */
    private final class WordCache {
        private static final int SIZE = 1 << 13;
        private final String[] written = new String[SIZE];
        private final Word[] looked = new Word[SIZE];

        Word get(String w) {
            int h = w.hashCode();
            int slot = (h ^ (h >>> 15)) & (SIZE - 1);
            String there = written[slot];
            if (there != null && there.equals(w)) {
                return looked[slot];
            }
            Word made = lookUp(w);
            written[slot] = w;
            looked[slot] = made;
            return made;
        }
    }

    private Word lookUp(String written) {
        String[] keys = index.clitics().variants(index.key(written));
        IndexedTerm[][] starting = new IndexedTerm[keys.length][];
        List<FirstWordTable.Group> groups = new ArrayList<>();
        List<IndexedTerm> out = new ArrayList<>();
        for (int v = 0; v < keys.length; v++) {
            starting(keys[v], groups, out);
            starting[v] = out.isEmpty() ? NO_TERMS : out.toArray(NO_TERMS);
        }
        return new Word(keys, starting);
    }

    /** Every occurrence of a term in {@code text}, longest first where they overlap, in text order. */
    List<TermMatch> find(String text) {
        return scan(text, false);
    }

    /** The occurrences of terms that span all the words of {@code text} (see {@link TermIndex#findWhole}). */
    List<TermMatch> findWhole(String text) {
        return scan(text, true);
    }

    /**
     * The candidates of {@code text}: from every word, or when {@code whole} only from the first
     * and only terms as long as the text; the same term over the same words counted once, and
     * unless {@code whole} the longest of overlapping ones kept.
     */
    private List<TermMatch> scan(String text, boolean whole) {
        List<WordTokenizer.Token> tokens = index.words(text);
        if (tokens.isEmpty()) {
            return List.of();
        }
        WordCache cache = words.get();
        Word[] at = new Word[tokens.size()];
        boolean variants = false;
        for (int i = 0; i < at.length; i++) {
            at[i] = cache.get(tokens.get(i).text());
            variants |= at[i].keys.length > 1;
        }
        List<TermMatch> candidates = new ArrayList<>();
        int from = whole ? 1 : at.length;
        for (int i = 0; i < from; i++) {
            Word w = at[i];
            for (IndexedTerm[] starting : w.starting) {
                for (IndexedTerm t : starting) {
                    if (!whole || t.length() == at.length) {
                        candidate(t, tokens, at, i, text, candidates);
                    }
                }
            }
        }
        // only a word with two keys can lead to the same term over the same words twice
        List<TermMatch> unique = variants ? dedupe(candidates) : candidates;
        return whole ? unique : longestFirst(unique);
    }

    /** The terms whose first word has the form {@code k}, in the order they were filed. */
    private void starting(String k, List<FirstWordTable.Group> groups, List<IndexedTerm> out) {
        groups.clear();
        out.clear();
        index.byFirstWord().groups(k, groups);
        int sources = 0;
        for (FirstWordTable.Group g : groups) {
            if (g.word.has(k)) {
                sources++;
                for (int j = 0; j < g.size(); j++) {
                    out.add(g.get(j));
                }
            }
        }
        Object extra = index.byExtraFirstWord(k);
        if (extra instanceof IndexedTerm t) {
            out.add(t);
            sources++;
        } else if (extra != null) {
            out.addAll(java.util.Arrays.asList((IndexedTerm[]) extra));
            sources++;
        }
        if (sources > 1) {
            // each source is in filing order; together they must be too, and a term counts once
            out.sort(FILED);
            for (int j = out.size() - 1; j > 0; j--) {
                if (out.get(j) == out.get(j - 1)) {
                    out.remove(j);
                }
            }
        }
    }

    /** The same term over the same words, found through two variants of a word, counts once. */
    private static List<TermMatch> dedupe(List<TermMatch> candidates) {
        if (candidates.size() < 2) {
            return candidates;
        }
        List<TermMatch> out = new ArrayList<>(candidates.size());
        for (TermMatch m : candidates) {
            boolean seen = false;
            for (TermMatch o : out) {
                if (o.term() == m.term() && o.sameSpan(m)) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                out.add(m);
            }
        }
        return out;
    }

    private static void candidate(IndexedTerm t, List<WordTokenizer.Token> tokens, Word[] at, int i, String text,
            List<TermMatch> candidates) {
        int last = extend(t, tokens, at, i, text);
        if (last >= 0) {
            int start = tokens.get(i).start();
            int end = tokens.get(last).end();
            candidates.add(new TermMatch(t, i, last, start, end, text.substring(start, end)));
        }
    }

    /** The index of the term's last word when it occurs from token {@code i}, else -1. */
    private static int extend(IndexedTerm t, List<WordTokenizer.Token> tokens, Word[] at, int i, String text) {
        int n = t.length();
        if (i + n > at.length) {
            return -1;
        }
        for (int k = 1; k < n; k++) {
            WordTokenizer.Token prev = tokens.get(i + k - 1);
            WordTokenizer.Token next = tokens.get(i + k);
            if (!WordTokenizer.joins(text, prev.end(), next.start()) || !t.matches(k, at[i + k].keys)) {
                return -1;
            }
        }
        return i + n - 1;
    }

    /**
     * Keeps the longest occurrences; shorter ones inside or across them do not count. The
     * candidates come in the order of their first words; when none overlaps an earlier one but over
     * the same words (most texts), every one is kept in that order, which is what the general way
     * gives them.
     */
    static List<TermMatch> longestFirst(List<TermMatch> candidates) {
        if (candidates.size() <= 1) {
            return candidates;
        }
        return noneOverlaps(candidates) ? candidates : keepLongest(candidates);
    }

    /** {@link #longestFirst} by sorting: the longest first, each kept unless it overlaps a kept one over other words. */
    static List<TermMatch> keepLongest(List<TermMatch> candidates) {
        List<TermMatch> sorted = new ArrayList<>(candidates);
        sorted.sort(LONGEST_FIRST);
        List<TermMatch> kept = new ArrayList<>();
        for (TermMatch m : sorted) {
            boolean keep = true;
            for (TermMatch k : kept) {
                if (k.overlaps(m) && !k.sameSpan(m)) {
                    keep = false;
                    break;
                }
            }
            if (keep) {
                kept.add(m);
            }
        }
        kept.sort(IN_TEXT_ORDER);
        return kept;
    }

    /**
     * Whether the candidates, in the order of their first words, each start after all earlier ones
     * end or are over the very same words as the one before (two terms of one word form, which
     * are both kept, in the order they were found).
     */
    private static boolean noneOverlaps(List<TermMatch> candidates) {
        int end = -1;
        int first = -1;
        for (TermMatch m : candidates) {
            boolean same = m.firstToken() == first && m.lastToken() == end;
            if (!same && (m.firstToken() < first || m.firstToken() <= end)) {
                return false;
            }
            first = m.firstToken();
            end = m.lastToken();
        }
        return true;
    }
}
