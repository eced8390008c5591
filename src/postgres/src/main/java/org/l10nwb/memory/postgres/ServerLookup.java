package org.l10nwb.memory.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.EntryKeys;
import org.l10nwb.core.memory.FuzzyScore;
import org.l10nwb.core.memory.MemoryCodes;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemoryRanking;
import org.l10nwb.core.memory.PersistentMemory;
import org.l10nwb.core.memory.WordDiff;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.tmx.TmxReader;

/**
 * A lookup in the shared memory: the candidates the server proposes (every entry with exactly the
 * query's words, and those sharing enough of its words within its length window, see
 * {@link WordCandidates}), scored with {@link FuzzyScore} and ranked with {@link MemoryRanking}
 * as the embedded memory ranks its own, so both give the same matches for the same entries.
 */
final class ServerLookup {
    private final Connection db;
    private final LocaleTag source;
    private final FuzzyScore scorer;
    private final String clone;
    private final WordCandidates candidates;

    ServerLookup(Connection db, LocaleTag source, FuzzyScore scorer, String clone) {
        this.db = db;
        this.source = source;
        this.scorer = scorer;
        this.clone = clone;
        this.candidates = new WordCandidates(db, source.language());
    }

    /** An entry as the server gives it. */
    private record Entry(long id, String source, List<String> words, String sourceMarkup, String targetMarkup,
            String previous, String next, String origin, long time, String confirmedBy) {
    }

    /**
     * The best matches with their stored source and target, as {@link PersistentMemory#find(MemoryQuery, Fragment)}
     * gives them: with the segment's own {@code source}, an entry with the same words but other inline codes scores 99.
     */
    List<PersistentMemory.Found> find(MemoryQuery q, Fragment segment) throws SQLException {
        String target = LocaleTag.of(q.targetLanguage()).language();
        List<String> words = scorer.words(q.source());
        int n = words.size();
        Map<Long, Entry> pool = new LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement(Schema.SELECT + " WHERE source_lang = ? AND target_lang = ?"
                + " AND key = ? LIMIT ?")) {
            ps.setString(1, source.language());
            ps.setString(2, target);
            ps.setString(3, EntryKeys.key(words, q.source()));
            ps.setInt(4, PostgresMemory.CANDIDATES);
            collect(ps, pool);
        }
        if (n > 0 && q.threshold() < 100) {
            int t = Math.max(1, q.threshold());
            int minLength = (int) Math.ceil(n * t / 100.0);
            int maxLength = (int) Math.floor(n * 100.0 / t);
            // as the embedded memory: score <= 100 * shared / longest, so at least threshold% of the
            // query's words must be shared; counted over distinct words, a repeated word may stand for several
            int minShared = Math.max(1, (int) Math.ceil(n * t / 100.0) - (n - new HashSet<>(words).size()));
            candidates.find(target, words, minLength, maxLength, minShared, Math.max(PostgresMemory.CANDIDATES, q.limit() * 10),
                    rs -> pool.putIfAbsent(rs.getLong(1), entry(rs)));
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
}
