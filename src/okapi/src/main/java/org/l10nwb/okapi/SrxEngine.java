package org.l10nwb.okapi;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnitUtil;
import net.sf.okapi.lib.segmentation.SRXSegmenter;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;

/**
 * Okapi's SRX segmenter with the rules' search done in one pass: the same compiled rules, the
 * same boundaries, in linear time with a small constant, and with a bound on the work of a rule
 * that backtracks without end.
 *
 * <p>Why hand-written: Okapi's {@code SRXSegmenter.computeSegments} runs, for each of its ~200
 * English rules, {@code Matcher.find} over the whole text, which tries the rule at every position
 * (extract ran at 20–30 KB/s). No library does SRX faster with Okapi's exact semantics, and the
 * project's XLIFF must not change by a byte. So this class keeps Okapi for everything but the rule
 * search: it takes Okapi's compiled rules (the same regular expressions, cascade and order), and
 * emulates its search loop exactly — for each rule, the leftmost match from the last break found,
 * the first rule at a position wins — but tries a rule only at positions whose character can begin
 * one of its matches ({@link RuleIndex}). The break positions it finds are then handed back to
 * Okapi's own {@code computeSegments} as one rule of fixed positions (the form Okapi uses for
 * ICU4J breaks), so that inline codes, trimming and mask rules stay Okapi's. SrxEngineTest
 * compares the two on the article, the conformance rules and megabytes of varied text.
 *
 * <p>Okapi's fields are private; they are read once by reflection, and if that ever fails (another
 * Okapi version) the segmenter is Okapi's own, unchanged.
 */
final class SrxEngine extends ForwardingSegmenter {
    /** The flags Okapi compiles its rules with. */
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    /** The same, as a compiled pattern reports them (the JDK adds what they imply). */
    private static final int COMPILED_FLAGS = Pattern.compile("", FLAGS).flags();
    private static final Pattern WORD_BOUNDARY = Pattern.compile("\\b", FLAGS);

    private final Path rulesFile;
    private final boolean fast;
    private Pattern[] patterns;
    private boolean[] isBreak;
    /** Which rules to try where. */
    private RuleIndex index;
    private Matcher[] matchers;
    private BoundedText[] texts;
    private List<Integer> positions;
    /** Whether ICU4J's sentence breaks follow the rules (Okapi's {@code useIcu4jBreakRules}). */
    private boolean withIcu;
    /** Okapi's ICU4J sentence iterator, made for the language of the segmenter. */
    private Field iterator;

    private SrxEngine(SRXSegmenter okapi, Path rulesFile) {
        super(okapi);
        this.rulesFile = rulesFile;
        this.fast = takeOver();
    }

    /** The segmenter for rules Okapi compiled; {@code rulesFile} is named in errors (null: the defaults). */
    static ISegmenter of(ISegmenter compiled, Path rulesFile) {
        return compiled instanceof SRXSegmenter s ? new SrxEngine(s, rulesFile) : compiled;
    }

