package org.l10nwb.memory.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.l10nwb.core.memory.FuzzyScore;

/**
 * Gives the entries of a memory created before entries kept their word sets (found through
 * pg_trgm then) their words, so that lookups by word find them: once, at the first connection
 * that sees them, in batches.
 */
final class WordSets {
    private static final int BATCH = 5_000;

    private WordSets() {
    }

    static void fill(Connection db, FuzzyScore scorer) throws SQLException {
        while (true) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT id, source_lang, source FROM wb_memory WHERE wordset IS NULL AND words > 0 LIMIT " + BATCH);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement up = db.prepareStatement("UPDATE wb_memory SET wordset = ?::text[] WHERE id = ?");
                    PreparedStatement count = db.prepareStatement(Schema.COUNT_WORDS)) {
                for (Object[] r : rows) {
                    Object[] words = new LinkedHashSet<>(scorer.words((String) r[2])).toArray();
                    up.setArray(1, db.createArrayOf("text", words));
                    up.setLong(2, (Long) r[0]);
                    up.addBatch();
                    count.setString(1, (String) r[1]);
                    count.setArray(2, db.createArrayOf("text", words));
                    count.addBatch();
                }
                up.executeBatch();
                count.executeBatch();
            }
        }
    }
}
