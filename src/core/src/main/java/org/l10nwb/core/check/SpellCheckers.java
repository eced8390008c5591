package org.l10nwb.core.check;

import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

import org.l10nwb.lang.SpellingDictionary;

/**
 * The installed {@link SpellChecker.Provider} and the dictionaries it opened: each once per
 * process, since a dictionary is megabytes of words and every check of a run or of a shell
 * session uses the same ones. When the system property {@value #FOLDER_PROPERTY} names a folder
 * (the command line sets it to the user's cache folder), the answers are remembered there
 * between runs ({@link RememberedSpelling}) and a dictionary is loaded only for words no run asked
 * before.
 */
final class SpellCheckers {
    /** The system property naming the folder where spelling answers are remembered between runs. */
    static final String FOLDER_PROPERTY = "workbench.spelling.cache";

    private static final Map<String, SpellChecker> OPENED = new ConcurrentHashMap<>();

    private SpellCheckers() {
    }

    /** The checker for a dictionary; empty when no engine is installed. */
    static Optional<SpellChecker> of(SpellingDictionary dictionary) {
        SpellChecker.Provider p = Holder.PROVIDER;
        return p == null ? Optional.empty() : Optional.of(OPENED.computeIfAbsent(dictionary.id(), k -> open(p, dictionary)));
    }

    private static SpellChecker open(SpellChecker.Provider provider, SpellingDictionary dictionary) {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder != null && !folder.isBlank()) {
            SpellChecker remembered = RememberedSpelling.open(java.nio.file.Path.of(folder), provider, dictionary);
            if (remembered != null) {
                return remembered;
            }
        }
        return provider.open(dictionary);
    }

    /** Loaded on first use (the holder idiom), not when the class is. */
    private static final class Holder {
        static final SpellChecker.Provider PROVIDER = ServiceLoader.load(SpellChecker.Provider.class,
                SpellCheckers.class.getClassLoader()).findFirst().orElse(null);
    }
}
