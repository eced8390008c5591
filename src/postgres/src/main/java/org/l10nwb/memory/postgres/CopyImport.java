package org.l10nwb.memory.postgres;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.InputKind;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.EntryKeys;
import org.l10nwb.core.memory.FuzzyScore;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.tmx.TmxHeader;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/**
 * A TMX file into the server in one transaction (all or nothing, as the embedded memory imports):
 * its entries are streamed with {@code COPY} into a temporary table while the file is read, then
 * replace the entries of an earlier import of the same name in one {@code INSERT … SELECT}.
 * COPY rather than batched {@code INSERT}s because it sends rows without a round trip or a
 * statement per row, which is what bounds an import of a million units.
 */
final class CopyImport {
    private static final String COLUMNS = "source_lang, target_lang, file, origin, key, words, source, source_markup,"
            + " target_markup, previous, next, changed, clone";
    /** Rows sent to COPY at once. */
    private static final int CHUNK = 1 << 16;

    private final Connection db;
    private final LocaleTag source;
    private final FuzzyScore scorer;
    private final InputLimits limits;

    CopyImport(Connection db, LocaleTag source, FuzzyScore scorer, InputLimits limits) {
        this.db = db;
        this.limits = limits;
        this.source = source;
        this.scorer = scorer;
    }

