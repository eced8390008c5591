package org.l10nwb.okapi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What can begin a match of one compiled SRX rule: a class of first characters, or anything.
 *
 * <p>Hand-written because no library answers the question "which characters can a match of this
 * {@code java.util.regex} pattern start with": the JDK keeps that knowledge private (it uses it
 * only for literal prefixes). The analysis is conservative: any construct it does not know (inline
 * flags, back-references, quoting) makes the rule match "anything", which costs time, never a
 * different boundary. {@link SrxEngine} then tries a rule only where its first character can be.
 */
final class RuleStart {
    /** Matches any character: the rule is tried at every position. */
    static final RuleStart ANYWHERE = new RuleStart(null, false, null, false);

    private final Pattern firstChar;
    private final boolean anchored;
    private final Pattern leadingRun;
    private final boolean atWordBoundary;

    private RuleStart(Pattern firstChar, boolean anchored, Pattern leadingRun, boolean atWordBoundary) {
        this.firstChar = firstChar;
        this.anchored = anchored;
        this.leadingRun = leadingRun;
        this.atWordBoundary = atWordBoundary;
    }

    /** Whether every match begins with {@code \b}: the rule is tried only where the JDK sees a word boundary. */
    boolean atWordBoundary() {
        return atWordBoundary;
    }

    /**
     * The class {@code C} when the rule begins with {@code C+}, {@code C*} or {@code C{n,}}
     * (null otherwise). If such a rule fails at a position, it fails at every following position
     * of the same run of {@code C}: from there {@code C+} can end only where it could already end,
     * and the rest of the rule does not depend on where the run began (no back-references, no
     * {@code \G}, no atomic group around it).
     */
    Pattern leadingRun() {
        return leadingRun;
    }

    /** Whether a match can only begin at the start of the text ({@code ^} first, not multi-line). */
    boolean anchored() {
        return anchored;
    }

    /** Whether a match may begin with any character. */
    boolean anyFirst() {
        return firstChar == null;
    }

    /** Whether a match may begin with this (BMP, non-surrogate) character. */
    boolean canStartWith(char c) {
        return firstChar == null || firstChar.matcher(String.valueOf(c)).matches();
    }

    /** Analyses a pattern compiled with {@code flags}. */
    static RuleStart of(String regex, int flags) {
        try {
            Parser p = new Parser(regex);
            Node n = p.alternation();
            if (p.i != regex.length()) {
                return ANYWHERE;
            }
            if (n.anchored) {
                return new RuleStart(null, true, null, false);
            }
            Pattern run = n.run == null ? null : Pattern.compile(n.run, flags);
            if (n.nullable || n.atoms == null || n.atoms.isEmpty()) {
                return run == null && !n.bound ? ANYWHERE : new RuleStart(null, false, run, n.bound);
            }
            return new RuleStart(Pattern.compile("(?:" + String.join("|", n.atoms) + ")", flags), false, run,
                    n.bound);
        } catch (Unknown | PatternSyntaxException | IndexOutOfBoundsException e) {
            return ANYWHERE;
        }
    }

    /** A construct the analysis does not follow. */
    private static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    /**
     * What a piece of pattern can begin with: the single-character patterns of its first consumed
     * character ({@code null}: anything), whether it can match without consuming, and whether it
     * can only match at the start of the text; and {@code run}, the class {@code C} when it begins
     * with an unbounded repetition {@code C+}, {@code C*} or {@code C{n,}}; and {@code bound},
     * whether it begins with {@code \b} on every branch.
     */
    private record Node(List<String> atoms, boolean nullable, boolean anchored, String run, boolean bound) {
        static final Node ZERO_WIDTH = new Node(List.of(), true, false, null, false);

        Node(List<String> atoms, boolean nullable, boolean anchored, String run) {
            this(atoms, nullable, anchored, run, false);
        }

        Node(List<String> atoms, boolean nullable, boolean anchored) {
            this(atoms, nullable, anchored, null, false);
        }

