package org.l10nwb.memory.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.ConfirmedSegment;
import org.l10nwb.core.memory.EntryKeys;
import org.l10nwb.core.memory.FuzzyScore;
import org.l10nwb.core.memory.MemoryCodes;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.memory.PersistentMemory;
import org.l10nwb.core.memory.SharedMemory;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/**
 * A translation memory kept in PostgreSQL, shared by every shell that names the same server: the
 * table is the source of truth (no local copy to fall behind), so a confirmation is offered to
 * another translator at their next lookup. Candidates come from the server as the embedded
 * memory's index gives them (entries sharing enough of the query's words within its length
 * window, see {@link WordCandidates}, plus every entry with exactly the query's words); each is then scored with {@link FuzzyScore} and ranked with {@link MemoryRanking}, as
 * the embedded memory ranks its own, so both give the same matches for the same entries.
 */
public final class PostgresMemory implements SharedMemory {
    /** How many candidates the server proposes per lookup, at least (as the embedded memory). */
    static final int CANDIDATES = 100;

    private final Connection db;
    private final String url;
    private final LocaleTag source;
    private final FuzzyScore scorer;
    private final String clone;
    private final ServerLookup lookups;
    /** The project's input limits: {@code limits.memory-mb} bounds a TMX file imported, as in the embedded memory. */
    private final InputLimits limits;

    PostgresMemory(Connection db, String url, LocaleTag source, String clone, InputLimits limits) {
        this.db = db;
        this.limits = limits;
        this.clone = clone;
        this.url = url;
        this.source = source;
        this.scorer = new FuzzyScore(source.toULocale());
        this.lookups = new ServerLookup(db, source, scorer, clone);
        try {
            Schema.create(db);
            WordSets.fill(db, scorer);
        } catch (SQLException e) {
            throw failed("cannot prepare the memory tables", e);
        }
    }

    @Override
    public String name() {
        return url;
    }

