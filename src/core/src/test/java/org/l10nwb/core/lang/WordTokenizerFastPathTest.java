package org.l10nwb.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.l10nwb.core.testing.Shared;

/** The tokenizer's fast path gives exactly the words ICU's break iterator gives. */
class WordTokenizerFastPathTest {

    /** Every line and every whole text of the project's article in one language, both ways. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "ka", "az"})
    void sameWordsAsIcuOverTheArticle(String lang) throws IOException {
        String text = Files.readString(Shared.projectRoot().resolve("locales/" + lang + "/article.txt"));
        WordTokenizer t = new WordTokenizer(new ULocale(lang));
        assertEquals(t.icuTokens(text), t.tokens(text));
        int lines = 0;
        int fast = 0;
        for (String line : text.split("\n")) {
            assertEquals(t.icuTokens(line), t.tokens(line), line);
            lines++;
            if (SimpleWordBreaks.tokens(line) != null) {
                fast++;
            }
        }
        // the fast path is not vacuous: most lines of real text take it
        assertTrue(fast * 2 > lines, fast + " of " + lines + " lines took the fast path");
    }

    @Test
    void sameWordsAsIcuOverTheSharedArticle() throws IOException {
        String text = Files.readString(Shared.path("source-article.en.txt"));
        WordTokenizer t = new WordTokenizer(ULocale.ENGLISH);
        assertNotNull(SimpleWordBreaks.tokens("plain words, 1,000.5 and don't"));
        for (String line : text.split("\n")) {
            assertEquals(t.icuTokens(line), t.tokens(line), line);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"don't", "e.g. this", "1,000.50", "a:b", "12:30", "3'000", "x.1", "1.x", "a..b", "a.", ".a",
        "file_name", "soft\u00ADhyphen", "e\u0301té", "İstanbul'da", "2020-ci il", "«Баку–Тбилиси»", "ёлка's",
        "ილია ჭავჭავაძე", "ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ", "😀 smile", "١٢٣ ٤", "ภาษาไทย", "漢字かな", "שלום", "a\u200Db", "a’b", "a‘b",
        "1’000", "Ab12cd", "x\r\ny", "  ", "", "tab\tand\u00A0nbsp", "a\u2024b", "a·b", "№5", "5%", "$5.00"})
    void sameWordsAsIcuForTheHardCases(String text) {
        for (String lang : List.of("en", "ru", "ka", "az")) {
            WordTokenizer t = new WordTokenizer(new ULocale(lang));
            assertEquals(t.icuTokens(text), t.tokens(text), lang + ": " + text);
        }
    }

    @Test
    void charactersOutsideTheTableGoToIcu() {
        assertNull(SimpleWordBreaks.tokens("file_name"));
        assertNull(SimpleWordBreaks.tokens("soft\u00ADhyphen"));
        assertNull(SimpleWordBreaks.tokens("漢字"));
    }

    /** Random strings over letters of four scripts, digits and every joining punctuation mark. */
    @Test
    void sameWordsAsIcuForRandomStrings() {
        String pool = "aZé5ё9Жəİıა1 .,:;'’‘·\u2024-–—«»\"()\n\t\u00A0_\u00AD\u0301!?/";
        Random r = new Random(29);
        WordTokenizer t = new WordTokenizer(new ULocale("ru"));
        int fast = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(12);
            for (int i = 0; i < len; i++) {
                sb.append(pool.charAt(r.nextInt(pool.length())));
            }
            String s = sb.toString();
            assertEquals(t.icuTokens(s), t.tokens(s), s);
            if (SimpleWordBreaks.tokens(s) != null) {
                fast++;
            }
        }
        assertTrue(fast > 12_000, fast + " strings took the fast path");
    }

    @Test
    void tailoredLocalesUseIcu() {
        assertTrue(SimpleWordBreaks.applies(new ULocale("ru")));
        assertFalse(SimpleWordBreaks.applies(new ULocale("en_US_POSIX")));
    }
}
