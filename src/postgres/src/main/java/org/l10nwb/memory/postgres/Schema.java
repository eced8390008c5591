package org.l10nwb.memory.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** The memory's table and indexes, created when missing (under an advisory lock: shells start at once). */
final class Schema {
    static final String UPSERT = "INSERT INTO wb_memory (source_lang, target_lang, file, origin, key, words, source,"
            + " source_markup, target_markup, previous, next, changed, clone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (source_lang, target_lang, origin) DO UPDATE SET file = EXCLUDED.file, key = EXCLUDED.key,"
            + " words = EXCLUDED.words, source = EXCLUDED.source, source_markup = EXCLUDED.source_markup,"
            + " target_markup = EXCLUDED.target_markup, previous = EXCLUDED.previous, next = EXCLUDED.next,"
            + " changed = EXCLUDED.changed, clone = EXCLUDED.clone";
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
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            s.execute("CREATE TABLE IF NOT EXISTS wb_memory (id bigserial PRIMARY KEY, source_lang text NOT NULL,"
                    + " target_lang text NOT NULL, file text NOT NULL, origin text NOT NULL, key text NOT NULL,"
                    + " words integer NOT NULL, source text NOT NULL, source_markup text NOT NULL,"
                    + " target_markup text NOT NULL, previous text, next text, changed bigint NOT NULL,"
                    + " clone text, UNIQUE (source_lang, target_lang, origin))");
            s.execute("CREATE INDEX IF NOT EXISTS wb_memory_key ON wb_memory (source_lang, target_lang, key)");
            s.execute("CREATE INDEX IF NOT EXISTS wb_memory_trgm ON wb_memory USING gin (source gin_trgm_ops)");
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }
}
