package org.l10nwb.core.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.core.Remedy;
import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermIndexes;

/**
 * Runs the checks over XLIFF documents: the glossary check per unit, and the quality checks of
 * {@link QualityChecks} per translated segment.
 *
 * <p>A unit without a translation is reported as {@code untranslated} and not term-checked. When
 * only some segments of a unit are translated, the translated ones are checked against their
 * source segments, so a half-done unit is neither silent about a forbidden term nor noisy about
 * terms of sentences nobody has translated yet. Inline codes are left out of the text before
 * matching, so markup never hides a term.
 *
 * <p>The quality checks see each translated segment with its source segment, located at the
 * target segment in the file. Checks that compare segments or learn from the project (the same
 * source translated differently, the usual length ratio) see every segment of a language pair in
 * the files checked together first ({@link #learn}); a single unit checked alone falls back to
 * their defaults.
 */
public final class CheckService {
    private final Glossary glossary;
    private final Languages languages;
    private final CheckConfig config;
    private final Map<String, PairChecks> pairs = new HashMap<>();
    private final Set<String> notices = new LinkedHashSet<>();
    private final Set<String> limitations = new LinkedHashSet<>();

    /** The checks of one language pair: the glossary's and every quality check that is not off. */
    private record PairChecks(TermCheck terms, List<Bound> quality, List<String> notices, List<String> limitations) {
    }

    /** A quality check bound to a pair, with its rule. */
    private record Bound(Rule rule, PairCheck check) {
    }

    public CheckService(Glossary glossary, Languages languages, CheckConfig config) {
        this.glossary = glossary;
        this.languages = languages;
        this.config = config;
    }

