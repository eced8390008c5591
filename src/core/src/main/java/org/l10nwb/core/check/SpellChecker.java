package org.l10nwb.core.check;

import java.util.ServiceLoader;

import org.l10nwb.lang.SpellingDictionary;

/**
 * The spelling port: whether a word is spelled right by a language module's dictionary. The
 * engine (Hunspell through Lucene, in the {@code lucene} module) is found with
 * {@link ServiceLoader} as a {@link Provider}, so that the core knows no engine's types.
 */
public interface SpellChecker {

    /** Whether the dictionary accepts the word as written (a capitalised word also as its lower case). */
    boolean isCorrect(String word);

    /** Opens spell checkers on dictionaries; implementations are listed in {@code META-INF/services}. */
    interface Provider {
        /** A checker for the dictionary: loading it may take a second. */
        SpellChecker open(SpellingDictionary dictionary);

        /**
         * The engine and its version, such that two engines that answer a word differently on the
         * same dictionary never say the same: answers are remembered between runs under it. By
         * default {@code null}: nothing is remembered, the dictionary is loaded at every run.
         */
        default String engine() {
            return null;
        }
    }
}
