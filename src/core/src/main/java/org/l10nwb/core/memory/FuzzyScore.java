package org.l10nwb.core.memory;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import org.l10nwb.core.text.EditDistance;

/**
 * The similarity of two source sentences as translation tools report it: 100 for the same text,
 * 99 when only case, punctuation, spacing or inline codes differ. Otherwise the mean of two
 * shares of the longer sentence's words: those that need no edit (word-level edit distance: an
 * inserted, deleted or replaced word costs one; a changed number is a changed word), and those
 * the two sentences share in any order. Moved words thus cost less than new ones: a translator
 * reuses a reordered sentence more easily than a different one.
 */
public final class FuzzyScore {
    private final ULocale locale;

    public FuzzyScore(ULocale locale) {
        this.locale = locale;
    }

    /** The words of a text as compared: letters and numbers, NFC, in the locale's lower case. */
    public List<String> words(String text) {
        List<String> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getWordInstance(locale);
        it.setText(text);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() >= BreakIterator.WORD_NUMBER) {
                String w = Normalizer.normalize(text.substring(start, end), Normalizer.Form.NFC);
                out.add(UCharacter.toLowerCase(locale, w));
            }
        }
        return out;
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
        // Words numbered once, so that the edit distance compares ints and the shared count is a tally.
        java.util.Map<String, Integer> ids = new java.util.HashMap<>();
        int[] a = ids(queryWords, ids);
        int[] b = ids(candidateWords, ids);
        int distance = EditDistance.of(a, b);
        if (distance == 0) {
            return 99;
        }
        int shared = shared(a, b, ids.size());
        return Math.min(99, (int) Math.floor(100.0 * ((longest - distance) + shared) / (2.0 * longest)));
    }

    private static int[] ids(List<String> words, java.util.Map<String, Integer> ids) {
        int[] out = new int[words.size()];
        for (int i = 0; i < out.length; i++) {
            Integer id = ids.get(words.get(i));
            if (id == null) {
                id = ids.size();
                ids.put(words.get(i), id);
            }
            out[i] = id;
        }
        return out;
    }

    /** How many words the two sequences have in common, counting repeated words as often as both have them. */
    private static int shared(int[] a, int[] b, int symbols) {
        int[] counts = new int[symbols];
        for (int w : a) {
            counts[w]++;
        }
        int shared = 0;
        for (int w : b) {
            if (counts[w] > 0) {
                shared++;
                counts[w]--;
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
