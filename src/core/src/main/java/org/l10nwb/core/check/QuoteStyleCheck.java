package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.util.LocaleData;
import com.ibm.icu.util.ULocale;

/**
 * {@code quote-style}: the translation quotes with its locale's marks, level by level: Russian
 * «…» with „…“ inside, Georgian „…“ with «…» inside, Azerbaijani “…”. The marks come from CLDR
 * (through ICU) unless the project sets them: {@code check.quote-style.az = “” «»}, one pair per
 * level, outermost first. Straight quotes ({@code "}, {@code '}) and marks of other languages are
 * reported, and so is a level's mark used at another level («…«…»…» in Russian). An apostrophe
 * inside a word ({@code Putin’in}) is not a quotation mark; whether every quotation is closed is
 * {@code bracket-mismatch}'s business.
 */
final class QuoteStyleCheck implements SegmentCheck {
    static final Rule RULE = new Rule("quote-style", Severity.WARNING,
            "The translation uses quotation marks its locale does not (straight quotes, another language's marks) or nests them the wrong way round.",
            "Each locale's quotation marks, outermost level first, are CLDR's (ru «» „“, ka „“ «», az “” ‘’,"
                    + " en “” ‘’) unless workbench.properties sets them: check.quote-style.<locale> = «» „“.");

    static final CheckParameter MARKS = new CheckParameter("",
            "the locale's quotation marks, one opening and closing pair per level, outermost first, separated by"
                    + " spaces (for example «» „“), or 'cldr' for the locale's CLDR marks",
            Map.of("", "cldr"), QuoteStyleCheck::parse);

    /** The quotation marks of a locale, level by level; {@code null} levels mean "CLDR's". */
    record Marks(List<String[]> levels) {
        Marks resolve(ULocale locale) {
            if (levels != null) {
                return this;
            }
            LocaleData d = LocaleData.getInstance(locale);
            List<String[]> l = new ArrayList<>();
            l.add(new String[] {d.getDelimiter(LocaleData.QUOTATION_START), d.getDelimiter(LocaleData.QUOTATION_END)});
            l.add(new String[] {d.getDelimiter(LocaleData.ALT_QUOTATION_START), d.getDelimiter(LocaleData.ALT_QUOTATION_END)});
            return new Marks(l);
        }

        String shown() {
            List<String> s = new ArrayList<>();
            for (String[] p : levels) {
                s.add(p[0] + "…" + p[1]);
            }
            return s.size() == 1 ? s.get(0) : s.get(0) + " with " + String.join(" inside, then ", s.subList(1, s.size()))
                    + " inside";
        }
    }

    static Marks parse(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("cldr")) {
            return new Marks(null);
        }
        List<String[]> levels = new ArrayList<>();
        for (String pair : v.split("\\s+")) {
            if (pair.codePointCount(0, pair.length()) != 2) {
                throw new IllegalArgumentException("'" + pair + "' is not an opening and a closing quotation mark");
            }
            int open = pair.codePointAt(0);
            levels.add(new String[] {new String(Character.toChars(open)), pair.substring(Character.charCount(open))});
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("no quotation marks given");
        }
        return new Marks(levels);
    }

    @Override
    public Rule rule() {
        return RULE;
    }

    @Override
    public List<CheckParameter> parameters() {
        return List.of(MARKS);
    }

    private static final long QUOTES = TextFacts.maskOf(TextScan.QUOTE_MARKS);

    @Override
    public PairCheck forPair(LanguagePair pair) {
        Marks marks = ((Marks) pair.value(RULE, MARKS)).resolve(pair.targetLocale());
        Set<String> own = new LinkedHashSet<>();
        for (String[] p : marks.levels()) {
            own.add(p[0]);
            own.add(p[1]);
        }
        String language = pair.targetLanguage();
        return (s, report) -> {
            if (!s.targetFacts().mayHaveAny(QUOTES)) {
                return; // most translations quote nothing
            }
            String t = s.targetText();
            Set<String> foreign = new LinkedHashSet<>();
            List<String> nesting = new ArrayList<>();
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < t.length(); ) {
                int c = t.codePointAt(i);
                int len = Character.charCount(c);
                if (!TextScan.isQuote(c) || TextScan.isApostrophe(t, i)) {
                    i += len;
                    continue;
                }
                String m = t.substring(i, i + len);
                if (!own.contains(m) || !nest(marks, m, open, nesting) && opening(t, i)) {
                    foreign.add(m);
                }
                i += len;
            }
            if (!foreign.isEmpty()) {
                List<String> found = new ArrayList<>(foreign);
                boolean straight = foreign.contains("\"") || foreign.contains("'");
                report.add((straight && foreign.size() == 1 ? "straight quotes " : "quotation marks ")
                        + String.join(" ", found) + " are not " + language + " ones: " + language + " quotes "
                        + marks.shown(), List.of(marks.shown()), found);
            }
            if (!nesting.isEmpty()) {
                report.add(nesting.get(0), List.of(marks.shown()), nesting.subList(1, nesting.size()));
            }
        };
    }

    /** Whether a mark stands where a quotation opens: at the start, after a space or an opening bracket. */
    private static boolean opening(String t, int i) {
        if (i == 0) {
            return true;
        }
        char before = t.charAt(i - 1);
        return Character.isWhitespace(before) || Character.isSpaceChar(before) || before == '(' || before == '[';
    }

    /**
     * Follows the levels: a mark that opens the level one deeper than the current one opens it; a
     * mark that closes the current level closes it; an opening mark of another level is at the
     * wrong level (the first such is described in {@code problems}, then the marks). Answers
     * {@code false} for a closing mark with nothing of its level open.
     */
    private static boolean nest(Marks marks, String m, List<Integer> open, List<String> problems) {
        List<String[]> levels = marks.levels();
        int depth = open.size();
        if (depth > 0 && levels.get(open.get(depth - 1))[1].equals(m)) {
            open.remove(depth - 1);
            return true;
        }
        int want = Math.min(depth, levels.size() - 1);
        if (levels.get(want)[0].equals(m)) {
            open.add(want);
            return true;
        }
        for (int l = 0; l < levels.size(); l++) {
            String[] p = levels.get(l);
            if (p[0].equals(m)) {
                if (problems.isEmpty()) {
                    problems.add(p[0] + "…" + p[1] + " stands " + (l < want ? "inside a quotation" : "at the outer level")
                            + ", where " + levels.get(want)[0] + "…" + levels.get(want)[1] + " belongs");
                }
                problems.add(m);
                open.add(l);
                return true;
            }
        }
        for (int l = open.size() - 1; l >= 0; l--) {
            if (levels.get(open.get(l))[1].equals(m)) {
                open.subList(l, open.size()).clear();
                return true; // closes a quotation deeper quotations left open: bracket-mismatch says so
            }
        }
        return false;
    }
}
