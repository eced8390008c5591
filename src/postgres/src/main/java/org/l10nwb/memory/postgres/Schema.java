package org.l10nwb.memory.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The memory's tables and indexes, created when missing (under an advisory lock: shells start at once).
 *
 * <p>Candidates are found by words, as the embedded memory finds them: each entry keeps its
 * distinct normalised words ({@code wordset}, a GIN-indexed array) and {@code wb_words} counts
 * in how many entries each word is. pg_trgm's trigram index, tried first, proposed thousands of
 * rows per lookup at similarity thresholds that keep the matches of 70 % (each one rechecked on
 * the heap: 290 ms a lookup at 20,000 entries), and its GiST form refuses long segments (an
 * index row over 8 KB).
 */
final class Schema {
    /** A new entry replaces the one of the same origin (a segment confirmed again, a file imported again). */
    static final String ON_CONFLICT = " ON CONFLICT (source_lang, target_lang, origin) DO UPDATE SET file = EXCLUDED.file, key = EXCLUDED.key,"
            + " words = EXCLUDED.words, source = EXCLUDED.source, source_markup = EXCLUDED.source_markup,"
            + " target_markup = EXCLUDED.target_markup, previous = EXCLUDED.previous, next = EXCLUDED.next,"
            + " changed = EXCLUDED.changed, clone = EXCLUDED.clone, wordset = EXCLUDED.wordset";
    static final String UPSERT = "INSERT INTO wb_memory (source_lang, target_lang, file, origin, key, words, source,"
            + " source_markup, target_markup, previous, next, changed, clone, wordset)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[])" + ON_CONFLICT;
    /** Adds words to the counts of the entries they are in (how rare a word is decides which words a lookup asks for). */
    static final String COUNT_WORDS = "INSERT INTO wb_words (source_lang, word, n) SELECT ?, w, count(*)"
            + " FROM unnest(?::text[]) w GROUP BY w ON CONFLICT (source_lang, word) DO UPDATE SET n = wb_words.n + EXCLUDED.n";
    static final String SELECT = "SELECT id, source, source_markup, target_markup, previous, next, origin, changed, clone"
            + " FROM wb_memory";

    private static final long LOCK = 0x6c31306e77624dL; // any constant the workbench alone uses

    private Schema() {
    }

    static void create(Connection db) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            s.execute("CREATE TABLE IF NOT EXISTS wb_memory (id bigserial PRIMARY KEY, source_lang text NOT NULL,"
                    + " target_lang text NOT NULL, file text NOT NULL, origin text NOT NULL, key text NOT NULL,"
                    + " words integer NOT NULL, source text NOT NULL, source_markup text NOT NULL,"
                    + " target_markup text NOT NULL, previous text, next text, changed bigint NOT NULL,"
                    + " clone text, UNIQUE (source_lang, target_lang, origin))");
            s.execute("CREATE INDEX IF NOT EXISTS wb_memory_key ON wb_memory (source_lang, target_lang, key)");
            s.execute("DROP INDEX IF EXISTS wb_memory_trgm");
            s.execute("ALTER TABLE wb_memory ADD COLUMN IF NOT EXISTS wordset text[]");
            s.execute("CREATE INDEX IF NOT EXISTS wb_memory_words ON wb_memory USING gin (wordset)");
            // GIN's pending list (unsorted new entries) is read whole by every lookup: kept short, it
            // costs a lookup a few pages at most (at the default 4 MB, a lookup took 100 ms instead of 10)
            s.execute("ALTER INDEX wb_memory_words SET (gin_pending_list_limit = 512)");
            s.execute("CREATE INDEX IF NOT EXISTS wb_memory_length ON wb_memory (source_lang, target_lang, words)");
            // finds at once the entries without word sets (none, unless the table predates them), so that
            // looking for them does not read the whole table at every connection
            s.execute("CREATE INDEX IF NOT EXISTS wb_memory_unworded ON wb_memory (id) WHERE wordset IS NULL AND words > 0");
            s.execute("CREATE TABLE IF NOT EXISTS wb_words (source_lang text NOT NULL, word text NOT NULL,"
                    + " n bigint NOT NULL, PRIMARY KEY (source_lang, word))");
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }
}
