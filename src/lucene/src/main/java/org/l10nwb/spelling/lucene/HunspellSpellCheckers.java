package org.l10nwb.spelling.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.ParseException;

import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

import org.l10nwb.core.check.SpellChecker;
import org.l10nwb.lang.SpellingDictionary;

/**
 * The spelling check's engine: Lucene's Hunspell, a pure-Java reading of Hunspell's affix and
 * dictionary files (no native library), on the dictionaries the language modules ship.
 */
public final class HunspellSpellCheckers implements SpellChecker.Provider {
    /** Raised when {@link #open}'s way of asking Hunspell changes, so that remembered answers are not reused. */
    private static final int ADAPTER_REVISION = 1;

    @Override
    public String engine() {
        return "lucene-hunspell " + org.apache.lucene.util.Version.LATEST + " adapter " + ADAPTER_REVISION;
    }

    @Override
    public SpellChecker open(SpellingDictionary dictionary) {
        Dictionary d;
        // Lucene sorts the word list through temporary files; in memory, nothing is left on disk
        try (InputStream affix = dictionary.openAffix(); InputStream words = dictionary.openWords();
                ByteBuffersDirectory scratch = new ByteBuffersDirectory()) {
            d = new Dictionary(scratch, "hunspell", affix, words);
        } catch (IOException e) {
            throw new UncheckedIOException("the " + dictionary.id() + " spelling dictionary cannot be read", e);
        } catch (ParseException e) {
            throw new IllegalStateException("the " + dictionary.id() + " spelling dictionary is malformed at line "
                    + e.getErrorOffset() + ": " + e.getMessage(), e);
        }
        Hunspell hunspell = new Hunspell(d);
        // one Hunspell per dictionary for the process, asked by the threads of a check at once:
        // Lucene documents its objects as thread-safe (the dictionary is read-only once built)
        return hunspell::spell;
    }
}