        static Node atom(String pattern, boolean caseless) {
            return new Node(List.of(caseless ? "(?i:" + pattern + ")" : pattern), false, false);
        }
    }

    private static final class Parser {
        private final String re;
        private int i;
        private boolean caseless;

        Parser(String re) {
            this.re = re;
        }

        private boolean more() {
            return i < re.length();
        }

        private char peek() {
            return re.charAt(i);
        }

        Node alternation() {
            Node n = sequence();
            if (!more() || peek() != '|') {
                return n;
            }
            n = new Node(n.atoms, n.nullable, n.anchored, null, n.bound);
            while (more() && peek() == '|') {
                i++;
                Node b = sequence();
                List<String> atoms = null;
                if (n.atoms != null && b.atoms != null) {
                    atoms = new ArrayList<>(n.atoms);
                    atoms.addAll(b.atoms);
                }
                n = new Node(atoms, n.nullable || b.nullable, n.anchored && b.anchored, null, n.bound && b.bound);
            }
            return n;
        }

        private Node sequence() {
            List<String> atoms = new ArrayList<>();
            boolean any = false;
            boolean nullable = true;
            boolean anchored = false;
            boolean first = true;
            String run = null;
            boolean bound = false;
            while (more() && peek() != '|' && peek() != ')') {
                Node item = quantified();
                if (first) {
                    anchored = item.anchored;
                    run = item.run;
                    bound = item.bound;
                    first = false;
                }
                if (nullable) {
                    if (item.atoms == null) {
                        any = true;
                    } else {
                        atoms.addAll(item.atoms);
                    }
                    nullable = item.nullable;
                }
            }
            return new Node(any ? null : atoms, nullable, anchored, run, bound);
        }

        private Node quantified() {
            int begin = i;
            Node a = atom();
            boolean single = a.atoms != null && a.atoms.size() == 1 && !a.nullable && a.run == null
                    && i - begin == a.atoms.get(0).length() && re.startsWith(a.atoms.get(0), begin);
            if (!more()) {
                return a;
            }
            char c = peek();
            boolean optional;
            boolean unbounded;
            if (c == '?' || c == '*') {
                i++;
                optional = true;
                unbounded = c == '*';
            } else if (c == '+') {
                i++;
                optional = false;
                unbounded = true;
            } else if (c == '{') {
                int close = re.indexOf('}', i);
                String body = re.substring(i + 1, close);
                if (!body.matches("[0-9]+(,[0-9]*)?")) {
                    throw new Unknown();
                }
                optional = Integer.parseInt(body.split(",")[0]) == 0;
                unbounded = body.endsWith(",");
                i = close + 1;
            } else {
                return a;
            }
            if (more() && (peek() == '?' || peek() == '+')) {
                i++;
            }
            if (more() && "?*+{".indexOf(peek()) >= 0) {
                throw new Unknown();
            }
            return new Node(a.atoms, a.nullable || optional, false, single && unbounded ? a.atoms.get(0) : null);
        }

        private Node atom() {
            char c = peek();
            switch (c) {
                case '(':
                    return group();
                case '[': {
                    int end = classEnd(i);
                    String cls = re.substring(i, end);
                    i = end;
                    return Node.atom(cls, caseless);
                }
                case '\\':
                    return escape();
                case '.':
                    i++;
                    return Node.atom(".", caseless);
                case '^':
                    i++;
                    return new Node(List.of(), true, true);
                case '$':
                    i++;
                    return Node.ZERO_WIDTH;
                case '*': case '+': case '?': case '{': case ')': case '|':
                    throw new Unknown();
                default: {
                    int cp = re.codePointAt(i);
                    i += Character.charCount(cp);
                    String s = new String(Character.toChars(cp));
                    return Node.atom(Character.isLetterOrDigit(cp) || cp > 0xFFFF ? s : "\\" + s, caseless);
                }
            }
        }

