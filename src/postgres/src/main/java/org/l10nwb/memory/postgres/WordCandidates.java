package org.l10nwb.memory.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The entries that could reach a lookup's threshold, found on the server as the embedded memory
 * finds them in its index: those within the length window that contain at least
 * {@code minShared} of the query's distinct words, those sharing most words first.
 *
 * <p>Which rows to read is decided by the query's rarest words (prefix filtering, from the
 * set-similarity joins of the database literature): an entry holding {@code minShared} of the
 * query's {@code d} distinct words holds at least one of any {@code d - minShared + 1} of them,
 * so asking the GIN index of word sets for the rarest ones finds every candidate while reading
 * only the short lists of rare words. How rare a word is comes from {@code wb_words}; a count
 * that is off only makes a lookup read more rows, never miss one.
 */
final class WordCandidates {
    private static final String RARITY = "SELECT word, n FROM wb_words WHERE source_lang = ? AND word = ANY(?::text[])";
    private static final String FIND = "SELECT id, source, source_markup, target_markup, previous, next, origin, changed,"
            + " clone FROM (SELECT m.*, (SELECT count(*) FROM unnest(m.wordset) w WHERE w = ANY(?::text[])) AS shared"
            + " FROM wb_memory m WHERE source_lang = ? AND target_lang = ? AND words BETWEEN ? AND ?"
            + " AND wordset && ?::text[]) c WHERE shared >= ? ORDER BY shared DESC, abs(words - ?), id LIMIT ?";

    private final Connection db;
    private final String source;

    WordCandidates(Connection db, String sourceLanguage) {
        this.db = db;
        this.source = sourceLanguage;
    }

    /** Runs the lookup's candidate query; each row goes to {@code rows} as {@link Schema#SELECT} gives it. */
    void find(String target, List<String> words, int minLength, int maxLength, int minShared, int limit,
            RowSink rows) throws SQLException {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(words));
        int ask = Math.max(1, Math.min(distinct.size(), distinct.size() - minShared + 1));
        List<String> rarest = rarest(distinct, ask);
        try (PreparedStatement ps = db.prepareStatement(FIND)) {
            ps.setArray(1, db.createArrayOf("text", distinct.toArray()));
            ps.setString(2, source);
            ps.setString(3, target);
            ps.setInt(4, minLength);
            ps.setInt(5, maxLength);
            ps.setArray(6, db.createArrayOf("text", rarest.toArray()));
            ps.setInt(7, minShared);
            ps.setInt(8, words.size());
            ps.setInt(9, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.row(rs);
                }
            }
        }
    }

    /** The {@code count} words in the fewest entries (a word in none first: it costs nothing to ask for). */
    private List<String> rarest(List<String> distinct, int count) throws SQLException {
        if (count >= distinct.size()) {
            return distinct;
        }
        Map<String, Long> n = new HashMap<>();
        try (PreparedStatement ps = db.prepareStatement(RARITY)) {
            ps.setString(1, source);
            ps.setArray(2, db.createArrayOf("text", distinct.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        List<String> sorted = new ArrayList<>(distinct);
        sorted.sort(Comparator.comparingLong(w -> n.getOrDefault(w, 0L)));
        return sorted.subList(0, count);
    }

    /** Takes the rows of a candidate query. */
    interface RowSink {
        void row(ResultSet rs) throws SQLException;
    }
}
