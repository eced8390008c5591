package org.l10nwb.memory.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.tmx.TmxHeader;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/**
 * The server's entries as one TMX document (a unit per entry: the source and its translation,
 * with the origin and context the embedded memory's TMX files carry, so an export imported again
 * gives the same matches), and what the server holds per file.
 */
final class ServerExport {
    private static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    /** Rows fetched per round trip while streaming (the JDBC driver streams only with a fetch size, outside auto-commit). */
    private static final int FETCH = 2_000;

    private final Connection db;
    private final LocaleTag source;

    ServerExport(Connection db, LocaleTag source) {
        this.db = db;
        this.source = source;
    }

    /** Writes every entry (of one target language, with {@code target}) in a stable order; how many. */
    long export(OutputStream out, LocaleTag target) throws IOException, SQLException {
        TmxWriter writer = new TmxWriter(out, TmxHeader.of(source.tag()));
        long n = 0;
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement ps = db.prepareStatement("SELECT target_lang, origin, source_markup, target_markup,"
                + " previous, next, changed FROM wb_memory WHERE source_lang = ?"
                + (target == null ? "" : " AND target_lang = ?") + " ORDER BY target_lang, file, id")) {
            ps.setFetchSize(FETCH);
            ps.setString(1, source.language());
            if (target != null) {
                ps.setString(2, target.language());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    writer.write(unit(rs));
                    n++;
                }
            }
            db.commit();
        } finally {
            db.setAutoCommit(auto);
        }
        writer.finish();
        return n;
    }

    private TmxUnit unit(ResultSet rs) throws SQLException {
        Map<String, String> attrs = new LinkedHashMap<>();
        long changed = rs.getLong(7);
        if (changed > 0) {
            attrs.put("changedate", TMX_DATE.format(Instant.ofEpochMilli(changed)));
        }
        List<TmxUnit.Meta> meta = new ArrayList<>();
        meta.add(TmxUnit.Meta.prop(MemoryStore.PROP_ORIGIN, rs.getString(2)));
        if (rs.getString(5) != null) {
            meta.add(TmxUnit.Meta.prop(MemoryStore.PROP_PREVIOUS, rs.getString(5)));
        }
        if (rs.getString(6) != null) {
            meta.add(TmxUnit.Meta.prop(MemoryStore.PROP_NEXT, rs.getString(6)));
        }
        return new TmxUnit(attrs, meta, List.of(
                new TmxUnit.Variant(source.tag(), Map.of(), List.of(), TmxReader.parseSegment(rs.getString(3))),
                new TmxUnit.Variant(rs.getString(1), Map.of(), List.of(), TmxReader.parseSegment(rs.getString(4)))), null);
    }

    /** Entries per file they came from (an import's name, or {@code confirmed-LANG.tmx}), by name. */
    Map<String, Long> files() throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT file, count(*) FROM wb_memory WHERE source_lang = ? GROUP BY file ORDER BY file")) {
            ps.setString(1, source.language());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }
}
