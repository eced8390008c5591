package org.l10nwb.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ending regex of a {@link SuffixRules} rule: whether a key ends with a match of it, answered
 * as {@code Pattern.compile("(?:" + source + ")$").matcher(key).find()} answers, but without trying
 * the regex at every place of the key. Every distinct word of a glossary is tested against every
 * rule of its table (for {@link Language#formPrefix}), and a regex search from each character of
 * each word was most of the cost of indexing a large Russian glossary.
 *
 * <p>For the sources tables use (letters, character classes, groups and alternatives) the longest
 * match and the characters a match can end with are known from the source: a key whose last
 * character no match ends with is refused without the regex, and the regex is tried only over the
 * key's last characters, as many as the longest match. Any other source (quantifiers, escapes,
 * anchors) is searched as before.
 */
final class EndingPattern {
    /** Characters below this have their answer to {@link #lastChar} remembered. */
    private static final int REMEMBERED = 0x600;

    private final Pattern pattern;
    /** The longest match, or -1 when the source is not one this understands. */
    private final int maxLength;
    /** What a match's last character can be, or {@code null} when not known. */
    private final Pattern lastChar;
    /** Per character below {@link #REMEMBERED}: 0 not yet asked, 1 a match may end with it, 2 none does. */
    private final byte[] endsWith = new byte[REMEMBERED];
    /** A matcher per thread, reset for each key (a new one per key and rule was a cost of its own). */
    private final ThreadLocal<Matcher> matcher;

    EndingPattern(String source) {
        this.pattern = Pattern.compile("(?:" + source + ")$");
        Shape shape = new Parser(source).parse();
        this.maxLength = shape == null ? -1 : shape.max;
        this.lastChar = shape == null || shape.last == null || shape.min == 0 ? null
                : Pattern.compile(String.join("|", shape.last));
        this.matcher = ThreadLocal.withInitial(() -> pattern.matcher(""));
    }

    Pattern pattern() {
        return pattern;
    }

    /** Whether {@code key} ends with a match of the source. */
    boolean endsIn(String key) {
        int n = key.length();
        if (maxLength < 0 || n == 0 || hasLineBreak(key)) {
            return pattern.matcher(key).find();
        }
        char c = key.charAt(n - 1);
        if (lastChar != null && !Character.isSurrogate(c) && !mayEndWith(c)) {
            return false;
        }
        Matcher m = matcher.get();
        m.reset(key);
        m.region(Math.max(0, n - maxLength), n);
        m.useTransparentBounds(true);
        return m.find();
    }

    private boolean mayEndWith(char c) {
        if (c >= REMEMBERED) {
            return lastChar.matcher(String.valueOf(c)).matches();
        }
        byte known = endsWith[c];
        if (known == 0) {
            // benign race: every thread computes the same answer
            known = lastChar.matcher(String.valueOf(c)).matches() ? (byte) 1 : (byte) 2;
            endsWith[c] = known;
        }
        return known == 1;
    }

    /** {@code $} also matches before a final line terminator, which the short cut does not allow for. */
    private static boolean hasLineBreak(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    /** The shortest and longest match of a piece of the source, and the sources of its possible last characters. */
    private record Shape(int min, int max, List<String> last) {
    }

    /**
     * Reads the sources it understands: {@code alternatives := sequence ('|' sequence)*},
     * {@code sequence := atom*}, {@code atom := letter | '[' class ']' | '(' ['?:'] alternatives ')'};
     * anything else gives {@code null}.
     */
    private static final class Parser {
        private static final String SPECIAL = "\\[](){}|.*+?^$";
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Shape parse() {
            Shape shape = alternatives();
            return shape != null && i == s.length() ? shape : null;
        }

        private Shape alternatives() {
            Shape all = sequence();
            while (all != null && i < s.length() && s.charAt(i) == '|') {
                i++;
                Shape next = sequence();
                if (next == null) {
                    return null;
                }
                List<String> last = all.last == null || next.last == null ? null : concat(all.last, next.last);
                all = new Shape(Math.min(all.min, next.min), Math.max(all.max, next.max), last);
            }
            return all;
        }

        private Shape sequence() {
            int min = 0;
            int max = 0;
            List<String> last = null;
            while (i < s.length() && s.charAt(i) != '|' && s.charAt(i) != ')') {
                Shape atom = atom();
                if (atom == null) {
                    return null;
                }
                min += atom.min;
                max += atom.max;
                last = atom.min == 0 ? null : atom.last;
            }
            return new Shape(min, max, last);
        }

        private Shape atom() {
            char c = s.charAt(i);
            if (c == '[') {
                int end = s.indexOf(']', i + 2); // a ']' right after '[' or '[^' would be a member
                if (end < 0 || s.charAt(i + 1) == ']' || s.substring(i + 1, end).contains("[")
                        || s.substring(i + 1, end).contains("\\") || s.substring(i + 1, end).contains("&&") || (s.charAt(i + 1) == '^' && end == i + 2)) {
                    return null;
                }
                String cls = s.substring(i, end + 1);
                i = end + 1;
                return new Shape(1, 1, List.of(cls));
            }
            if (c == '(') {
                i += s.startsWith("(?:", i) ? 3 : 1;
                if (i < s.length() && s.charAt(i) == '?') {
                    return null; // look-around and other groups
                }
                Shape inner = alternatives();
                if (inner == null || i >= s.length() || s.charAt(i) != ')') {
                    return null;
                }
                i++;
                return inner;
            }
            if (SPECIAL.indexOf(c) >= 0 || Character.isSurrogate(c)) {
                return null;
            }
            i++;
            return new Shape(1, 1, List.of(Pattern.quote(String.valueOf(c))));
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> out = new ArrayList<>(a);
            out.addAll(b);
            return out;
        }
    }
}
