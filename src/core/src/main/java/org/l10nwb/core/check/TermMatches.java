package org.l10nwb.core.check;

import java.util.Collections;
import java.util.List;

import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermMatch;

/**
 * The glossary's terms found in a translation, remembered for the last text on this thread: the
 * glossary check finds them in every translation, and {@code spelling} and {@code untranslated}
 * need them again for the same text (the service hands every check the same string), so the
 * matching, which tokenises the text, is done once per segment instead of three times. The text
 * is compared by identity, which is exact: a text equal to another but not the same string is
 * matched anew.
 */
final class TermMatches {
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[3]);

    private TermMatches() {
    }

    /**
     * The last answer of this thread for the same index and text, or {@code null} when this thread
     * has not just matched it: for a check that can do without the matches when they would cost a
     * matching of their own.
     */
    static List<TermMatch> ifFound(TermIndex index, String text) {
        Object[] last = LAST.get();
        if (last[0] == index && last[1] == text) {
            @SuppressWarnings("unchecked")
            List<TermMatch> found = (List<TermMatch>) last[2];
            return found;
        }
        return null;
    }

    /** {@link TermIndex#find}, the last answer of this thread reused for the same index and text. */
    static List<TermMatch> find(TermIndex index, String text) {
        Object[] last = LAST.get();
        if (last[0] == index && last[1] == text) {
            @SuppressWarnings("unchecked")
            List<TermMatch> found = (List<TermMatch>) last[2];
            return found;
        }
        List<TermMatch> found = Collections.unmodifiableList(index.find(text));
        last[0] = index;
        last[1] = text;
        last[2] = found;
        return found;
    }
}