    /** Reads Okapi's compiled rules and puts one rule of fixed positions in their place. */
    private boolean takeOver() {
        try {
            Field rulesField = SRXSegmenter.class.getDeclaredField("rules");
            Field icu = SRXSegmenter.class.getDeclaredField("useIcu4JBreakRules");
            rulesField.setAccessible(true);
            icu.setAccessible(true);
            Class<?> compiledRule = Class.forName("net.sf.okapi.lib.segmentation.CompiledRule");
            Field pattern = compiledRule.getDeclaredField("pattern");
            Field breaks = compiledRule.getDeclaredField("isBreak");
            Field fixed = compiledRule.getDeclaredField("breakPositions");
            pattern.setAccessible(true);
            breaks.setAccessible(true);
            fixed.setAccessible(true);
            iterator = SRXSegmenter.class.getDeclaredField("icu4jBreakIterator");
            iterator.setAccessible(true);
            withIcu = icu.getBoolean(okapi);
            List<?> rules = (List<?>) rulesField.get(okapi);
            int n = rules.size();
            patterns = new Pattern[n];
            isBreak = new boolean[n];
            for (int r = 0; r < n; r++) {
                Object rule = rules.get(r);
                List<?> positionsOfRule = (List<?>) fixed.get(rule);
                if (positionsOfRule != null && !positionsOfRule.isEmpty()) {
                    return false;
                }
                patterns[r] = (Pattern) pattern.get(rule);
                isBreak[r] = breaks.getBoolean(rule);
                if (patterns[r] == null || patterns[r].flags() != COMPILED_FLAGS) {
                    return false;
                }
            }
            Constructor<?> make = compiledRule.getDeclaredConstructor(List.class);
            make.setAccessible(true);
            positions = new ArrayList<>();
            Object found = make.newInstance(positions);
            // Okapi searches a rule's pattern when its positions are empty: this one finds nothing.
            pattern.set(found, Pattern.compile("()(?!)"));
            index = new RuleIndex(patterns, FLAGS);
            matchers = new Matcher[n];
            texts = new BoundedText[n];
            @SuppressWarnings("unchecked")
            ArrayList<Object> replaced = (ArrayList<Object>) rulesField.get(okapi);
            replaced.clear();
            replaced.add(found);
            // The ICU4J breaks come last, after the rules, as in Okapi: they are found here.
            icu.setBoolean(okapi, false);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public int computeSegments(String text) {
        return computeSegments(new TextContainer(text));
    }

    @Override
    public int computeSegments(TextContainer container) {
        if (!fast) {
            return okapi.computeSegments(container);
        }
        // The text Okapi's rules see: the coded text without its code markers.
        String coded = container.getCodedText(true);
        String text = okapi.treatIsolatedCodesAsWhitespace() ? TextUnitUtil.removeAndReplaceCodes(coded, " ")
                : TextUnitUtil.removeCodes(coded);
        positions.clear();
        positions.addAll(breaks(text));
        return okapi.computeSegments(container);
    }

    /** The break positions Okapi's rule loop would leave in its split map with the value "break". */
    List<Integer> breaks(String text) {
        BoundedText bounded = new BoundedText(text);
        Map<Integer, Integer> first = new HashMap<>();
        int current = -1;
        try {
            for (int r : index.plain()) {
                current = r;
                searchPlain(r, bounded, first);
            }
            for (int r : index.anchored()) {
                current = r;
                Matcher m = matcher(r, bounded);
                m.region(0, text.length());
                if (m.lookingAt()) {
                    first.merge(m.end(1) - m.start(1), r, Math::min);
                }
            }
            int len = text.length();
            BitSet boundaries = index.needsBoundaries() ? wordBoundaries(bounded) : null;
            int[] next = new int[patterns.length];
            int[] failsBefore = new int[patterns.length];
            boolean[] dead = new boolean[patterns.length];
            for (int p = 0; p <= len; p++) {
                for (int r : p == len ? index.anywhere() : index.rulesFor(text.charAt(p))) {
                    if (dead[r] || p < next[r] || p < failsBefore[r]
                            || boundaries != null && index.atWordBoundary(r) && !boundaries.get(p)) {
                        continue;
                    }
                    current = r;
                    Matcher m = matcher(r, bounded);
                    m.region(p, len);
                    if (!m.lookingAt()) {
                        if (index.failsAlongRun(r)) {
                            failsBefore[r] = index.runEnd(r, text, p);
                        }
                        continue;
                    }
                    int at = p;
                    if (p > next[r] && Character.isLowSurrogate(text.charAt(p))
                            && Character.isHighSurrogate(text.charAt(p - 1))) {
                        // The JDK's search may step over the second half of a surrogate pair: ask it.
                        m.reset();
                        if (!m.find(next[r])) {
                            dead[r] = true;
                            continue;
                        }
                        at = m.start();
                    }
                    int n = at + m.end(1) - m.start(1);
                    first.merge(n, r, Math::min);
                    // Okapi's loop searches again from n, and stops when a search ends where it began.
                    if (n == at) {
                        dead[r] = true;
                    } else {
                        next[r] = n;
                    }
                }
            }
        } catch (BoundedText.Exhausted e) {
            throw tooCostly(current, text.length());
        }
        if (withIcu) {
            for (int pos : icuBreaks(text)) {
                first.putIfAbsent(pos, patterns.length);
            }
        }
        List<Integer> result = new ArrayList<>();
        first.forEach((pos, rule) -> {
            if (rule == patterns.length || isBreak[rule]) {
                result.add(pos);
            }
        });
        result.sort(null);
        return result;
    }

    /**
     * ICU4J's sentence breaks as Okapi turns them into a rule: before the white space that ends a
     * sentence, never at the end of the text.
     */
    private List<Integer> icuBreaks(String text) {
        BreakIterator icu;
        try {
            icu = (BreakIterator) iterator.get(okapi);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        List<Integer> found = new ArrayList<>();
        if (icu == null) {
            return found;
        }
        icu.setText(text);
        int last = -1;
        for (int b = icu.next(); b != BreakIterator.DONE; b = icu.next()) {
            if (b == text.length()) {
                continue;
            }
            while (b - 1 > 0 && Character.isWhitespace(text.codePointAt(b - 1))) {
                b--;
            }
            // Okapi keeps the first of equal positions; they can only repeat one after another.
            if (b < text.length() && b != last) {
                found.add(b);
                last = b;
            }
        }
        return found;
    }

    /** Where the JDK sees {@code \b} in the text, as the rules see it (the whole text, same flags). */
    private static BitSet wordBoundaries(CharSequence text) {
        BitSet at = new BitSet(text.length() + 1);
        Matcher m = WORD_BOUNDARY.matcher(text);
        while (m.find()) {
            at.set(m.start());
        }
        return at;
    }

    /** Okapi's own loop, for a rule whose matches depend on where the search starts. */
    private void searchPlain(int r, BoundedText text, Map<Integer, Integer> first) {
        Matcher m = patterns[r].matcher(text);
        m.useTransparentBounds(true);
        int start = 0;
        int prevStart = -1;
        while (start != prevStart && m.find(start)) {
            int n = m.start() + m.group(1).length();
            prevStart = start;
            start = n;
            first.merge(n, r, Math::min);
        }
    }

    /** The rule's matcher on this text: made once per rule, reset once per text. */
    private Matcher matcher(int r, BoundedText text) {
        Matcher m = matchers[r];
        if (m == null) {
            m = patterns[r].matcher(text);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            matchers[r] = m;
            texts[r] = text;
        } else if (texts[r] != text) {
            m.reset(text);
            texts[r] = text;
        }
        return m;
    }

    private WorkbenchException tooCostly(int rule, int length) {
        String pattern = rule < 0 ? "" : patterns[rule].pattern().replaceAll("\\R", " ");
        if (pattern.length() > 80) {
            pattern = pattern.substring(0, 79) + "…";
        }
        return new WorkbenchException(rulesFile == null ? null : SourcePosition.of(rulesFile),
                "a segmentation rule backtracks without end on a text of " + length + " characters (more than "
                        + BoundedText.READS_PER_CHAR + " reads per character): '" + pattern + "'");
    }

    @Override
    public void reset() {
        throw new UnsupportedOperationException("the rules of this segmenter are fixed");
    }
}
