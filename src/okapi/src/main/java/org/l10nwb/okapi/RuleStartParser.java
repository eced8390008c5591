package org.l10nwb.okapi;

import java.util.ArrayList;
import java.util.List;

/**
 * The reading of a {@code java.util.regex} pattern that {@link RuleStart} rests on: a recursive
 * descent over alternation, sequence, quantifier, group, class and escape that keeps, for each
 * piece, what it can begin with ({@link Node}). Any construct it does not follow is {@link Unknown}.
 */
final class RuleStartParser {
    /** A construct the analysis does not follow. */
    static final class Unknown extends RuntimeException {
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
    record Node(List<String> atoms, boolean nullable, boolean anchored, String run, boolean bound) {
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

    private final String re;
    private int i;
    private boolean caseless;

    RuleStartParser(String re) {
        this.re = re;
    }

    /** Whether the whole pattern was read (a stray {@code )} stops the reading early). */
    boolean readAll() {
        return i == re.length();
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