        private Node group() {
            i++;
            boolean zeroWidth = false;
            boolean atomic = false;
            if (re.startsWith("?", i)) {
                if (re.startsWith("?:", i) || re.startsWith("?>", i)) {
                    atomic = re.startsWith("?>", i);
                    i += 2;
                } else if (re.startsWith("?=", i) || re.startsWith("?!", i)) {
                    i += 2;
                    zeroWidth = true;
                } else if (re.startsWith("?<=", i) || re.startsWith("?<!", i)) {
                    i += 3;
                    zeroWidth = true;
                } else if (re.startsWith("?<", i)) {
                    int close = re.indexOf('>', i);
                    if (close < 0 || !re.substring(i + 2, close).matches("[a-zA-Z][a-zA-Z0-9]*")) {
                        throw new Unknown();
                    }
                    i = close + 1;
                } else if (re.startsWith("?i)", i)) {
                    // Case-insensitive from here: the atoms that follow are read so (even past the
                    // end of the flag's group, which only widens the class).
                    i += 3;
                    caseless = true;
                    return Node.ZERO_WIDTH;
                } else {
                    // Other inline flags change what the following atoms mean.
                    throw new Unknown();
                }
            }
            Node inner = alternation();
            if (!more() || peek() != ')') {
                throw new Unknown();
            }
            i++;
            if (zeroWidth) {
                return Node.ZERO_WIDTH;
            }
            return atomic ? new Node(inner.atoms, inner.nullable, inner.anchored, null, inner.bound) : inner;
        }

        private Node escape() {
            char c = re.charAt(i + 1);
            int start = i;
            switch (c) {
                case 'b':
                    if (re.startsWith("{", i + 2)) {
                        throw new Unknown();
                    }
                    i += 2;
                    return new Node(List.of(), true, false, null, true);
                case 'B': case 'A': case 'z': case 'Z':
                    i += 2;
                    return Node.ZERO_WIDTH;
                case 'd': case 'D': case 's': case 'S': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V':
                case 't': case 'n': case 'r': case 'f': case 'a': case 'e': case 'R':
                    i += 2;
                    return Node.atom(re.substring(start, i), caseless);
                case 'p': case 'P':
                    if (re.startsWith("{", i + 2)) {
                        i = re.indexOf('}', i) + 1;
                        if (i == 0) {
                            throw new Unknown();
                        }
                    } else {
                        i += 3;
                    }
                    return Node.atom(re.substring(start, i), caseless);
                case 'u':
                    i += 6;
                    return Node.atom(re.substring(start, i), caseless);
                case 'x':
                    if (re.startsWith("{", i + 2)) {
                        i = re.indexOf('}', i) + 1;
                        if (i == 0) {
                            throw new Unknown();
                        }
                    } else {
                        i += 4;
                    }
                    return Node.atom(re.substring(start, i), caseless);
                case 'c':
                    i += 3;
                    return Node.atom(re.substring(start, i), caseless);
                default:
                    if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                        // \G, \Q…\E, \k<name>, back-references, \N{…}, \X and the like.
                        throw new Unknown();
                    }
                    i += 2;
                    return Node.atom(re.substring(start, i), caseless);
            }
        }

        /** The index just past the character class opening at {@code at}. */
        private int classEnd(int at) {
            int j = at + 1;
            if (j < re.length() && re.charAt(j) == '^') {
                j++;
            }
            boolean first = true;
            while (true) {
                char c = re.charAt(j);
                if (c == ']' && !first) {
                    return j + 1;
                }
                first = false;
                if (c == '\\') {
                    char e = re.charAt(j + 1);
                    if (e == 'Q' || e == 'N') {
                        throw new Unknown();
                    }
                    if ((e == 'p' || e == 'P' || e == 'x') && re.startsWith("{", j + 2)) {
                        j = re.indexOf('}', j) + 1;
                        if (j == 0) {
                            throw new Unknown();
                        }
                    } else {
                        j += 2;
                    }
                } else if (c == '[') {
                    j = classEnd(j);
                } else {
                    j++;
                }
            }
        }
    }
}
