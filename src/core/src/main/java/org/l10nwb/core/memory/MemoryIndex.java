package org.l10nwb.core.memory;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;

import org.l10nwb.core.Paths2;
import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;

/**
 * The index of a persistent memory: what finds, among a million stored segments, the few worth
 * scoring. It is derived data, rebuilt from the TMX files whenever its fingerprint (committed
 * together with its content) no longer describes them. Implementations live outside the core
 * and are found with {@link java.util.ServiceLoader} through {@link Factory}.
 *
 * <p>Changes are invisible until {@link #commit}, which stores them and the fingerprint
 * atomically; a crash before it leaves the previous commit.
 *
 * <p>Failures: files that are not a readable index are a {@link DamagedIndexException}, wherever
 * they are noticed; files that cannot be read or written (permission, a full disk) are a
 * {@link WorkbenchException} naming the folder. Anything else an implementation throws is a bug.
 */
public interface MemoryIndex extends Closeable {

    /**
     * One stored segment and its translation. Entries an index proposes as candidates may be
     * light: only {@code id}, {@code words}, {@code source}, {@code origin} and {@code time} are
     * set, and {@link #complete} gives the rest.
     *
     * @param id the index's handle for the entry ({@code -1} for an entry not yet added)
     * @param file the TMX file it comes from (its name in the memory folder)
     * @param key identifies the normalised source words (equal keys: the same words)
     * @param words the normalised source words, as {@link FuzzyScore#words} gives them
     * @param source the source text without inline codes
     * @param sourceMarkup the source as TMX {@code seg} content
     * @param targetMarkup the target as TMX {@code seg} content
     * @param previous the source text of the segment before it, or {@code null}
     * @param next the source text of the segment after it, or {@code null}
     * @param origin where it was translated ({@code locales/ru/article.xlf#5:2}), or the TMX file and unit
     * @param time when it was last changed (milliseconds since 1970), for breaking ties by recency
     */
    record Entry(long id, String file, String key, List<String> words, String source, String sourceMarkup, String targetMarkup,
            String previous, String next, String origin, long time) {
    }

    /**
     * Opens (creating if needed) indexes kept in folders.
     *
     * <p>{@link #open} throws {@link DamagedIndexException} when what is in the folder cannot be
     * read as an index (corrupt, truncated or missing files, a format this version does not
     * read): the caller may then delete the folder and build the index again from the TMX files.
     * Any other failure (the folder cannot be created, permission denied, another process holds
     * the index) is a {@link WorkbenchException} of another kind, and nothing may be deleted for it.
     */
    interface Factory {
        MemoryIndex open(Path folder);
    }

    /**
     * The files of an index folder are not a readable index. The index is derived data, so the
     * remedy is to build it again from the TMX files; as a {@link WorkbenchException} it is also
     * a one-line message naming the folder when nobody does that.
     */
    final class DamagedIndexException extends WorkbenchException {
        private static final long serialVersionUID = 1L;

        /**
         * @param folder the index folder
         * @param reason what is wrong, as the index implementation says it
         */
        public DamagedIndexException(Path folder, String reason, Throwable cause) {
            super(SourcePosition.of(Paths2.forDisplay(folder)), "the memory index is damaged (" + reason
                    + "); it is derived from the TMX files: delete this folder and it is built again", cause);
        }
    }

    /** The fingerprint of the last commit, or {@code null} when there is none or it is damaged. */
    String fingerprint();

    /** Removes everything (until the next commit). */
    void clear();

    /** Removes every entry of one TMX file (until the next commit). */
    void removeFile(String file);

    void add(Entry entry);

    /**
     * Waits until every change made so far has been applied, throwing what applying one failed
     * with (an implementation may apply changes on a thread of its own). Nothing becomes
     * visible or durable: that is {@link #commit}'s.
     */
    default void flush() {
    }

    /** Makes every change since the last commit durable, together with the new fingerprint. */
    void commit(String fingerprint);

    /** Drops every change since the last commit. */
    void rollback();

    /**
     * Entries sharing words with a query, most promising first: those whose length lies between
     * {@code minLength} and {@code maxLength} words and that contain at least
     * {@code minShared} of the query's distinct words.
     */
    List<Entry> candidates(List<String> words, int minLength, int maxLength, int minShared, int limit);

    /** Entries with exactly this key. */
    List<Entry> withKey(String key, int limit);

    /** The entry with every field, for one that {@link #candidates} or {@link #withKey} gave light. */
    Entry complete(Entry light);

    /** How many entries are committed. */
    int size();

    /** Bytes the index takes on disk. */
    long bytes();
}