    /**
     * Checks documents already read; {@code files[i]} is where {@code documents[i]} came from.
     * The segments of each language pair are compared across all of them.
     */
    public CheckResult check(List<Path> files, List<XliffDocument> documents) {
        Map<TransUnit, List<Segment>> segments = new IdentityHashMap<>();
        learn(files, documents, segments);
        List<CheckResult.FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            for (XliffFile f : documents.get(i).files()) {
                results.add(checkFile(files.get(i), f, segments));
            }
        }
        return new CheckResult(results, List.copyOf(notices), List.of(), List.copyOf(limitations));
    }

    /**
     * Shows the checks that compare segments or learn from the project every translated segment
     * of these documents, pair by pair, so that later checks of their units, together or one by
     * one, are checked against them.
     */
    public void learn(List<Path> files, List<XliffDocument> documents) {
        learn(files, documents, null);
    }

    /** {@link #learn}, keeping each unit's segments in {@code segments} when it is given, for the check to reuse. */
    private void learn(List<Path> files, List<XliffDocument> documents, Map<TransUnit, List<Segment>> segments) {
        Map<PairChecks, List<Segment>> byPair = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            for (XliffFile f : documents.get(i).files()) {
                String trg = f.targetLanguage();
                if (trg == null || trg.isBlank()) {
                    continue;
                }
                PairChecks pc = pair(f.sourceLanguage(), trg);
                List<Segment> all = byPair.computeIfAbsent(pc, k -> new ArrayList<>());
                for (TransUnit u : f.units()) {
                    if (u.translatable()) {
                        List<Segment> of = UnitTexts.segments(files.get(i), u);
                        all.addAll(of);
                        if (segments != null) {
                            segments.put(u, of);
                        }
                    }
                }
            }
        }
        // one check after the other, each learning on both cores (PairCheck.learnFrom): at once,
        // two checks would each count the same segments' texts (TextFacts) before the other had
        // kept what it counted; the pass over the units starts after
        for (Map.Entry<PairChecks, List<Segment>> e : byPair.entrySet()) {
            List<Segment> all = List.copyOf(e.getValue());
            e.getKey().quality().forEach(b -> PairCheck.learnAll(b.check(), all));
        }
    }

    /**
     * Learning from units as a file is streamed, before any is checked ({@link #checkUnits}): the
     * same as {@link #learn} with the committed files' units in order, keeping only what the
     * checks that learn need of each segment.
     */
    public Learning learning() {
        return new Learning();
    }

    /** See {@link #learning}: {@code file}, its units, then {@code commit} or {@code discard}, file by file; {@code finish} once. */
    public final class Learning {
        private final Map<PairChecks, List<PairCheck.Learner>> learners = new LinkedHashMap<>();
        /** The pairs of the file being read, in order: announced when it is committed. */
        private final List<PairChecks> reading = new ArrayList<>();
        private List<PairCheck.Learner> current = List.of();

        private Learning() {
        }

        /** A {@code <file>} of these languages begins; its units follow. */
        public void file(String sourceLanguage, String targetLanguage) {
            PairChecks pc = pairChecks(sourceLanguage, targetLanguage);
            reading.add(pc);
            current = learners.computeIfAbsent(pc, k -> {
                List<PairCheck.Learner> out = new ArrayList<>();
                for (Bound b : k.quality()) {
                    out.add(b.check().learner());
                }
                return out;
            });
        }

        public void unit(Path path, TransUnit u) {
            if (!u.translatable() || current.isEmpty()) {
                return;
            }
            for (Segment s : UnitTexts.segments(path, u)) {
                for (PairCheck.Learner l : current) {
                    l.add(s);
                }
            }
        }

        /** The units since the last commit or discard count: their file was read to its end. */
        public void commit() {
            learners.values().forEach(ls -> ls.forEach(PairCheck.Learner::commit));
            reading.forEach(CheckService.this::announce);
            reading.clear();
        }

        /** The units since the last commit or discard do not count: their file could not be read. */
        public void discard() {
            learners.values().forEach(ls -> ls.forEach(PairCheck.Learner::discard));
            reading.clear();
        }

        public void finish() {
            learners.values().forEach(ls -> ls.forEach(PairCheck.Learner::finish));
        }
    }

    private CheckResult.FileResult checkFile(Path path, XliffFile file, Map<TransUnit, List<Segment>> segments) {
        String src = file.sourceLanguage();
        String trg = file.targetLanguage();
        if (trg == null || trg.isBlank()) {
            // never "checked" with nothing checked: the caller tells the locale (TargetLocales) or fails
            throw WorkbenchException.inFile(path, "<file original=\"" + file.original() + "\"> has no target-language;"
                    + " its locale is unknown, so it cannot be checked").remedy(Remedy.GIVE_TARGET_LANGUAGE, null);
        }
        PairChecks check = pair(src, trg);
        List<TransUnit> translatable = new ArrayList<>();
        for (TransUnit u : file.units()) {
            if (u.translatable()) {
                translatable.add(u);
            }
        }
        return new CheckResult.FileResult(path, src, trg, checkBatch(path, check, translatable, segments::get));
    }

    /**
     * The results of a batch of units of one file, in their order: the per-unit pass of a file
     * streamed in batches. {@code units} may hold units that are not translatable, which are
     * left out as in a whole file's result; the segments of the units' language pair must have
     * been learnt ({@link #learning}) when the checks that learn are to know the locale.
     */
    public List<CheckResult.UnitResult> checkUnits(Path path, String sourceLanguage, String targetLanguage,
            List<TransUnit> units) {
        List<TransUnit> translatable = new ArrayList<>(units.size());
        for (TransUnit u : units) {
            if (u.translatable()) {
                translatable.add(u);
            }
        }
        return checkBatch(path, pair(sourceLanguage, targetLanguage), translatable, u -> UnitTexts.segments(path, u));
    }

    /** The per-unit pass over translatable units; {@code made} gives each unit's segments. */
    private List<CheckResult.UnitResult> checkBatch(Path path, PairChecks check, List<TransUnit> translatable,
            java.util.function.Function<TransUnit, List<Segment>> made) {
        // Every check of every unit on both cores, each unit on one thread from its glossary check to
        // its last quality check, so that what the glossary check found in its translation (the
        // term matches, TermMatches) and the words of its segments (TextScan), remembered per
        // thread, are there for the quality checks. A unit's checks depend on its text, the shared
        // read-only term indexes, and what the checks learnt before this pass ({@link #learning});
        // the checks' own caches are safe to share. The results are kept by the unit's place, so
        // the findings come out in the batch's order whatever thread found them.
        CheckResult.UnitResult[] done = new CheckResult.UnitResult[translatable.size()];
        java.util.stream.IntStream.range(0, translatable.size()).parallel().forEach(i -> {
            TransUnit u = translatable.get(i);
            done[i] = checkUnit(path, u, check, made.apply(u));
        });
        return java.util.Arrays.asList(done);
    }

    /**
     * The findings for one unit of a file whose languages are {@code sourceLanguage} and
     * {@code targetLanguage}: what the translator's shell shows the moment a target is entered.
     */
    public List<Finding> check(Path path, String sourceLanguage, String targetLanguage, TransUnit unit) {
        return checkUnit(path, unit, pair(sourceLanguage, targetLanguage), null).findings();
    }

    /** Notes gathered while checking (languages without a grammar module, and the like). */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** What the checks could not do for a language pair, said once (a locale without a spelling dictionary). */
    public List<String> limitations() {
        return List.copyOf(limitations);
    }

    private PairChecks pair(String src, String trg) {
        return announce(pairChecks(src, trg));
    }

    /** The pair's notes and limitations join the run's, the first time in the order pairs are announced. */
    private PairChecks announce(PairChecks pc) {
        notices.addAll(pc.notices());
        limitations.addAll(pc.limitations());
        return pc;
    }

    /**
     * The checks of a pair, made the first time it is asked for; what they say when made is kept
     * with them, for {@link #announce} to say once a file of the pair is known to be checked (a
     * streamed file that turns out unreadable says nothing, as when it is read whole).
     */
    private PairChecks pairChecks(String src, String trg) {
        return pairs.computeIfAbsent(src + "\u0000" + trg, k -> {
            List<String> said = new ArrayList<>();
            List<String> cannot = new ArrayList<>();
            for (String lang : List.of(src, trg)) {
                if (!languages.has(lang)) {
                    said.add("no grammar module for '" + lang + "': its terms match only as written");
                }
            }
            TermCheck c = new TermCheck(index(src), index(trg));
            if (c.sourceIndex().terms().isEmpty()) {
                said.add("the glossary has no '" + src + "' terms: nothing can be found in the source");
            }
            if (c.targetIndex().terms().isEmpty()) {
                said.add("the glossary has no '" + trg + "' terms: translations into it are not term-checked");
            }
            LanguagePair languagePair = new LanguagePair(src, trg, config, () -> index(src), () -> index(trg),
                    languages.forTag(trg), cannot::add);
            List<Bound> quality = new ArrayList<>();
            for (SegmentCheck q : QualityChecks.ALL) {
                if (config.severity(q.rule()) != Severity.OFF) {
                    quality.add(new Bound(q.rule(), q.forPair(languagePair)));
                }
            }
            return new PairChecks(c, List.copyOf(quality), List.copyOf(said), List.copyOf(cannot));
        });
    }

    private TermIndex index(String language) {
        return TermIndexes.of(glossary, languages).get(language);
    }

    /** One unit; {@code made} are its segments when already made, else {@code null}. */
    private CheckResult.UnitResult checkUnit(Path path, TransUnit u, PairChecks checks, List<Segment> made) {
        TermCheck check = checks.terms();
        SourcePosition unitPos = u.position() != null ? u.position() : SourcePosition.of(path);
        SourcePosition at = u.targetPosition() != null ? u.targetPosition() : unitPos;
        List<Finding> findings = new ArrayList<>();
        Content target = u.target();
        if (target == null || !target.joined().hasText()) {
            add(findings, Rule.UNTRANSLATED, unitPos, u.id(), null, null, "no translation yet", List.of(), List.of());
            return new CheckResult.UnitResult(u.id(), unitPos, false, findings, u.source().plainText());
        }
        int untranslatedSegments = 0;
        List<Part> segments = u.source().segments();
        if (u.segmented()) {
            for (Part s : segments) {
                Fragment t = u.targetSegment(s.segmentId());
                if (!((t != null && t.hasText()) || !s.content().hasText())) {
                    untranslatedSegments++;
                }
            }
        }
        if (untranslatedSegments > 0) {
            add(findings, Rule.UNTRANSLATED, at, u.id(), null, null, untranslatedSegments + " of " + segments.size()
                    + " segments have no translation yet; only the translated ones are checked", List.of(), List.of());
        }
        List<TermCheck.Problem> problems = UnitTexts.termProblems(u, check, made);
        for (TermCheck.Problem p : problems) {
            String segment = TermSegments.of(u, p, check);
            add(findings, p.rule(), segment == null ? at : u.targetPosition(segment), u.id(), segment, p.concept().id(),
                    p.message(), p.expected(), p.found());
        }
        InlineCodes.check(u, at, (where, segmentId, message, missing, extra) -> add(findings, Rule.INLINE_CODES, where, u.id(),
                segmentId, null, message, missing, extra));
        if (!checks.quality().isEmpty()) {
            for (Segment s : made != null ? made : UnitTexts.segments(path, u)) {
                for (Bound b : checks.quality()) {
                    b.check().check(s, (message, expected, found) -> add(findings, b.rule(),
                            s.position() != null ? s.position() : at, u.id(), s.segmentId(), null, message, expected, found));
                }
            }
        }
        return new CheckResult.UnitResult(u.id(), unitPos, true, findings, u.source().plainText());
    }

    private void add(List<Finding> findings, Rule rule, SourcePosition at, String unitId, String segmentId,
            String conceptId, String message, List<String> expected, List<String> found) {
        Severity s = config.severity(rule);
        if (s != Severity.OFF) {
            findings.add(new Finding(rule, s, at, unitId, segmentId, conceptId, message, expected, found));
        }
    }
}
