package org.l10nwb.core.memory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.l10nwb.core.io.LockedUpdate;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.terms.ForbiddenTerms;
import org.l10nwb.core.xliff.XliffDocuments;
import org.l10nwb.core.xliff.XliffRewriter;

/**
 * Fills a locale's untranslated segments from the translation memory: in-context exact matches
 * and 100 % matches (with the segment's own inline codes put in place). A unit all of whose
 * segments come from in-context matches becomes {@code translated} with
 * {@code state-qualifier="exact-match"}; any other filled unit {@code needs-review-translation}
 * with {@code state-qualifier="leveraged-tm"}, or stays a draft ({@code new}) when some of its
 * segments are still empty. Segments that already have a translation are left alone (and the
 * empty segments of a unit translated halfway are filled). Every other
 * segment is counted in its match band, the analysis translators quote prices from.
 */
public final class Pretranslator {
    /** Match bands, best first. */
    public enum Band {
        IN_CONTEXT("in-context"), EXACT("100%"), HIGH("95-99%"), MEDIUM("85-94%"), LOW("75-84%"), NONE("no match");

        private final String label;

        Band(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Band of(MemoryMatch m) {
            if (m == null) {
                return NONE;
            }
            if (m.inContext()) {
                return IN_CONTEXT;
            }
            int s = m.score();
            return s == 100 ? EXACT : s >= 95 ? HIGH : s >= 85 ? MEDIUM : s >= 75 ? LOW : NONE;
        }
    }

    /**
     * Segments per band (and words, the source's), and what was filled, for one file.
     *
     * @param forbidden exact matches not filled in because their translation has a term the
     *     glossary forbids
     */
    public record Result(Path file, Map<Band, Integer> segments, Map<Band, Integer> words, int filledSegments,
            int filledUnits, int alreadyTranslated, int forbidden) {
    }

    /** Where a locale's segments are looked up: the embedded memory's pair, or a shared memory. */
    public interface Matches {
        List<PersistentMemory.Found> find(MemoryQuery q, Fragment source);
    }

    private final LocaleTag sourceLocale;
    private final Function<LocaleTag, Matches> memories;
    private final ForbiddenTerms forbiddenTerms;

    /** Without a glossary: every exact match is filled in. */
    public Pretranslator(MemoryStore store) {
        this(store, null);
    }

    /** Exact matches whose translation has a term the glossary forbids are left out (and counted). */
    public Pretranslator(MemoryStore store, ForbiddenTerms forbiddenTerms) {
        this(store.sourceLocale(), t -> store.memory(t, MemoryStore.Progress.NONE)::find, forbiddenTerms);
    }

    /** From a team's shared memory ({@code memory.url}) instead of the project's own. */
    public Pretranslator(SharedMemory shared, LocaleTag sourceLocale, ForbiddenTerms forbiddenTerms) {
        this(sourceLocale, t -> shared::find, forbiddenTerms);
    }

    private Pretranslator(LocaleTag sourceLocale, Function<LocaleTag, Matches> memories, ForbiddenTerms forbiddenTerms) {
        this.sourceLocale = sourceLocale;
        this.memories = memories;
        this.forbiddenTerms = forbiddenTerms;
    }

    /** Pre-translates every document of the project for one locale. */
    public List<Result> pretranslate(Project project, LocaleTag locale) {
        return pretranslate(project, List.of(locale));
    }

    /**
     * Pre-translates every document of the project for each locale. Every XLIFF file is locked
     * first: when a translator's shell holds any of them, nothing is written
     * ({@link org.l10nwb.core.io.FileHeldException}). Each file is then read under its lock.
     */
    public List<Result> pretranslate(Project project, List<LocaleTag> locales) {
        List<Project.Translation> files = project.translations(locales).stream()
                .filter(t -> Files.isRegularFile(t.xliff())).toList();
        List<Result> out = new ArrayList<>();
        FuzzyScore words = new FuzzyScore(project.sourceLocale().toULocale());
        try (LockedUpdate.Locks locks = LockedUpdate.lockAll(files.stream().map(Project.Translation::xliff).toList())) {
            for (Project.Translation t : files) {
                Matches memory = memories.apply(t.locale());
                Path shown = project.display(t.xliff());
                out.add(LockedUpdate.applyHolding(locks.of(t.xliff()),
                        writes -> pretranslate(shown, memory, t.locale(), words, writes)));
            }
        }
        return out;
    }

    private record Seg(TransUnit unit, Part part) {
    }

