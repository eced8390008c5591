package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.lang.SpellingDictionary;
import org.l10nwb.lang.ru.Russian;
import org.l10nwb.spelling.lucene.HunspellSpellCheckers;

/** Spelling answers remembered between runs: the same answers, without loading the dictionary again. */
class RememberedSpellingTest {
    private static final SpellingDictionary RU = new Russian().spellingDictionary().orElseThrow();

    /** Lucene's Hunspell, counting how often a dictionary is loaded. */
    private static final class Counted implements SpellChecker.Provider {
        final AtomicInteger loads = new AtomicInteger();
        final String engine;

        Counted(String engine) {
            this.engine = engine;
        }

        @Override
        public SpellChecker open(SpellingDictionary dictionary) {
            loads.incrementAndGet();
            return new HunspellSpellCheckers().open(dictionary);
        }

        @Override
        public String engine() {
            return engine;
        }
    }

    @Test
    void aSecondRunAnswersTheSameWithoutLoadingTheDictionary(@TempDir Path dir) throws IOException {
        List<String> words = List.of("коридор", "корридор", "Москва", "бежали");
        Counted first = new Counted(new HunspellSpellCheckers().engine());
        RememberedSpelling one = RememberedSpelling.open(dir, first, RU);
        List<Boolean> answers = words.stream().map(one::isCorrect).toList();
        assertTrue(answers.get(0) && !answers.get(1), answers.toString());
        assertEquals(1, first.loads.get());
        one.save();
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "one file per engine and dictionary");
        }

        Counted second = new Counted(new HunspellSpellCheckers().engine());
        RememberedSpelling two = RememberedSpelling.open(dir, second, RU);
        assertEquals(answers, words.stream().map(two::isCorrect).toList());
        assertEquals(0, second.loads.get(), "every word was answered before");
        assertTrue(two.isCorrect("война"), "a new word loads the dictionary");
        assertEquals(1, second.loads.get());
    }

    @Test
    void anotherEngineDoesNotReadTheseAnswers(@TempDir Path dir) {
        Counted first = new Counted("engine 1");
        RememberedSpelling one = RememberedSpelling.open(dir, first, RU);
        assertFalse(one.isCorrect("корридор"));
        one.save();
        Counted other = new Counted("engine 2");
        assertFalse(RememberedSpelling.open(dir, other, RU).isCorrect("корридор"));
        assertEquals(1, other.loads.get(), "a new engine version asks its own dictionary");
    }

    @Test
    void anEngineWithoutVersionIsNotRemembered(@TempDir Path dir) {
        assertNull(RememberedSpelling.open(dir, new Counted(null), RU));
        assertNotNull(new HunspellSpellCheckers().engine());
    }
}
