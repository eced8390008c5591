package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.lang.SpellingDictionary;
import org.l10nwb.lang.ru.Russian;
import org.l10nwb.spelling.lucene.HunspellSpellCheckers;

/**
 * Spelling answers remembered between runs: the same answers, without loading the dictionary again.
 * Each checker is saved before its test ends: one with answers left unsaved would write them from
 * its shutdown hook at the end of the test JVM, into the temporary folder JUnit has deleted by then,
 * making it again.
 */
class RememberedSpellingTest {
    private static final SpellingDictionary RU = new Russian().spellingDictionary().orElseThrow();

    @TempDir
    Path dir;
    private final List<RememberedSpelling> opened = new ArrayList<>();

    private RememberedSpelling open(SpellChecker.Provider provider) {
        RememberedSpelling c = RememberedSpelling.open(dir, provider, RU);
        if (c != null) {
            opened.add(c);
        }
        return c;
    }

    /** What a checker's shutdown hook would write: nothing, once the test has saved it. */
    @AfterEach
    void nothingIsLeftForTheShutdownHook() throws IOException {
        for (RememberedSpelling c : opened) {
            Map<Path, String> before = contents();
            c.save();
            assertEquals(before, contents(), "a checker of the test has answers its shutdown hook would write");
        }
    }

    private Map<Path, String> contents() throws IOException {
        Map<Path, String> out = new TreeMap<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName(), Files.readString(f));
            }
        }
        return out;
    }

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
    void aSecondRunAnswersTheSameWithoutLoadingTheDictionary() throws IOException {
        List<String> words = List.of("коридор", "корридор", "Москва", "бежали");
        Counted first = new Counted(new HunspellSpellCheckers().engine());
        RememberedSpelling one = open(first);
        List<Boolean> answers = words.stream().map(one::isCorrect).toList();
        assertTrue(answers.get(0) && !answers.get(1), answers.toString());
        assertEquals(1, first.loads.get());
        one.save();
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "one file per engine and dictionary");
        }

        Counted second = new Counted(new HunspellSpellCheckers().engine());
        RememberedSpelling two = open(second);
        assertEquals(answers, words.stream().map(two::isCorrect).toList());
        assertEquals(0, second.loads.get(), "every word was answered before");
        assertTrue(two.isCorrect("война"), "a new word loads the dictionary");
        assertEquals(1, second.loads.get());
        two.save();
    }

    @Test
    void anotherEngineDoesNotReadTheseAnswers() {
        Counted first = new Counted("engine 1");
        RememberedSpelling one = open(first);
        assertFalse(one.isCorrect("корридор"));
        one.save();
        Counted other = new Counted("engine 2");
        RememberedSpelling two = open(other);
        assertFalse(two.isCorrect("корридор"));
        assertEquals(1, other.loads.get(), "a new engine version asks its own dictionary");
        two.save();
    }

    @Test
    void anEngineWithoutVersionIsNotRemembered() {
        assertNull(open(new Counted(null)));
        assertNotNull(new HunspellSpellCheckers().engine());
    }
}