    private Result pretranslate(Path file, Matches memory, LocaleTag locale, FuzzyScore counter,
            LockedUpdate.Writes writes) {
        byte[] original = TextFiles.readBytes(file);
        XliffDocument doc = XliffDocuments.read(file, original);
        List<Seg> sequence = new ArrayList<>();
        for (TransUnit u : doc.units()) {
            if (u.translatable()) {
                for (Part p : u.source().segments()) {
                    if (p.content().hasText()) {
                        sequence.add(new Seg(u, p));
                    }
                }
            }
        }
        Map<Band, Integer> segments = new EnumMap<>(Band.class);
        Map<Band, Integer> wordCounts = new EnumMap<>(Band.class);
        for (Band b : Band.values()) {
            segments.put(b, 0);
            wordCounts.put(b, 0);
        }
        Map<String, Map<String, Fragment>> filled = new HashMap<>();
        Map<String, Boolean> allInContext = new HashMap<>();
        int already = 0;
        int filledSegments = 0;
        int forbidden = 0;
        for (int i = 0; i < sequence.size(); i++) {
            Seg s = sequence.get(i);
            // Segment by segment: a unit translated halfway still has its empty segments filled.
            if (translated(s.unit(), s.part())) {
                already++;
                continue;
            }
            String text = s.part().content().plainText();
            MemoryQuery q = new MemoryQuery(text, i > 0 ? sequence.get(i - 1).part().content().plainText() : null,
                    i + 1 < sequence.size() ? sequence.get(i + 1).part().content().plainText() : null,
                    sourceLocale.tag(), locale.tag(), 75, 1,
                    file + "#" + s.unit().id() + ":" + s.part().segmentId());
            List<PersistentMemory.Found> found = memory.find(q, s.part().content());
            PersistentMemory.Found best = found.isEmpty() ? null : found.get(0);
            Band band = Band.of(best == null ? null : best.match());
            segments.merge(band, 1, Integer::sum);
            wordCounts.merge(band, counter.words(text).size(), Integer::sum);
            if ((band == Band.IN_CONTEXT || band == Band.EXACT) && forbiddenTerms != null
                    && !forbiddenTerms.in(best.match().target(), locale.tag()).isEmpty()) {
                forbidden++;
            } else if (band == Band.IN_CONTEXT || band == Band.EXACT) {
                Fragment target = MemoryCodes.adapt(best.target(), best.source(), s.part().content());
                if (target != null) {
                    filled.computeIfAbsent(s.unit().id(), k -> new HashMap<>()).put(s.part().segmentId(), target);
                    allInContext.merge(s.unit().id(), band == Band.IN_CONTEXT, Boolean::logicalAnd);
                    filledSegments++;
                }
            }
        }
        if (!filled.isEmpty()) {
            List<XliffFile> files = new ArrayList<>();
            for (XliffFile f : doc.files()) {
                List<TransUnit> units = new ArrayList<>();
                for (TransUnit u : f.units()) {
                    Map<String, Fragment> mine = filled.get(u.id());
                    units.add(mine == null ? u : fill(u, mine, allInContext.get(u.id())));
                }
                files.add(f.withUnits(units));
            }
            XliffDocument changed = new XliffDocument(files);
            writes.put(file, new XliffRewriter().rewrite(file, original, doc, changed));
        }
        return new Result(file, segments, wordCounts, filledSegments, filled.size(), already, forbidden);
    }

    /** Whether the segment already has a translation (text or inline codes) in the unit. */
    private static boolean translated(TransUnit u, Part sourcePart) {
        Fragment t = u.hasTarget() ? u.targetSegment(sourcePart.segmentId()) : null;
        return t != null && (t.hasText() || !t.codes().isEmpty());
    }

    /**
     * The unit with the matches in its empty segments; the segments it had keep their text. A
     * unit whose other segments a translator had typed is not all from the memory's in-context
     * matches, so it is to be reviewed rather than taken as translated.
     */
    private static TransUnit fill(TransUnit u, Map<String, Fragment> bySegment, boolean inContext) {
        boolean complete = true;
        boolean hadOwn = false;
        for (Part p : u.source().segments()) {
            if (translated(u, p)) {
                hadOwn = true;
            } else if (p.content().hasText() && !bySegment.containsKey(p.segmentId())) {
                complete = false;
            }
        }
        var target = u.source().withSegments(p -> translated(u, p) ? u.targetSegment(p.segmentId())
                : bySegment.getOrDefault(p.segmentId(), Fragment.EMPTY));
        if (!complete) {
            return u.withTarget(target, TargetState.NEW).withStateQualifier("leveraged-tm");
        }
        return inContext && !hadOwn ? u.withTarget(target, TargetState.TRANSLATED).withStateQualifier("exact-match")
                : u.withTarget(target, TargetState.NEEDS_REVIEW_TRANSLATION).withStateQualifier("leveraged-tm");
    }
}
