package org.l10nwb.core.memory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.util.ULocale;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.commons.text.similarity.SimilarityInput;

import org.l10nwb.core.lang.WordTokenizer;

/**
 * The similarity of two source sentences as translation tools report it: 100 for the same text,
 * 99 when only case, punctuation, spacing or inline codes differ. Otherwise the mean of two
 * shares of the longer sentence's words: those that need no edit (word-level edit distance: an
 * inserted, deleted or replaced word costs one; a changed number is a changed word), and those
 * the two sentences share in any order. Moved words thus cost less than new ones: a translator
 * reuses a reordered sentence more easily than a different one.
 *
 * <p>Words are the project's {@link WordTokenizer}'s, so a memory match and a term match agree on
 * what a word is. The word-level edit distance is Apache Commons Text's {@link LevenshteinDistance}
 * over the two word lists (as {@link SimilarityInput}s: it compares any elements with
 * {@code equals}, not only characters), unbounded because the score needs the distance itself.
 */
public final class FuzzyScore {
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    private final ULocale locale;
    /**
     * A tokenizer per thread: making one costs a copy of ICU's break rules, more than splitting a
     * sentence with it, and an import splits millions.
     */
    private final ThreadLocal<WordTokenizer> tokenizer;

    public FuzzyScore(ULocale locale) {
        this.locale = locale;
        this.tokenizer = ThreadLocal.withInitial(() -> new WordTokenizer(locale));
    }

    /** The words of a text as compared: letters and numbers, NFC, in the locale's lower case. */
    public List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (WordTokenizer.Token t : tokenizer.get().tokens(text)) {
            String w = t.text();
            out.add(lowerAscii(w) ? w : UCharacter.toLowerCase(locale, Normalizer.normalize(w, Normalizer.Form.NFC)));
        }
        return out;
    }

    /**
     * ASCII without capitals is its own NFC and its own lower case in every locale (the Turkish
     * and Lithuanian rules concern capitals): most words of an English source, which an import of
     * millions of units would otherwise send through both.
     */
    private static boolean lowerAscii(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    /** The score of {@code candidate} against {@code query}, 0–100. */
    public int score(String query, String candidate) {
        return score(query, words(query), candidate, words(candidate));
    }

    /** The score when both texts' words are already known. */
    public int score(String query, List<String> queryWords, String candidate, List<String> candidateWords) {
        if (query.equals(candidate)) {
            return 100;
        }
        int longest = Math.max(queryWords.size(), candidateWords.size());
        if (longest == 0) {
            return query.strip().equals(candidate.strip()) ? 100 : 0;
        }
        int distance = LEVENSHTEIN.apply(input(queryWords), input(candidateWords));
        if (distance == 0) {
            return 99;
        }
        int shared = shared(queryWords, candidateWords);
        return Math.min(99, (int) Math.floor(100.0 * ((longest - distance) + shared) / (2.0 * longest)));
    }

    /** A word list as Commons Text's sequence of symbols. */
    private static SimilarityInput<String> input(List<String> words) {
        return new SimilarityInput<>() {
            @Override
            public String at(int index) {
                return words.get(index);
            }

            @Override
            public int length() {
                return words.size();
            }
        };
    }

    /** How many words the two lists have in common, counting repeated words as often as both have them. */
    private static int shared(List<String> a, List<String> b) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : a) {
            counts.merge(w, 1, Integer::sum);
        }
        int shared = 0;
        for (String w : b) {
            Integer left = counts.get(w);
            if (left != null && left > 0) {
                shared++;
                counts.put(w, left - 1);
            }
        }
        return shared;
    }

    /** The best score two texts of these lengths in words could reach: for skipping hopeless candidates. */
    public static int bound(int queryLength, int candidateLength) {
        int longest = Math.max(queryLength, candidateLength);
        return longest == 0 ? 100 : (int) Math.floor(100.0 * Math.min(queryLength, candidateLength) / longest);
    }
}
