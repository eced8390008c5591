package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
            /** The keys of the segments learnt from, which the check is then asked about. */
            private Map<Segment, String[]> keys = new IdentityHashMap<>();

            @Override
            public void learn(List<Segment> segments) {
                bySource.clear();
                byTarget.clear();
                keys = new IdentityHashMap<>(segments.size());
                // each segment's keys on both cores (words counted, spaces collapsed), kept in order
                String[][] made = new String[segments.size()][];
                java.util.stream.IntStream.range(0, segments.size()).parallel().forEach(i -> {
                    Segment s = segments.get(i);
                    made[i] = TextScan.hasWords(s.sourceText(), minWords) ? keys(s) : null;
                });
                // most sources and translations occur once: their variants are made only for a second one
                Map<String, Segment> onceBySource = new HashMap<>();
                Map<String, Segment> onceByTarget = new HashMap<>();
                for (int i = 0; i < made.length; i++) {
                    String[] k = made[i];
                    if (k == null) {
                        continue;
                    }
                    Segment s = segments.get(i);
                    keys.put(s, k);
                    group(bySource, onceBySource, k[0], k[1], s, 1);
                    group(byTarget, onceByTarget, k[1], k[0], s, 0);
                }
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

            /**
             * Adds a segment under {@code key} with its {@code variant}: kept alone in {@code once}
             * until a second segment has the same key, then in {@code groups} with the first.
             * {@code side} is which of the first segment's keys is its variant.
             */
            private void group(Map<String, Variants> groups, Map<String, Segment> once, String key, String variant,
                    Segment s, int side) {
                Variants v = groups.get(key);
                if (v == null) {
                    Segment first = once.putIfAbsent(key, s);
                    if (first == null) {
                        return;
                    }
                    v = new Variants();
                    v.add(keys.get(first)[side], first);
                    groups.put(key, v);
                }
                v.add(variant, s);
            }

            @Override
            public void check(Segment s, Report report) {
                if (bySource.isEmpty() && byTarget.isEmpty()) {
                    return;
                }
                String[] k = keys.get(s);
                if (k == null) {
                    if (!TextScan.hasWords(s.sourceText(), minWords)) {
                        return;
                    }
                    k = keys(s);
                }
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
            out.add(file + o.place() + " (" + TextScan.quote(shorten(text)) + ")");
        }
        String more = count > others.size() ? " and " + (count - others.size()) + " more" : "";
        return String.join(", ", out) + more;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    /** A segment's source and translation, spaces aside. */
    private static String[] keys(Segment s) {
        return new String[] {key(s.sourceText()), key(s.targetText())};
    }

    private static String key(String text) {
        return TextScan.collapse(text);
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
