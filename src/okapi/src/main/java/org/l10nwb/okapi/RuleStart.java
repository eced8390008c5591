package org.l10nwb.okapi;

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
            RuleStartParser p = new RuleStartParser(regex);
            RuleStartParser.Node n = p.alternation();
            if (!p.readAll()) {
                return ANYWHERE;
            }
            if (n.anchored()) {
                return new RuleStart(null, true, null, false);
            }
            Pattern run = n.run() == null ? null : Pattern.compile(n.run(), flags);
            if (n.nullable() || n.atoms() == null || n.atoms().isEmpty()) {
                return run == null && !n.bound() ? ANYWHERE : new RuleStart(null, false, run, n.bound());
            }
            return new RuleStart(Pattern.compile("(?:" + String.join("|", n.atoms()) + ")", flags), false, run,
                    n.bound());
        } catch (RuleStartParser.Unknown | PatternSyntaxException | IndexOutOfBoundsException e) {
            return ANYWHERE;
        }
    }
}
