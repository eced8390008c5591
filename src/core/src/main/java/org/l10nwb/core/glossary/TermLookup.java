package org.l10nwb.core.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds glossary concepts from a word typed in any language or script, including Latin letters
 * for a term written in Georgian or Cyrillic: {@code shusha} finds «შუშა», «Шуша» and «Şuşa».
 *
 * <p>Every term and the query are brought to a rough Latin key: ICU's {@code Any-Latin} and
 * {@code Latin-ASCII} transliterations, then the spelling differences of common romanisations
 * folded away ({@code sh}/{@code š}/{@code ş} → {@code s}, {@code kh}/{@code x} → {@code h},
 * {@code q} → {@code k}, {@code y}/{@code j} → {@code i}, apostrophes and doubled letters
 * dropped). A concept matches when the query's key equals, starts, or is within a small edit
 * distance of the key of one of its terms or of one word of a term.
 *
 * <p>The edit distance is Apache Commons Text's bounded {@link LevenshteinDistance}: a lookup only
 * needs to know whether a key is within the tolerance (and how close, when it is), and the
 * bounded computation gives up on a key as soon as it cannot be.
 */
public final class TermLookup {
    /** One concept found, and how close its best term came. */
    public record Hit(Concept concept, Term term, String language, int distance) {
    }

    private record Key(Concept concept, Term term, String language, String key, List<String> words) {
    }

    private static final String[][] FOLDS = {
        {"shch", "s"}, {"sch", "s"}, {"sh", "s"}, {"ch", "c"}, {"zh", "z"}, {"kh", "h"}, {"gh", "g"}, {"ts", "c"},
        {"x", "h"}, {"q", "k"}, {"w", "v"}, {"y", "i"}, {"j", "i"}, {"ph", "p"},
    };

    /** Edit distances bounded by each tolerance {@link #find} uses (0, 1 and 2). */
    private static final LevenshteinDistance[] WITHIN = {
        new LevenshteinDistance(0), new LevenshteinDistance(1), new LevenshteinDistance(2),
    };

    private final Transliterator latin = Transliterator.createFromRules("wb-latin-key",
            ":: NFD; :: Any-Latin; [ə Ə] > e; :: Latin-ASCII; :: Lower; :: NFC;", Transliterator.FORWARD);
    private final List<Key> keys = new ArrayList<>();

    public TermLookup(Glossary glossary) {
        for (Concept c : glossary.concepts()) {
            for (LanguageSection s : c.languages()) {
                for (Term t : s.terms()) {
                    String k = key(t.text());
                    keys.add(new Key(c, t, s.language(), k, List.of(k.split(" "))));
                }
            }
        }
    }

    /** The Latin key of a text (public for tests and for completion). */
    public synchronized String key(String text) {
        String s = latin.transliterate(text);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else if (Character.isWhitespace(c) || c == '-') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            }
        }
        String k = sb.toString().strip();
        for (String[] f : FOLDS) {
            k = k.replace(f[0], f[1]);
        }
        StringBuilder dedup = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            if (i == 0 || k.charAt(i) != k.charAt(i - 1)) {
                dedup.append(k.charAt(i));
            }
        }
        return dedup.toString();
    }

    /** Concepts matching the query, best first, one hit per concept. */
    public List<Hit> find(String query) {
        String q = key(query);
        if (q.isEmpty()) {
            return List.of();
        }
        int tolerance = q.length() <= 3 ? 0 : q.length() <= 6 ? 1 : 2;
        Map<Concept, Hit> best = new LinkedHashMap<>();
        for (Key k : keys) {
            int d = distance(q, k, WITHIN[tolerance]);
            if (d <= tolerance) {
                Hit h = new Hit(k.concept(), k.term(), k.language(), d);
                best.merge(k.concept(), h, (a, b) -> b.distance() < a.distance() ? b : a);
            }
        }
        List<Hit> hits = new ArrayList<>(best.values());
        hits.sort(Comparator.comparingInt(Hit::distance));
        return hits;
    }

    /**
     * 0 for an exact or prefix match of the term or one of its words, else the edit distance when
     * it is within the bound, else {@link Integer#MAX_VALUE}.
     */
    private static int distance(String q, Key k, LevenshteinDistance within) {
        if (k.key().startsWith(q)) {
            return 0;
        }
        int best = bounded(within, q, k.key());
        for (String w : k.words()) {
            if (w.startsWith(q)) {
                return 0;
            }
            best = Math.min(best, bounded(within, q, w));
        }
        return best;
    }

    /** The distance, or {@link Integer#MAX_VALUE} past the bound (where Commons Text says -1). */
    private static int bounded(LevenshteinDistance within, String a, String b) {
        int d = within.apply(a, b);
        return d < 0 ? Integer.MAX_VALUE : d;
    }
}
