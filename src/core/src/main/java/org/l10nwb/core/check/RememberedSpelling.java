package org.l10nwb.core.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.lang.SpellingDictionary;

/**
 * A spell checker that remembers its answers between runs, so that a repeated {@code check}
 * does not load the dictionary at all: building Lucene's Hunspell dictionary from the Russian or
 * Georgian word list takes over a second of CPU, looking up the words of a project takes a few
 * milliseconds. The dictionary is loaded only when a word is asked that no earlier run asked.
 *
 * <p>The answers are not stale: they are kept in a file named by a digest of everything an
 * answer depends on (the engine and its version, the affix file and the word list, see
 * {@link DictionaryDigest}), so a changed dictionary or engine reads another file. Files are written whole
 * and atomically at the end of the process; two processes at once lose at most each other's new
 * words. A folder that cannot be written only costs the dictionary load next time.
 */
final class RememberedSpelling implements SpellChecker {
    /** Words kept per dictionary; beyond it new answers are not remembered (a run stays correct). */
    static final int LIMIT = 500_000;

    private final Path file;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();
    private final FutureTask<SpellChecker> engine;
    private volatile boolean changed;

    private RememberedSpelling(Path file, Supplier<SpellChecker> open, boolean loadNow) {
        this.file = file;
        this.engine = new FutureTask<>(open::get);
        read();
        if (loadNow) {
            // Nothing remembered yet (the first run): load at once, beside the other dictionaries
            // and the reading of the files, instead of at the first word.
            Thread t = new Thread(engine, "spelling dictionary " + file.getFileName());
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * A checker on the dictionary that remembers its answers in {@code folder}, or {@code null}
     * when the engine does not say its version (answers could then not be told apart).
     */
    static RememberedSpelling open(Path folder, SpellChecker.Provider provider, SpellingDictionary dictionary) {
        String engine = provider.engine();
        if (engine == null) {
            return null;
        }
        Path file = folder.resolve(DictionaryDigest.of(engine, dictionary) + ".txt");
        RememberedSpelling checker = new RememberedSpelling(file, () -> provider.open(dictionary), !Files.exists(file));
        Runtime.getRuntime().addShutdownHook(new Thread(checker::save, "spelling answers"));
        return checker;
    }

    @Override
    public boolean isCorrect(String word) {
        Boolean ok = known.get(word);
        if (ok == null) {
            ok = engine().isCorrect(word);
            if (known.size() < LIMIT && word.indexOf('\n') < 0 && word.indexOf('\r') < 0) {
                known.put(word, ok);
                changed = true;
            }
        }
        return ok;
    }

    private SpellChecker engine() {
        engine.run(); // loads here unless a thread already does or did
        try {
            return engine.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the spelling dictionary loads", e);
        } catch (ExecutionException e) {
            // the loader's own failure (a malformed dictionary), as if it had been loaded here
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** One line a word: {@code +word} spelled right, {@code -word} not. */
    private void read() {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null && known.size() < LIMIT; line = in.readLine()) {
                if (line.length() > 1 && (line.charAt(0) == '+' || line.charAt(0) == '-')) {
                    known.put(line.substring(1), line.charAt(0) == '+');
                }
            }
        } catch (NoSuchFileException absent) {
            // the first run with this dictionary
        } catch (IOException | UncheckedIOException unreadable) {
            known.clear(); // a damaged file is as good as none: the dictionary answers, and it is written anew
        }
    }

    /** Writes the answers when this run added some; a failure to write is not the user's problem. */
    void save() {
        if (!changed) {
            return;
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(known).forEach((w, ok) -> text.append(ok ? '+' : '-').append(w).append('\n'));
        try {
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
            changed = false;
        } catch (WorkbenchException | UncheckedIOException unwritable) {
            // a read-only home or a full disk: the next run loads the dictionary again, and is as right
        }
    }
}
