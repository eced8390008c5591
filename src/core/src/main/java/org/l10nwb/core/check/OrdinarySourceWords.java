package org.l10nwb.core.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.ULocale;

import org.l10nwb.lang.Language;
import org.l10nwb.lang.SpellingDictionary;

/**
 * Which lone words of the source, kept in a translation, are ordinary words of the source
 * language left untranslated ({@code file}, {@code settings}, {@code the}) rather than names
 * software gives things ({@code gzip}, {@code jsonb}) or words the target language has borrowed
 * ({@code realpolitik} in Azerbaijani). A word is ordinary when the source language's spelling
 * dictionary (its language module's, through the {@link SpellChecker} port) knows it as written in
 * lower case, and it is none of: the target language's loan words ({@link Language#loanWords()}),
 * the project's list ({@code check.untranslated.words}), or the names in code that dictionaries
 * also have as English words ({@code code-words.txt}: {@code int}, {@code null}, {@code grep}).
 *
 * <p>A source language without a dictionary (or no spelling engine installed) has no ordinary
 * words: lone words are then not reported, as phrases still are. The dictionary is opened at the
 * first lone word asked about, so that a run with none pays nothing for it.
 */
final class OrdinarySourceWords {
    /** Names in code that an English dictionary also lists: keywords, types, values, commands. */
    private static final Set<String> CODE_WORDS = load("code-words.txt");
    /** Words asked per pair before the answers are no longer kept. */
    private static final int CACHE_LIMIT = 100_000;

    private final LanguagePair pair;
    private final ULocale sourceLocale;
    private final Set<String> accepted;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private volatile Optional<SpellChecker> dictionary;

    /**
     * @param projectWords the project's words for the target locale that translations may keep,
     *     separated by spaces or commas (or {@code null})
     */
    OrdinarySourceWords(LanguagePair pair, String projectWords) {
        this.pair = pair;
        this.sourceLocale = pair.sourceLocale();
        Set<String> words = new HashSet<>();
        for (String w : pair.targetModule().loanWords()) {
            words.add(TextScan.lower(sourceLocale, w));
        }
        for (String w : (projectWords == null ? "" : projectWords).split("[\\s,]+")) {
            if (!w.isBlank()) {
                words.add(TextScan.lower(sourceLocale, w.strip()));
            }
        }
        this.accepted = Set.copyOf(words);
    }

    /** Whether a lower-case word of the source kept in the translation is an ordinary word of the source language. */
    boolean isOrdinary(String word) {
        Boolean ok = known.get(word);
        if (ok == null) {
            String key = TextScan.lower(sourceLocale, word);
            Optional<SpellChecker> d = dictionary();
            ok = d.isPresent() && !accepted.contains(key) && !CODE_WORDS.contains(key) && d.get().isCorrect(word);
            if (known.size() >= CACHE_LIMIT) {
                known.clear();
            }
            known.put(word, ok);
        }
        return ok;
    }

    /** Whether a lower-case word is a name in code that English also has as a word ({@code code-words.txt}). */
    static boolean isCodeWord(String key) {
        return CODE_WORDS.contains(key);
    }

    private Optional<SpellChecker> dictionary() {
        Optional<SpellChecker> d = dictionary;
        if (d == null) {
            synchronized (this) {
                d = dictionary;
                if (d == null) {
                    // the source module as the glossary's source terms are matched with
                    Optional<SpellingDictionary> shipped = pair.sourceModule().spellingDictionary();
                    dictionary = d = shipped.isPresent() ? SpellCheckers.of(shipped.get()) : Optional.empty();
                }
            }
        }
        return d;
    }

    /** A word list of the core: one or more words a line, {@code #} starts a comment. */
    private static Set<String> load(String resource) {
        InputStream in = OrdinarySourceWords.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " next to " + OrdinarySourceWords.class);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                for (String w : (hash >= 0 ? line.substring(0, hash) : line).strip().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
