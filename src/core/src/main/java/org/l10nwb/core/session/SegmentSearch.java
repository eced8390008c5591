package org.l10nwb.core.session;

import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.text.SearchIterator;
import com.ibm.icu.text.StringSearch;
import com.ibm.icu.util.ULocale;

import org.l10nwb.core.model.Fragment;

/**
 * Finds text in segments comparing as the language does: ICU collation at secondary strength,
 * so that case and width do not count, while accents and letters such as Azerbaijani «ı» and
 * «i» do.
 */
final class SegmentSearch {
    private SegmentSearch() {
    }

    /**
     * Every occurrence of {@code text} in the segments' sources (when {@code sources} is given) and
     * targets (when {@code targets} is given), in document order.
     */
    static List<SearchHit> search(String text, List<SegmentRef> segments, Function<SegmentRef, Fragment> sources,
            Function<SegmentRef, Fragment> targets, String sourceLanguage, String targetLanguage) {
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentRef r = segments.get(i);
            if (sources != null) {
                find(text, sources.apply(r).display(), sourceLanguage, r, i + 1, false, hits);
            }
            Fragment t = targets == null ? null : targets.apply(r);
            if (t != null) {
                find(text, t.display(), targetLanguage, r, i + 1, true, hits);
            }
        }
        return hits;
    }

    /** Adds every occurrence of {@code pattern} in {@code text} (a segment at {@code position}) to {@code hits}. */
    private static void find(String pattern, String text, String language, SegmentRef ref, int position, boolean inTarget,
            List<SearchHit> hits) {
        if (text.isEmpty()) {
            return;
        }
        RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(new ULocale(language));
        collator.setStrength(Collator.SECONDARY);
        StringSearch search = new StringSearch(pattern, new StringCharacterIterator(text), collator);
        search.setElementComparisonType(SearchIterator.ElementComparisonType.STANDARD_ELEMENT_COMPARISON);
        for (int at = search.first(); at != SearchIterator.DONE; at = search.next()) {
            hits.add(new SearchHit(ref, position, inTarget, text, at, at + search.getMatchLength()));
        }
    }
}