    /**
     * Imports a file under {@code name} (the name the embedded memory would keep its copy under),
     * replacing what an earlier import of that name stored.
     */
    MemoryStore.ImportResult importFile(Path file, String name, String shownAs, MemoryStore.Progress progress)
            throws SQLException {
        // The project's limits, as the embedded memory reads a file to import: limits.memory-mb for
        // the file's size, and the per-file limits of the XML reader (depth, attributes, segment).
        TextFiles.requireReadable(file, InputKind.MEMORY, limits);
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        long[] units = {0};
        long[] skipped = {0};
        Map<String, Long> byTarget = new TreeMap<>();
        try {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TEMP TABLE wb_import (ord bigint, source_lang text, target_lang text, file text, origin text,"
                        + " key text, words integer, source text, source_markup text, target_markup text, previous text,"
                        + " next text, changed bigint, clone text, wordlist text) ON COMMIT DROP");
            }
            CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY wb_import (ord, " + COLUMNS + ", wordlist) FROM STDIN");
            try {
                StringBuilder rows = new StringBuilder(CHUNK * 2);
                new TmxReader(limits).read(file, new TmxReader.Handler() {
                    @Override
                    public void header(TmxHeader header) {
                        String src = header.sourceLanguage();
                        if (!src.equalsIgnoreCase("*all*") && !LocaleTag.of(src).language().equals(source.language())) {
                            throw WorkbenchException.inFile(file, "the source language is '" + src
                                    + "', the memory's is '" + source.tag() + "'; nothing imported");
                        }
                    }

                    @Override
                    public void unit(TmxUnit u) {
                        units[0]++;
                        int n = rows(u, name, units[0], rows, byTarget);
                        if (n == 0) {
                            skipped[0]++;
                        }
                        if (rows.length() > CHUNK) {
                            send(copy, rows);
                        }
                    }

                    @Override
                    public void progress(long done, long total, long n) {
                        progress.at("importing " + file.getFileName(), done, total, n);
                    }
                });
                send(copy, rows);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            if (byTarget.values().stream().mapToLong(Long::longValue).sum() == 0) {
                throw WorkbenchException.inFile(file, "no translation unit has both a source text in '"
                        + source.tag() + "' and a translation; nothing imported");
            }
            try (PreparedStatement del = db.prepareStatement("DELETE FROM wb_memory WHERE source_lang = ? AND file = ?")) {
                del.setString(1, source.language());
                del.setString(2, name);
                del.executeUpdate();
            }
            try (Statement s = db.createStatement()) {
                // the last unit of an origin wins (ON CONFLICT may not touch one row twice in a statement)
                s.executeUpdate("INSERT INTO wb_memory (" + COLUMNS + ", wordset) SELECT DISTINCT ON (source_lang, target_lang,"
                        + " origin) " + COLUMNS + ", string_to_array(wordlist, chr(31)) FROM wb_import"
                        + " ORDER BY source_lang, target_lang, origin, ord DESC" + Schema.ON_CONFLICT);
                // the counts only choose which words a lookup asks for: an entry replaced is not uncounted
                s.executeUpdate("INSERT INTO wb_words (source_lang, word, n) SELECT source_lang, w, count(*) FROM wb_import,"
                        + " unnest(string_to_array(wordlist, chr(31))) w GROUP BY source_lang, w"
                        + " ON CONFLICT (source_lang, word) DO UPDATE SET n = wb_words.n + EXCLUDED.n");
            }
            db.commit();
            try (Statement s = db.createStatement()) {
                // what is left in the word index's pending list is merged now rather than read by every
                // lookup until a vacuum; the planner learns the new number of rows
                s.execute("SELECT gin_clean_pending_list('wb_memory_words')");
                s.execute("ANALYZE wb_memory");
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
        return new MemoryStore.ImportResult(Path.of(shownAs), units[0], byTarget, skipped[0]);
    }

    private static void send(CopyIn copy, StringBuilder rows) {
        if (rows.length() == 0) {
            return;
        }
        byte[] b = rows.toString().getBytes(StandardCharsets.UTF_8);
        try {
            copy.writeToCopy(b, 0, b.length);
        } catch (SQLException e) {
            throw new CopyFailed(e);
        }
        rows.setLength(0);
    }

    /** A failure of COPY inside the reader's callback, unwrapped by {@link PostgresMemory}. */
    static final class CopyFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CopyFailed(SQLException e) {
            super(e);
        }

        SQLException sql() {
            return (SQLException) getCause();
        }
    }

    /** The unit's rows in COPY's text format (one per translation); how many. */
    private int rows(TmxUnit u, String file, long seq, StringBuilder out, Map<String, Long> byTarget) {
        TmxUnit.Variant src = null;
        for (TmxUnit.Variant v : u.variants()) {
            if (LocaleTag.of(v.language()).language().equals(source.language())) {
                src = v;
                break;
            }
        }
        if (src == null || src.segment().plainText().isBlank()) {
            return 0;
        }
        String plain = src.segment().plainText();
        List<String> words = scorer.words(plain);
        String origin = u.prop(MemoryStore.PROP_ORIGIN);
        if (origin == null) {
            String tuid = u.attribute("tuid");
            origin = file + "#" + (tuid == null ? Long.toString(seq) : tuid);
        }
        String key = EntryKeys.key(words, plain);
        String wordlist = words.isEmpty() ? null : String.join("\u001f", new LinkedHashSet<>(words));
        String sourceMarkup = null;
        int n = 0;
        for (TmxUnit.Variant v : u.variants()) {
            String lang = LocaleTag.of(v.language()).language();
            if (v == src || lang.equals(source.language()) || v.segment().isEmpty()) {
                continue;
            }
            if (sourceMarkup == null) {
                sourceMarkup = TmxWriter.segment(src.segment());
            }
            out.append(seq);
            for (String field : new String[] {source.language(), lang, file, origin, key, Integer.toString(words.size()),
                    plain, sourceMarkup, TmxWriter.segment(v.segment()), u.prop(MemoryStore.PROP_PREVIOUS),
                    u.prop(MemoryStore.PROP_NEXT), Long.toString(EntryKeys.time(u)), null, wordlist}) {
                out.append('\t');
                escape(field, out);
            }
            out.append('\n');
            byTarget.merge(lang, 1L, Long::sum);
            n++;
        }
        return n;
    }

    /** A field in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
    static void escape(String s, StringBuilder out) {
        if (s == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
