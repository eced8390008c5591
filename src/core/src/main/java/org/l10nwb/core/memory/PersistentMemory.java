package org.l10nwb.core.memory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.tmx.TmxReader;

/**
 * The memory of one language pair of a {@link MemoryStore}. A lookup asks the index for the
 * entries that could reach the threshold (by length, and by the share of the query's words they
 * contain, which bounds the score from above), plus every entry with exactly the query's words,
 * then scores each with {@link FuzzyScore} and ranks them: in-context exact matches first, then
 * by score, then the most recent. The same source and translation stored twice is shown once.
 */
public final class PersistentMemory implements TranslationMemory {
    /** How many candidates the index proposes per lookup, at least. */
    static final int CANDIDATES = 100;

    /** A match with the stored source and target as fragments (inline codes included). */
    public record Found(MemoryMatch match, Fragment source, Fragment target) {
    }

    private final MemoryStore store;
    private final LocaleTag target;
    private final MemoryIndex index;
    private final FuzzyScore scorer;

    PersistentMemory(MemoryStore store, LocaleTag target, MemoryIndex index) {
        this.store = store;
        this.target = target;
        this.index = index;
        this.scorer = new FuzzyScore(store.sourceLocale().toULocale());
    }

    @Override
    public String name() {
        return store.display() + " (" + store.sourceLocale().language() + "→" + target.language() + ")";
    }

    public LocaleTag target() {
        return target;
    }

    MemoryIndex index() {
        return index;
    }

    FuzzyScore scorer() {
        return scorer;
    }

    /** Entries in the index. */
    public int size() {
        return index.size();
    }

    /** Bytes the index takes on disk. */
    public long indexBytes() {
        return index.bytes();
    }

    /** Adds confirmed translations to the memory (its TMX file and its index). */
    public void add(List<ConfirmedSegment> segments) {
        store.addConfirmed(target, segments);
    }

    @Override
    public List<MemoryMatch> lookup(MemoryQuery q) {
        return find(q).stream().map(Found::match).toList();
    }

    /** The best matches, with their stored source and target. */
    public List<Found> find(MemoryQuery q) {
        return find(q, null);
    }

    /**
     * The best matches for a segment whose inline codes are known: an entry with the same words
     * but other codes scores 99, not 100.
     */
    public List<Found> find(MemoryQuery q, Fragment source) {
        List<String> words = scorer.words(q.source());
        int n = words.size();
        String key = EntryKeys.key(words, q.source());
        Map<Long, MemoryIndex.Entry> pool = new LinkedHashMap<>();
        for (MemoryIndex.Entry e : index.withKey(key, CANDIDATES)) {
            pool.putIfAbsent(e.id(), e);
        }
        if (n > 0 && q.threshold() < 100) {
            int t = Math.max(1, q.threshold());
            int minLength = (int) Math.ceil(n * t / 100.0);
            int maxLength = (int) Math.floor(n * 100.0 / t);
            // score <= 100 * shared / longest, so at least threshold% of the query's words must be shared;
            // counted over distinct words, a repeated word may stand for several.
            int distinct = new HashSet<>(words).size();
            int minShared = Math.max(1, (int) Math.ceil(n * t / 100.0) - (n - distinct));
            for (MemoryIndex.Entry e : index.candidates(words, minLength, maxLength, minShared,
                    Math.max(CANDIDATES, q.limit() * 10))) {
                pool.putIfAbsent(e.id(), e);
            }
        }
        List<MemoryRanking.Ranked<MemoryIndex.Entry>> scored = new ArrayList<>();
        for (MemoryIndex.Entry light : pool.values()) {
            if (light.origin().equals(q.exclude()) || FuzzyScore.bound(n, light.words().size()) < q.threshold()) {
                continue;
            }
            int score = scorer.score(q.source(), words, light.source(), light.words());
            MemoryIndex.Entry e = light;
            boolean inContext = false;
            if (score == 100) {
                // Context and inline codes decide among exact matches: those need the whole entry.
                e = index.complete(light);
                if (source != null && !MemoryCodes.sameCodes(TmxReader.parseSegment(e.sourceMarkup()), source)) {
                    score = 99;
                }
                inContext = MemoryRanking.inContext(score, q, e.previous(), e.next());
            }
            if (score >= q.threshold()) {
                scored.add(new MemoryRanking.Ranked<>(e, score, inContext, e.time()));
            }
        }
        scored.sort(MemoryRanking.order());
        List<Found> out = new ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (MemoryRanking.Ranked<MemoryIndex.Entry> s : scored) {
            if (out.size() == q.limit()) {
                break;
            }
            MemoryIndex.Entry e = s.item().sourceMarkup() == null ? index.complete(s.item()) : s.item();
            if (!shown.add(e.sourceMarkup() + "\u0000" + e.targetMarkup())) {
                continue;
            }
            Fragment storedSource = TmxReader.parseSegment(e.sourceMarkup());
            Fragment storedTarget = TmxReader.parseSegment(e.targetMarkup());
            out.add(new Found(new MemoryMatch(e.source(), storedTarget.display(), s.score(), s.inContext(),
                    e.origin(), WordDiff.diff(e.source(), q.source(), store.sourceLocale().toULocale())),
                    storedSource, storedTarget));
        }
        return out;
    }
}
