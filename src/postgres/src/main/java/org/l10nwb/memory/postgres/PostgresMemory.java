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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.ConfirmedSegment;
import org.l10nwb.core.memory.EntryKeys;
import org.l10nwb.core.memory.FuzzyScore;
import org.l10nwb.core.memory.MemoryCodes;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemoryRanking;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.memory.PersistentMemory;
import org.l10nwb.core.memory.SharedMemory;
import org.l10nwb.core.memory.WordDiff;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.tmx.TmxReader;
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
    private final WordCandidates candidates;

    PostgresMemory(Connection db, String url, LocaleTag source, String clone) {
        this.db = db;
        this.clone = clone;
        this.url = url;
        this.source = source;
        this.scorer = new FuzzyScore(source.toULocale());
        this.candidates = new WordCandidates(db, source.language());
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
            return new CopyImport(db, source, scorer).importFile(file, name, name, progress);
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

    /** An entry as the server gives it. */
    private record Entry(long id, String source, List<String> words, String sourceMarkup, String targetMarkup,
            String previous, String next, String origin, long time, String confirmedBy) {
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
        String target = LocaleTag.of(q.targetLanguage()).language();
        List<String> words = scorer.words(q.source());
        int n = words.size();
        Map<Long, Entry> pool = new LinkedHashMap<>();
        try {
            try (PreparedStatement ps = db.prepareStatement(Schema.SELECT + " WHERE source_lang = ? AND target_lang = ?"
                    + " AND key = ? LIMIT ?")) {
                ps.setString(1, source.language());
                ps.setString(2, target);
                ps.setString(3, EntryKeys.key(words, q.source()));
                ps.setInt(4, CANDIDATES);
                collect(ps, pool);
            }
            if (n > 0 && q.threshold() < 100) {
                int t = Math.max(1, q.threshold());
                int minLength = (int) Math.ceil(n * t / 100.0);
                int maxLength = (int) Math.floor(n * 100.0 / t);
                // as the embedded memory: score <= 100 * shared / longest, so at least threshold% of the
                // query's words must be shared; counted over distinct words, a repeated word may stand for several
                int minShared = Math.max(1, (int) Math.ceil(n * t / 100.0) - (n - new HashSet<>(words).size()));
                candidates.find(target, words, minLength, maxLength, minShared, Math.max(CANDIDATES, q.limit() * 10),
                        rs -> pool.putIfAbsent(rs.getLong(1), entry(rs)));
            }
        } catch (SQLException e) {
            throw failed("cannot look the segment up", e);
        }
        List<MemoryRanking.Ranked<Entry>> scored = new ArrayList<>();
        for (Entry e : pool.values()) {
            // the segment's own entry is left out as the embedded memory does, but only when this clone
            // confirmed it: another translator's confirmation of the same segment is worth offering
            boolean own = e.origin().equals(q.exclude()) && (e.confirmedBy() == null || e.confirmedBy().equals(clone));
            if (own || FuzzyScore.bound(n, e.words().size()) < q.threshold()) {
                continue;
            }
            int score = scorer.score(q.source(), words, e.source(), e.words());
            if (score == 100 && segment != null
                    && !MemoryCodes.sameCodes(TmxReader.parseSegment(e.sourceMarkup()), segment)) {
                score = 99;
            }
            boolean inContext = score == 100 && MemoryRanking.inContext(score, q, e.previous(), e.next());
            if (score >= q.threshold()) {
                scored.add(new MemoryRanking.Ranked<>(e, score, inContext, e.time()));
            }
        }
        scored.sort(MemoryRanking.order());
        List<PersistentMemory.Found> out = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (MemoryRanking.Ranked<Entry> s : scored) {
            if (out.size() == q.limit()) {
                break;
            }
            Entry e = s.item();
            if (!shown.add(e.sourceMarkup() + "\u0000" + e.targetMarkup())) {
                continue;
            }
            Fragment storedTarget = TmxReader.parseSegment(e.targetMarkup());
            out.add(new PersistentMemory.Found(new MemoryMatch(e.source(), storedTarget.display(), s.score(),
                    s.inContext(), e.origin(), WordDiff.diff(e.source(), q.source(), source.toULocale())),
                    TmxReader.parseSegment(e.sourceMarkup()), storedTarget));
        }
        return out;
    }

    private void collect(PreparedStatement ps, Map<Long, Entry> pool) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                pool.putIfAbsent(rs.getLong(1), entry(rs));
            }
        }
    }

    private Entry entry(ResultSet rs) throws SQLException {
        String plain = rs.getString(2);
        return new Entry(rs.getLong(1), plain, scorer.words(plain), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9));
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
