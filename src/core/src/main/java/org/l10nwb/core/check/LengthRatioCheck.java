package org.l10nwb.core.check;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code length-ratio}: a translation much shorter or longer than the locale's translations
 * usually are, which is how a dropped clause or a pasted extra sentence shows. Length is letters
 * and digits. The usual ratio is the median of the project's own translated segments of the locale
 * (at least {@code min-sample} of them, each with {@code min-length} letters in the source), else
 * the language's default (ru 1.1, ka 1.15, az 1.15, otherwise 1); {@code check.length-ratio.ru = 1.1}
 * fixes it. A segment is reported when its ratio is off by more than {@code tolerance} times
 * (default 1.6) either way; short segments are never reported.
 */
final class LengthRatioCheck implements SegmentCheck {
    static final Rule RULE = new Rule("length-ratio", Severity.WARNING,
            "The translation is much shorter or longer than the locale's translations usually are: something may be missing or added.",
            "Length is counted in letters and digits. The expected target/source ratio is learnt from the"
                    + " project's translated segments of the locale (the median, from check.length-ratio.min-sample"
                    + " segments, default 20), else a default per language (ru 1.1, ka 1.15, az 1.15, others 1), unless"
                    + " check.length-ratio.<locale> sets it. Segments whose source has fewer than"
                    + " check.length-ratio.min-length letters (default 20) are skipped; the others are reported when"
                    + " their ratio is more than check.length-ratio.tolerance times (default 1.6) off, either way.");

    static final CheckParameter RATIO = new CheckParameter("",
            "the usual length of a translation divided by the length of its source, a positive number"
                    + " (set it to stop learning it from the project)",
            Map.of("ru", "1.1", "ka", "1.15", "az", "1.15", "", "1"), CheckParameter::positiveNumber);
    static final CheckParameter TOLERANCE = new CheckParameter("tolerance",
            "how many times off the usual ratio a segment may be, a number above 1", Map.of("", "1.6"),
            LengthRatioCheck::tolerance);
    static final CheckParameter MIN_LENGTH = new CheckParameter("min-length",
            "the fewest letters and digits a source segment needs to be checked, a whole number", Map.of("", "20"),
            CheckParameter::positiveInteger);
    static final CheckParameter MIN_SAMPLE = new CheckParameter("min-sample",
            "the fewest translated segments the ratio is learnt from, a whole number", Map.of("", "20"),
            CheckParameter::positiveInteger);

    private static Double tolerance(String v) {
        double d = CheckParameter.positiveNumber(v);
        if (d <= 1) {
            throw new IllegalArgumentException("'" + v + "' is not above 1");
        }
        return d;
    }

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public List<CheckParameter> parameters() {
        return List.of(RATIO, TOLERANCE, MIN_LENGTH, MIN_SAMPLE);
    }

    @Override
    public PairCheck forPair(LanguagePair pair) {
        boolean fixed = pair.isSet(RULE, RATIO);
        double configured = pair.<Double>value(RULE, RATIO);
        double tolerance = pair.<Double>value(RULE, TOLERANCE);
        int minLength = pair.<Integer>value(RULE, MIN_LENGTH);
        int minSample = pair.<Integer>value(RULE, MIN_SAMPLE);
        String language = pair.targetLanguage();
        return new PairCheck() {
            private double ratio = configured;
            private int learntFrom;

            /** Keeps one ratio per segment long enough to count, nothing of the segment itself. */
            @Override
            public Learner learner() {
                return new Learner() {
                    private double[] ratios = new double[64];
                    private int committed;
                    private int added;

                    @Override
                    public void add(Segment s) {
                        double r = ratio(s);
                        if (!Double.isNaN(r)) {
                            if (added == ratios.length) {
                                ratios = java.util.Arrays.copyOf(ratios, added * 2);
                            }
                            ratios[added++] = r;
                        }
                    }

                    @Override
                    public void commit() {
                        committed = added;
                    }

                    @Override
                    public void discard() {
                        added = committed;
                    }

                    @Override
                    public void finish() {
                        learnt(ratios, committed);
                        ratios = null;
                    }
                };
            }

            /** The segments' ratios are counted on every core: each is the segment's own. */
            @Override
            public void learnFrom(List<Segment> segments) {
                double[] ratios = segments.parallelStream().mapToDouble(this::ratio).filter(r -> !Double.isNaN(r))
                        .toArray();
                learnt(ratios, ratios.length);
            }

            /** A segment's ratio when its source is long enough to count, else NaN. */
            private double ratio(Segment s) {
                int src = s.sourceFacts().lettersAndDigits();
                return src >= minLength ? s.targetFacts().lettersAndDigits() / (double) src : Double.NaN;
            }

            /** The median of the first {@code n} of {@code ratios} (which it sorts), unless the ratio is set or too few. */
            private void learnt(double[] ratios, int n) {
                if (fixed) {
                    return;
                }
                if (n >= minSample) {
                    java.util.Arrays.sort(ratios, 0, n);
                    ratio = n % 2 == 1 ? ratios[n / 2] : (ratios[n / 2 - 1] + ratios[n / 2]) / 2;
                    learntFrom = n;
                } else {
                    ratio = configured;
                    learntFrom = 0;
                }
            }

            @Override
            public void check(Segment s, Report report) {
                int src = s.sourceFacts().lettersAndDigits();
                if (src < minLength) {
                    return;
                }
                double r = s.targetFacts().lettersAndDigits() / (double) src;
                boolean shorter = r * tolerance < ratio;
                boolean longer = r > ratio * tolerance;
                if (!shorter && !longer) {
                    return;
                }
                String why = fixed ? "as the project sets it" : learntFrom > 0
                        ? "the median of " + learntFrom + " translated segments" : "the default for " + language;
                report.add("the translation is " + format(r) + " times as long as its source, where " + language
                        + " translations are usually " + format(ratio) + " times (" + why + "): something may have been "
                        + (shorter ? "left out" : "added"), List.of(format(ratio)), List.of(format(r)));
            }
        };
    }

    private static String format(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
