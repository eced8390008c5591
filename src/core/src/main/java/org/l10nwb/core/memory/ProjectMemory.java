package org.l10nwb.core.memory;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;

/**
 * A memory made of what the project itself has translated: every translated segment of the
 * XLIFF files it is given. Small enough to score by brute force (a candidate whose length alone
 * rules it out is skipped); a persistent memory with an index implements the same port.
 */
public final class ProjectMemory implements TranslationMemory {
    private record Entry(String source, List<String> words, String target, String previous, String next, String origin,
            int order) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final FuzzyScore scorer;
    private final ULocale locale;

    /** An empty memory for source texts in {@code sourceLocale}; fill it with {@link #add}. */
    public ProjectMemory(ULocale sourceLocale) {
        this.locale = sourceLocale;
        this.scorer = new FuzzyScore(sourceLocale);
    }

    @Override
    public String name() {
        return "project";
    }

    /**
     * Adds every translated segment of a document. {@code name} prefixes the origins
     * ({@code locales/ru/article.xlf} gives {@code locales/ru/article.xlf#5:2}).
     */
    public ProjectMemory add(String name, XliffDocument document) {
        List<TransUnit> units = document.units();
        List<String[]> sequence = new ArrayList<>(); // source text, origin, target (or null)
        for (TransUnit u : units) {
            if (!u.translatable()) {
                continue;
            }
            boolean done = u.state() == null || u.state().isTranslated();
            for (Part s : u.source().segments()) {
                Fragment t = u.targetSegment(s.segmentId());
                sequence.add(new String[] {s.content().plainText(), name + "#" + u.id() + ":" + s.segmentId(),
                        done && t != null && t.hasText() ? t.display() : null});
            }
        }
        for (int i = 0; i < sequence.size(); i++) {
            String[] s = sequence.get(i);
            if (s[2] == null || s[0].isBlank()) {
                continue;
            }
            entries.add(new Entry(s[0], scorer.words(s[0]), s[2], i > 0 ? sequence.get(i - 1)[0] : null,
                    i + 1 < sequence.size() ? sequence.get(i + 1)[0] : null, s[1], entries.size()));
        }
        return this;
    }

    public int size() {
        return entries.size();
    }

    @Override
    public List<MemoryMatch> lookup(MemoryQuery q) {
        List<String> words = scorer.words(q.source());
        List<MemoryRanking.Ranked<Entry>> scored = new ArrayList<>();
        for (Entry e : entries) {
            if (e.origin().equals(q.exclude()) || FuzzyScore.bound(words.size(), e.words().size()) < q.threshold()) {
                continue;
            }
            int score = scorer.score(q.source(), words, e.source(), e.words());
            if (score >= q.threshold()) {
                boolean inContext = MemoryRanking.inContext(score, q, e.previous(), e.next());
                scored.add(new MemoryRanking.Ranked<>(e, score, inContext, e.order()));
            }
        }
        scored.sort(MemoryRanking.order());
        List<MemoryMatch> out = new ArrayList<>();
        for (MemoryRanking.Ranked<Entry> s : scored.subList(0, Math.min(q.limit(), scored.size()))) {
            out.add(new MemoryMatch(s.item().source(), s.item().target(), s.score(), s.inContext(), s.item().origin(),
                    WordDiff.diff(s.item().source(), q.source(), locale)));
        }
        return out;
    }
}
