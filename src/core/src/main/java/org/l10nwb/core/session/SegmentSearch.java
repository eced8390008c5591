package org.l10nwb.core.session;

import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.text.SearchIterator;
import com.ibm.icu.text.StringSearch;
import com.ibm.icu.util.ULocale;

import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.lang.Language;

/**
 * Finds text in segments comparing as the language does: ICU collation at secondary strength,
 * so that case and width do not count, while accents and letters such as Azerbaijani «ı» and
 * «i» do; and letters the language module takes as one ({@link Language#normalizeKey}: Russian
 * «ё» and «е») are one here too, as they are for the checks.
 */
final class SegmentSearch {
    private SegmentSearch() {
    }

    /**
     * Every occurrence of {@code text} in the segments' sources (when {@code sources} is given) and
     * targets (when {@code targets} is given), in document order.
     */
    static List<SearchHit> search(String text, List<SegmentRef> segments, Function<SegmentRef, Fragment> sources,
            Function<SegmentRef, Fragment> targets, String sourceLanguage, String targetLanguage, Languages languages) {
        List<SearchHit> hits = new ArrayList<>();
        Language source = languages.forTag(sourceLanguage);
        Language target = languages.forTag(targetLanguage);
        for (int i = 0; i < segments.size(); i++) {
            SegmentRef r = segments.get(i);
            if (sources != null) {
                find(text, sources.apply(r).display(), sourceLanguage, source, r, i + 1, false, hits);
            }
            Fragment t = targets == null ? null : targets.apply(r);
            if (t != null) {
                find(text, t.display(), targetLanguage, target, r, i + 1, true, hits);
            }
        }
        return hits;
    }

    /** Adds every occurrence of {@code pattern} in {@code text} (a segment at {@code position}) to {@code hits}. */
    private static void find(String pattern, String text, String language, Language module, SegmentRef ref,
            int position, boolean inTarget, List<SearchHit> hits) {
        if (text.isEmpty()) {
            return;
        }
        ULocale locale = new ULocale(language);
        RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(locale);
        collator.setStrength(Collator.SECONDARY);
        // Searched folded, shown as written: the folding keeps every character in its place.
        StringSearch search = new StringSearch(fold(pattern, locale, module),
                new StringCharacterIterator(fold(text, locale, module)), collator);
        search.setElementComparisonType(SearchIterator.ElementComparisonType.STANDARD_ELEMENT_COMPARISON);
        for (int at = search.first(); at != SearchIterator.DONE; at = search.next()) {
            hits.add(new SearchHit(ref, position, inTarget, text, at, at + search.getMatchLength()));
        }
    }

    /**
     * The text in lower case with the language's equivalent letters made one; unchanged where
     * that would move characters (a folding that changes the length), so offsets stay valid.
     */
    private static String fold(String text, ULocale locale, Language module) {
        String lower = UCharacter.toLowerCase(locale, text);
        if (module == null || lower.length() != text.length()) {
            return text;
        }
        String folded = module.normalizeKey(lower);
        return folded.length() == text.length() ? folded : text;
    }
}
