package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code inconsistent-translation}: across the files checked together (a project check takes all
 * of a locale's files), the same source segment translated differently, and the same translation
 * given for different source segments. Spaces do not count; for the second, neither do letter
 * case and punctuation of the sources ("Yes." and "Yes!" may share «Да.»). Segments shorter
 * than {@code check.inconsistent-translation.min-words} source words (default 2) are left out:
 * one-word labels are translated differently by design. Checking a single unit (the shell) has
 * nothing to compare with and reports nothing.
 */
final class InconsistentTranslationCheck implements SegmentCheck {
    static final Rule RULE = new Rule("inconsistent-translation", Severity.WARNING,
            "The same source segment is translated differently elsewhere in the locale's files, or the same translation stands for a different source.",
            "Compares every translated segment of a locale with the others checked with it (all the project's"
                    + " files of the locale): equal sources (spaces aside) with different translations, and equal"
                    + " translations of sources that differ in more than case, spaces and punctuation. Segments of"
                    + " fewer than check.inconsistent-translation.min-words source words (default 2) are skipped.");

    static final CheckParameter MIN_WORDS = new CheckParameter("min-words",
            "the fewest source words a segment needs to be compared, a whole number", Map.of("", "2"),
            CheckParameter::positiveInteger);

    private static final int SHOWN = 2;

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public List<CheckParameter> parameters() {
        return List.of(MIN_WORDS);
    }

    /** The segments of one text, grouped by a variant of the other side: how many, and the first few to name. */
    private static final class Variants {
        final Map<String, List<Segment>> first = new LinkedHashMap<>();
        final Map<String, Integer> counts = new HashMap<>();

        void add(String variant, Segment s) {
            List<Segment> l = first.computeIfAbsent(variant, k -> new ArrayList<>(1));
            if (l.size() < SHOWN) {
                l.add(s);
            }
            counts.merge(variant, 1, Integer::sum);
        }

        /** The segments of every variant but {@code own}: the first few, and how many there are. */
        List<Segment> others(String own, int[] count) {
            List<Segment> out = new ArrayList<>();
            for (Map.Entry<String, List<Segment>> e : first.entrySet()) {
                if (!e.getKey().equals(own)) {
                    count[0] += counts.get(e.getKey());
                    for (Segment s : e.getValue()) {
                        if (out.size() < SHOWN) {
                            out.add(s);
                        }
                    }
                }
            }
            return out;
        }
    }

    @Override
    public PairCheck forPair(LanguagePair pair) {
        int minWords = pair.<Integer>value(RULE, MIN_WORDS);
        return new PairCheck() {
            /** By source text: the segments by their translation. */
            private final Map<String, Variants> bySource = new HashMap<>();
            /** By translation: the segments by their source, letter case and punctuation aside. */
            private final Map<String, Variants> byTarget = new HashMap<>();
            /** The key hashes of {@link #bySource} and {@link #byTarget}: a segment whose hashes are in neither has nothing to compare. */
            private final Set<Long> sourceHashes = new HashSet<>();
            private final Set<Long> targetHashes = new HashSet<>();

            /**
             * Keeps, of each segment long enough to compare, a hash of its two keys and, for
             * naming it in another segment's finding, its place and texts, packed
             * ({@link LearntSegments}): not its fragments, nor anything of the unit. The keys
             * themselves are made at the end, only of the segments whose source or translation
             * hash is another's too (most are seen once).
             */
            @Override
            public Learner learner() {
                bySource.clear();
                byTarget.clear();
                return new Learner() {
                    private final LearntSegments learnt = new LearntSegments();

                    @Override
                    public void add(Segment s) {
                        learn(s, learnt);
                    }

                    @Override
                    public void commit() {
                        learnt.commit();
                    }

                    @Override
                    public void discard() {
                        learnt.discard();
                    }

                    @Override
                    public void finish() {
                        group(learnt.size(), learnt::sourceHash, learnt::targetHash, learnt::segment);
                        learnt.clear();
                    }
                };
            }

            /** The segments' facts are their own, so they are made on every core, then kept in order. */
            @Override
            public void learnFrom(List<Segment> segments) {
                bySource.clear();
                byTarget.clear();
                // the segments are held by the caller already: kept as they are, not packed
                List<Segment> kept = segments.parallelStream().filter(this::comparable).toList();
                long[] sourceHashes = kept.parallelStream().mapToLong(s -> s.sourceFacts().keyHash()).toArray();
                long[] targetHashes = kept.parallelStream().mapToLong(s -> s.targetFacts().keyHash()).toArray();
                group(kept.size(), i -> sourceHashes[i], i -> targetHashes[i], kept::get);
            }

            /** Whether a segment has source words enough to be compared. */
            private boolean comparable(Segment s) {
                return TextScan.hasWords(s.sourceText(), minWords);
            }

            /** Keeps {@code s} in {@code learnt} when it has source words enough to compare. */
            private void learn(Segment s, LearntSegments learnt) {
                if (comparable(s)) {
                    learnt.add(s, s.sourceFacts().keyHash(), s.targetFacts().keyHash());
                }
            }

            /**
             * The variants of every source and translation that more than one segment has, in the
             * segments' order; a source or translation whose hash no other segment shares has one
             * variant, and would be dropped by {@link #regroup} anyway.
             */
            private void group(int size, java.util.function.IntToLongFunction sourceHash,
                    java.util.function.IntToLongFunction targetHash, java.util.function.IntFunction<Segment> segments) {
                Set<Long> sources = shared(size, sourceHash);
                Set<Long> targets = shared(size, targetHash);
                for (int i = 0; i < size; i++) {
                    boolean bySourceKey = sources.contains(sourceHash.applyAsLong(i));
                    boolean byTargetKey = targets.contains(targetHash.applyAsLong(i));
                    if (!bySourceKey && !byTargetKey) {
                        continue;
                    }
                    Segment segment = segments.apply(i);
                    String[] k = keys(segment);
                    if (bySourceKey) {
                        bySource.computeIfAbsent(k[0], x -> new Variants()).add(k[1], segment);
                    }
                    if (byTargetKey) {
                        byTarget.computeIfAbsent(k[1], x -> new Variants()).add(k[0], segment);
                    }
                }
                regroup();
                sourceHashes.clear();
                bySource.keySet().forEach(k -> sourceHashes.add(TextFacts.of(k).keyHash()));
                targetHashes.clear();
                byTarget.keySet().forEach(k -> targetHashes.add(TextFacts.of(k).keyHash()));
            }

            private void regroup() {
                bySource.values().removeIf(v -> v.first.size() < 2);
                // sources that differ in case, spaces or punctuation only are one source
                Map<String, Variants> regrouped = new HashMap<>();
                for (Map.Entry<String, Variants> e : byTarget.entrySet()) {
                    if (e.getValue().first.size() < 2) {
                        continue;
                    }
                    Variants loose = new Variants();
                    for (Map.Entry<String, List<Segment>> v : e.getValue().first.entrySet()) {
                        String l = loose(v.getKey());
                        for (Segment s : v.getValue()) {
                            loose.add(l, s);
                        }
                        loose.counts.merge(l, e.getValue().counts.get(v.getKey()) - v.getValue().size(), Integer::sum);
                    }
                    if (loose.first.size() >= 2) {
                        regrouped.put(e.getKey(), loose);
                    }
                }
                byTarget.clear();
                byTarget.putAll(regrouped);
            }

            @Override
            public void check(Segment s, Report report) {
                if (bySource.isEmpty() && byTarget.isEmpty()) {
                    return;
                }
                if (!TextScan.hasWords(s.sourceText(), minWords)) {
                    return;
                }
                boolean sourceSeen = sourceHashes.contains(s.sourceFacts().keyHash());
                boolean targetSeen = targetHashes.contains(s.targetFacts().keyHash());
                if (!sourceSeen && !targetSeen) {
                    return;
                }
                String[] k = keys(s);
                String source = k[0];
                String target = k[1];
                Variants translations = bySource.get(source);
                if (translations != null) {
                    int[] count = {0};
                    List<Segment> differ = translations.others(target, count);
                    if (!differ.isEmpty()) {
                        report.add("the same source is translated differently in " + where(s, differ, count[0], true),
                                differ.stream().map(Segment::targetText).distinct().toList(), List.of(s.targetText()));
                    }
                }
                Variants sources = byTarget.get(target);
                if (sources != null) {
                    int[] count = {0};
                    List<Segment> differ = sources.others(loose(source), count);
                    if (!differ.isEmpty()) {
                        report.add("the same translation stands for a different source in " + where(s, differ, count[0], false),
                                List.of(s.sourceText()), differ.stream().map(Segment::sourceText).distinct().toList());
                    }
                }
            }
        };
    }

    /** {@code 3:2 («…»)} for the first segments, with the file when it is another one, and how many more. */
    private static String where(Segment self, List<Segment> others, int count, boolean showTarget) {
        List<String> out = new ArrayList<>();
        for (Segment o : others) {
            String file = Objects.equals(o.file(), self.file()) || o.file() == null ? ""
                    : o.file().getFileName() + " ";
            String text = showTarget ? o.targetText() : o.sourceText();
            out.add(file + o.place() + " (" + MessageText.quote(shorten(text)) + ")");
        }
        String more = count > others.size() ? " and " + (count - others.size()) + " more" : "";
        return String.join(", ", out) + more;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    /** The hashes that more than one of the {@code size} learnt segments has. */
    private static Set<Long> shared(int size, java.util.function.IntToLongFunction hash) {
        long[] hashes = new long[size];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash.applyAsLong(i);
        }
        java.util.Arrays.sort(hashes);
        Set<Long> out = new HashSet<>();
        for (int i = 1; i < hashes.length; i++) {
            if (hashes[i] == hashes[i - 1]) {
                out.add(hashes[i]);
            }
        }
        return out;
    }

    /** A segment's source and translation, spaces aside. */
    private static String[] keys(Segment s) {
        return new String[] {key(s.sourceText()), key(s.targetText())};
    }

    private static String key(String text) {
        return Spaces.collapse(text);
    }

    /** Letters and digits only, lower case: sources that differ in no more than that are the same. */
    private static String loose(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.appendCodePoint(Character.toLowerCase(c));
            }
            i += Character.charCount(c);
        }
        return sb.toString();
    }
}
