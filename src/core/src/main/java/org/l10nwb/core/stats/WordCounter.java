package org.l10nwb.core.stats;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts words the way ICU's word-break rules for a locale see them: a run of letters, digits,
 * kana or ideographs is a word; punctuation and spaces are not. Not thread-safe (one per thread).
 */
public final class WordCounter {
    private final BreakIterator words;

    public WordCounter(ULocale locale) {
        words = BreakIterator.getWordInstance(locale);
    }

    public int count(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        words.setText(text);
        int count = 0;
        words.first();
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                count++;
            }
        }
        return count;
    }
}
