package org.l10nwb.okapi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of a segmenter's compiled SRX rules {@link SrxEngine} tries where, from what each rule's
 * pattern says of its matches' start ({@link RuleStart}): rules whose matches depend on where a
 * search starts, rules anchored at the start of the text, and for every other rule the characters
 * it can begin with, whether it begins at a word boundary and the run of a leading repeated class
 * it fails along. What it learns of a character is kept, so each is analysed once per segmenter.
 */
final class RuleIndex {
    private static final int[] NONE = new int[0];

    private final RuleStart[] starts;
    /** Rules searched by the JDK's own loop (they use {@code \G}, which depends on where a search starts). */
    private final int[] plain;
    /** Rules that only match at the start of the text. */
    private final int[] anchored;
    /** Rules tried at every position, and at the end of the text. */
    private final int[] anywhere;
    /** Rules tried where a surrogate is: every rule not anchored or plain. */
    private final int[] searched;
    /** The rules that can begin with a given character, made on first sight of it. */
    private final int[][] byChar = new int[Character.MAX_VALUE + 1][];
    /** Whether some rule begins with {@code \b}. */
    private final boolean needsBoundaries;
    /** For rules that begin with a repeated class: which characters are in it (0 not yet known, 1 yes, 2 no). */
    private final byte[][] runs;

    /** The index of {@code patterns}, compiled with {@code flags}. */
    RuleIndex(Pattern[] patterns, int flags) {
        starts = new RuleStart[patterns.length];
        List<Integer> plainRules = new ArrayList<>();
        List<Integer> anchoredRules = new ArrayList<>();
        List<Integer> anywhereRules = new ArrayList<>();
        List<Integer> searchedRules = new ArrayList<>();
        for (int r = 0; r < patterns.length; r++) {
            String p = patterns[r].pattern();
            if (p.contains("\\G")) {
                plainRules.add(r);
                continue;
            }
            starts[r] = RuleStart.of(p, flags);
            if (starts[r].anchored()) {
                anchoredRules.add(r);
                continue;
            }
            searchedRules.add(r);
            if (starts[r].anyFirst()) {
                anywhereRules.add(r);
            }
        }
        plain = toArray(plainRules);
        anchored = toArray(anchoredRules);
        anywhere = toArray(anywhereRules);
        searched = toArray(searchedRules);
        boolean boundaries = false;
        runs = new byte[patterns.length][];
        for (int r : searched) {
            boundaries |= starts[r].atWordBoundary();
            if (starts[r].leadingRun() != null) {
                runs[r] = new byte[Character.MAX_VALUE + 1];
            }
        }
        needsBoundaries = boundaries;
    }

    /** The rules whose matches depend on where a search starts: searched as Okapi does. */
    int[] plain() {
        return plain;
    }

    /** The rules that only match at the start of the text. */
    int[] anchored() {
        return anchored;
    }

    /** The rules that may match from any character: those to try at the end of the text. */
    int[] anywhere() {
        return anywhere;
    }

    /** The rules to try at a character: those that can begin with it (all searched ones at a surrogate). */
    int[] rulesFor(char c) {
        if (Character.isSurrogate(c)) {
            return searched;
        }
        int[] list = byChar[c];
        if (list == null) {
            List<Integer> rules = new ArrayList<>();
            for (int r : searched) {
                if (starts[r].canStartWith(c)) {
                    rules.add(r);
                }
            }
            list = rules.isEmpty() ? NONE : toArray(rules);
            byChar[c] = list;
        }
        return list;
    }

    /** Whether some rule is tried only at word boundaries. */
    boolean needsBoundaries() {
        return needsBoundaries;
    }

    /** Whether rule {@code r} is tried only at word boundaries. */
    boolean atWordBoundary(int r) {
        return starts[r].atWordBoundary();
    }

    /** Whether rule {@code r}, failing at a position, fails along the run of its leading class there. */
    boolean failsAlongRun(int r) {
        return runs[r] != null;
    }

    /** The end of the run of rule {@code r}'s leading class that begins at {@code p} (surrogates end it). */
    int runEnd(int r, String text, int p) {
        byte[] known = runs[r];
        int q = p;
        while (q < text.length()) {
            char c = text.charAt(q);
            if (Character.isSurrogate(c)) {
                break;
            }
            if (known[c] == 0) {
                known[c] = starts[r].leadingRun().matcher(String.valueOf(c)).matches() ? (byte) 1 : (byte) 2;
            }
            if (known[c] != 1) {
                break;
            }
            q++;
        }
        return q;
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