    @Override
    public void confirmed(String targetLanguage, List<ConfirmedSegment> segments) {
        String target = LocaleTag.of(targetLanguage).language();
        long now = System.currentTimeMillis() / 1000 * 1000; // to the second, as TMX dates are
        List<String> counted = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(Schema.UPSERT)) {
            for (ConfirmedSegment s : segments) {
                String plain = s.source().plainText();
                if (plain.isBlank()) {
                    continue;
                }
                List<String> words = scorer.words(plain);
                bind(ps, target, "confirmed-" + target + ".tmx", s.origin(), words, plain,
                        TmxWriter.segment(MemoryCodes.toTmx(s.source())), TmxWriter.segment(MemoryCodes.toTmx(s.target())),
                        s.previous(), s.next(), now, clone);
                ps.addBatch();
                counted.addAll(new LinkedHashSet<>(words));
            }
            ps.executeBatch();
            countWords(counted);
        } catch (SQLException e) {
            throw failed("cannot store the confirmed translation", e);
        }
    }

    @Override
    public long importUnits(List<TmxUnit> units, String file) {
        return importUnits(units, file, 0);
    }

    /**
     * Imports units that follow {@code before} others of the same file (an import in batches):
     * a unit without {@code tuid} is named by its position in the file, as the embedded memory names it.
     */
    public long importUnits(List<TmxUnit> units, String file, long before) {
        long n = 0;
        long seq = before;
        List<String> counted = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(Schema.UPSERT)) {
            for (TmxUnit u : units) {
                seq++;
                TmxUnit.Variant src = null;
                for (TmxUnit.Variant v : u.variants()) {
                    if (LocaleTag.of(v.language()).language().equals(source.language())) {
                        src = v;
                        break;
                    }
                }
                if (src == null || src.segment().plainText().isBlank()) {
                    continue;
                }
                String plain = src.segment().plainText();
                List<String> words = scorer.words(plain);
                String origin = u.prop(MemoryStore.PROP_ORIGIN);
                if (origin == null) {
                    String tuid = u.attribute("tuid");
                    origin = file + "#" + (tuid == null ? Long.toString(seq) : tuid);
                }
                for (TmxUnit.Variant v : u.variants()) {
                    String lang = LocaleTag.of(v.language()).language();
                    if (v == src || lang.equals(source.language()) || v.segment().isEmpty()) {
                        continue;
                    }
                    bind(ps, lang, file, origin, words, plain, TmxWriter.segment(src.segment()),
                            TmxWriter.segment(v.segment()), u.prop(MemoryStore.PROP_PREVIOUS),
                            u.prop(MemoryStore.PROP_NEXT), EntryKeys.time(u), null);
                    ps.addBatch();
                    counted.addAll(new LinkedHashSet<>(words));
                    n++;
                }
                if (n % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            countWords(counted);
        } catch (SQLException e) {
            throw failed("cannot import into the memory", e);
        }
        return n;
    }

    private void bind(PreparedStatement ps, String target, String file, String origin, List<String> words, String plain,
            String sourceMarkup, String targetMarkup, String previous, String next, long time, String by) throws SQLException {
        ps.setString(1, source.language());
        ps.setString(2, target);
        ps.setString(3, file);
        ps.setString(4, origin);
        ps.setString(5, EntryKeys.key(words, plain));
        ps.setInt(6, words.size());
        ps.setString(7, plain);
        ps.setString(8, sourceMarkup);
        ps.setString(9, targetMarkup);
        ps.setString(10, previous);
        ps.setString(11, next);
        ps.setLong(12, time);
        ps.setString(13, by);
        ps.setArray(14, words.isEmpty() ? null : db.createArrayOf("text", new LinkedHashSet<>(words).toArray()));
    }

    private void countWords(List<String> words) throws SQLException {
        if (words.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = db.prepareStatement(Schema.COUNT_WORDS)) {
            ps.setString(1, source.language());
            ps.setArray(2, db.createArrayOf("text", words.toArray()));
            ps.executeUpdate();
        }
    }

    @Override
    public MemoryStore.ImportResult importTmx(Path file, MemoryStore.Progress progress) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".tmx")) {
            name = name + ".tmx";
        }
        if (name.startsWith(".") || name.startsWith("confirmed-")) {
            name = "imported-" + name.replaceFirst("^\\.+", ""); // as the embedded memory names its copy
        }
        try {
            return new CopyImport(db, source, scorer, limits).importFile(file, name, name, progress);
        } catch (CopyImport.CopyFailed e) {
            throw failed("cannot import " + file.getFileName(), e.sql());
        } catch (SQLException e) {
            throw failed("cannot import " + file.getFileName(), e);
        }
    }

    @Override
    public long export(OutputStream out, LocaleTag target) throws IOException {
        try {
            return new ServerExport(db, source).export(out, target);
        } catch (SQLException e) {
            throw failed("cannot read the memory", e);
        }
    }

    @Override
    public Map<String, Long> files() {
        try {
            return new ServerExport(db, source).files();
        } catch (SQLException e) {
            throw failed("cannot count the memory's entries", e);
        }
    }

    @Override
    public long size(String targetLanguage) {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT count(*) FROM wb_memory WHERE source_lang = ? AND target_lang = ?")) {
            ps.setString(1, source.language());
            ps.setString(2, LocaleTag.of(targetLanguage).language());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("cannot count the memory's entries", e);
        }
    }

    /** Same pool, scores and ranking as the embedded memory's lookup (PersistentMemory). */
    @Override
    public List<MemoryMatch> lookup(MemoryQuery q) {
        return find(q, null).stream().map(PersistentMemory.Found::match).toList();
    }

    /**
     * The best matches with their stored source and target, as {@link PersistentMemory#find(MemoryQuery, Fragment)}
     * gives them: with the segment's own {@code source}, an entry with the same words but other inline codes scores 99.
     */
    @Override
    public List<PersistentMemory.Found> find(MemoryQuery q, Fragment segment) {
        try {
            return lookups.find(q, segment);
        } catch (SQLException e) {
            throw failed("cannot look the segment up", e);
        }
    }

    /** Removes every entry of every language pair (for a benchmark that starts again). */
    public void deleteAll() {
        try (Statement st = db.createStatement()) {
            st.execute("TRUNCATE wb_memory");
        } catch (SQLException e) {
            throw failed("cannot empty the memory", e);
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // closing a connection: nothing was pending (every change is committed as it is made)
        }
    }

    private WorkbenchException failed(String what, SQLException e) {
        return new WorkbenchException(url + ": " + what + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
}
