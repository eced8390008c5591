package org.l10nwb.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordCounterTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Aliyev’s move — a “big boy” move.|6",
        "en|In 2020, Putin succumbed.|4",
        "en|post-Soviet strongman|3",
        "ka|შუშა და ბაქო.|3",
        "ru|В Шуше, 2023 год.|4",
        "az|Əliyev Şuşanı ziyarət etdi.|4",
        "en|'   '|0"})
    void countsWordsWithIcuBreaks(String locale, String text, int words) {
        assertEquals(words, new WordCounter(new ULocale(locale)).count(text));
    }
}
