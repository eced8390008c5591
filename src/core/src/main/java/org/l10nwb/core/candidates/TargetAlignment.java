package org.l10nwb.core.candidates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import org.apache.commons.text.similarity.LevenshteinDistance;

import org.l10nwb.core.lang.WordTokenizer;

/**
 * Which words of the translations stand for a source name, from translated segments alone.
 *
 * <p>The method: the segments whose source contains the name are its <em>segments</em>. Every
 * run of one to four words of their targets (joined by spaces or dashes; in a script with capitals,
 * starting with a capitalised word) is a <em>phrase</em>; its words are compared by their first
 * letters (up to five, one less than the word), so that the cases of a name count as one phrase
 * (Шуша, Шуши, Шуше). A phrase scores by how exclusively it co-occurs with the name — the Dice
 * coefficient of the two sets of segments, 2·both ÷ (name's + phrase's) — and, since names are
 * mostly transliterated, by how close its Latin transliteration is to the name (one minus the
 * Levenshtein distance over the longer length). The best phrase above {@value #THRESHOLD}, written
 * as it is most often written in the name's segments, is the answer.
 *
 * <p>Hand-written: a statistical word aligner (fast_align, eflomal) needs far more text than one
 * article and does not run on the JVM; this needs none and is right for names, the only words it
 * is asked about.
 */
public final class TargetAlignment {
    /** One translated segment: the source text and its translation, plain. */
    public record Pair(String source, String target) {
    }

    /** The translated segments of an XLIFF document, segment by segment. */
    public static List<Pair> pairs(org.l10nwb.core.model.XliffDocument xliff) {
        List<Pair> out = new ArrayList<>();
        for (org.l10nwb.core.model.TransUnit u : xliff.units()) {
            for (org.l10nwb.core.model.Part p : u.source().segments()) {
                org.l10nwb.core.model.Fragment target = u.targetSegment(p.segmentId());
                if (target != null) {
                    out.add(new Pair(p.content().plainText(), target.plainText()));
                }
            }
        }
        return out;
    }

    static final double THRESHOLD = 0.45;
    private static final int LONGEST = 4;

    private final ULocale targetLocale;
    private final List<List<String>> sources = new ArrayList<>();
    /** Phrase key → the segments it is in. */
    private final Map<String, Set<Integer>> segmentsOf = new HashMap<>();
    /** Phrase key → segment → the phrase as written there. */
    private final Map<String, Map<Integer, String>> written = new HashMap<>();
    private final Transliterator latin = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");

    public TargetAlignment(ULocale sourceLocale, ULocale targetLocale, List<Pair> segments) {
        this.targetLocale = targetLocale;
        WordTokenizer source = new WordTokenizer(sourceLocale);
        WordTokenizer target = new WordTokenizer(targetLocale);
        // scripts written with capitals in these translations: there a phrase starts with one;
        // in the others (Georgian, though Unicode has Mtavruli capitals) any word may start one
        Set<Integer> cased = new HashSet<>();
        List<List<WordTokenizer.Token>> targets = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Pair p : segments) {
            sources.add(source.tokens(p.source()).stream().map(t -> bare(t.text())).toList());
            List<WordTokenizer.Token> tokens = target.tokens(p.target());
            targets.add(tokens);
            texts.add(p.target());
            for (WordTokenizer.Token t : tokens) {
                if (NameCandidates.capitalised(t.text())) {
                    cased.add(UScript.getScript(t.text().codePointAt(0)));
                }
            }
        }
        for (int s = 0; s < targets.size(); s++) {
            List<WordTokenizer.Token> tokens = targets.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                String first = tokens.get(i).text();
                if (cased.contains(UScript.getScript(first.codePointAt(0))) && !NameCandidates.capitalised(first)) {
                    continue;
                }
                StringBuilder key = new StringBuilder();
                for (int j = i; j < tokens.size() && j < i + LONGEST; j++) {
                    if (j > i && !WordTokenizer.joins(texts.get(s), tokens.get(j - 1).end(), tokens.get(j).start())) {
                        break;
                    }
                    key.append(j > i ? " " : "").append(stem(tokens.get(j).text()));
                    String k = key.toString();
                    segmentsOf.computeIfAbsent(k, x -> new HashSet<>()).add(s);
                    written.computeIfAbsent(k, x -> new HashMap<>()).putIfAbsent(s,
                            texts.get(s).substring(tokens.get(i).start(), tokens.get(j).end()));
                }
            }
        }
    }

    /** The target phrase aligned with {@code name}, or {@code null} when none is convincing. */
    public synchronized String align(String name) {
        List<String> words = new WordTokenizer(ULocale.ROOT).tokens(name).stream().map(t -> bare(t.text())).toList();
        Set<Integer> mine = new HashSet<>();
        for (int s = 0; s < sources.size(); s++) {
            if (contains(sources.get(s), words)) {
                mine.add(s);
            }
        }
        if (mine.isEmpty()) {
            return null;
        }
        String plain = latin.transliterate(name).replaceAll("[^a-z0-9]+", " ").strip();
        String best = null;
        double bestScore = THRESHOLD;
        for (Map.Entry<String, Set<Integer>> e : segmentsOf.entrySet()) {
            int both = 0;
            for (int s : e.getValue()) {
                if (mine.contains(s)) {
                    both++;
                }
            }
            if (both == 0) {
                continue;
            }
            double dice = 2.0 * both / (mine.size() + e.getValue().size());
            String shown = commonest(written.get(e.getKey()), mine);
            double similarity = similarity(plain, latin.transliterate(shown).replaceAll("[^a-z0-9]+", " ").strip());
            double score = 0.5 * dice + 0.5 * similarity;
            if (score > bestScore) {
                bestScore = score;
                best = shown;
            }
        }
        return best;
    }

    private static String commonest(Map<Integer, String> bySegment, Set<Integer> mine) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Map.Entry<Integer, String> e : bySegment.entrySet()) {
            if (mine.contains(e.getKey())) {
                int n = counts.merge(e.getValue(), 1, Integer::sum);
                if (best == null || n > counts.get(best) || n == counts.get(best) && e.getValue().compareTo(best) < 0) {
                    best = e.getValue();
                }
            }
        }
        return best;
    }

    private static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 0;
        }
        return 1.0 - (double) LevenshteinDistance.getDefaultInstance().apply(a, b) / longer;
    }

    private static boolean contains(List<String> words, List<String> name) {
        for (int i = 0; i + name.size() <= words.size(); i++) {
            if (words.subList(i, i + name.size()).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** A source word without its possessive ending. */
    private static String bare(String w) {
        for (String ending : new String[] {"\u2019s", "'s", "\u2019", "'"}) {
            if (w.length() > ending.length() + 1 && w.endsWith(ending)) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    /** The first letters of a word, lower case: enough to tell names apart, few enough to join their cases. */
    private String stem(String w) {
        String lower = UCharacter.toLowerCase(targetLocale, w);
        int n = lower.codePointCount(0, lower.length());
        int keep = Math.min(n, Math.max(3, Math.min(5, n - 1)));
        return lower.substring(0, lower.offsetByCodePoints(0, keep));
    }
}
