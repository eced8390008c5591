package org.l10nwb.core.stats;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.lang.WordTokenizer;

/**
 * Counts words as the workbench's tokenizer sees them (ICU's word-break rules for a locale): a run
 * of letters, digits, kana or ideographs is a word; punctuation and spaces are not. Counting with
 * the tokenizer that term matching uses means a statistic never disagrees with what the checks
 * call a word. Not thread-safe (one per thread).
 */
public final class WordCounter {
    private final WordTokenizer words;

    public WordCounter(ULocale locale) {
        words = new WordTokenizer(locale);
    }

    public int count(String text) {
        return text.isEmpty() ? 0 : words.tokens(text).size();
    }
}
