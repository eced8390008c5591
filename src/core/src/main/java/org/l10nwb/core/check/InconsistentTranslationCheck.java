package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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

    @Override
    public PairCheck forPair(LanguagePair pair) {
        int minWords = pair.<Integer>value(RULE, MIN_WORDS);
        return new PairCheck() {
            private final Map<String, List<Segment>> bySource = new HashMap<>();
            private final Map<String, List<Segment>> byTarget = new HashMap<>();

            @Override
            public void learn(List<Segment> segments) {
                bySource.clear();
                byTarget.clear();
                for (Segment s : segments) {
                    if (TextScan.words(s.sourceText()).size() >= minWords) {
                        bySource.computeIfAbsent(key(s.sourceText()), k -> new ArrayList<>()).add(s);
                        byTarget.computeIfAbsent(key(s.targetText()), k -> new ArrayList<>()).add(s);
                    }
                }
            }

            @Override
            public void check(Segment s, Report report) {
                if (bySource.isEmpty()) {
                    return;
                }
                String target = key(s.targetText());
                List<Segment> same = bySource.getOrDefault(key(s.sourceText()), List.of());
                List<Segment> differ = new ArrayList<>();
                Set<String> others = new LinkedHashSet<>();
                for (Segment o : same) {
                    if (!key(o.targetText()).equals(target)) {
                        differ.add(o);
                        others.add(o.targetText());
                    }
                }
                if (!differ.isEmpty()) {
                    report.add("the same source is translated differently in " + where(s, differ, true),
                            List.copyOf(others), List.of(s.targetText()));
                }
                String source = loose(s.sourceText());
                List<Segment> sameTarget = byTarget.getOrDefault(target, List.of());
                List<Segment> otherSource = new ArrayList<>();
                Set<String> sources = new LinkedHashSet<>();
                for (Segment o : sameTarget) {
                    if (!loose(o.sourceText()).equals(source)) {
                        otherSource.add(o);
                        sources.add(o.sourceText());
                    }
                }
                if (!otherSource.isEmpty()) {
                    report.add("the same translation stands for a different source in " + where(s, otherSource, false),
                            List.of(s.sourceText()), List.copyOf(sources));
                }
            }
        };
    }

    /** {@code 3:2 («…»)} for the first segments, with the file when it is another one. */
    private static String where(Segment self, List<Segment> others, boolean showTarget) {
        List<String> out = new ArrayList<>();
        for (Segment o : others.subList(0, Math.min(SHOWN, others.size()))) {
            String file = Objects.equals(o.file(), self.file()) || o.file() == null ? ""
                    : o.file().getFileName() + " ";
            String text = showTarget ? o.targetText() : o.sourceText();
            out.add(file + o.place() + " (" + TextScan.quote(shorten(text)) + ")");
        }
        String more = others.size() > SHOWN ? " and " + (others.size() - SHOWN) + " more" : "";
        return String.join(", ", out) + more;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }

    private static String key(String text) {
        return TextScan.collapse(text);
    }

    /** Letters and digits only, lower case: sources that differ in no more than that are the same. */
    private static String loose(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
