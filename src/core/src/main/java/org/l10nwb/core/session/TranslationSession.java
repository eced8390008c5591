package org.l10nwb.core.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.StringCharacterIterator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.RuleBasedCollator;
import com.ibm.icu.text.SearchIterator;
import com.ibm.icu.text.StringSearch;
import com.ibm.icu.util.ULocale;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Rule;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.memory.ConfirmedSegment;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemorySink;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.ProjectMemory;
import org.l10nwb.core.memory.TranslationMemory;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.review.SignOffLog;
import org.l10nwb.core.stats.StatsService;
import org.l10nwb.core.stats.StatsService.Status;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermMatch;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xliff.XliffWriter;

/**
 * A translator working through one XLIFF file segment by segment: where they are, what the
 * glossary and the memory offer for the segment in hand, and every change written to disk before
 * the call returns.
 *
 * <p><b>Nothing lost.</b> Each change is written with an atomic replace (temporary file, forced to
 * disk, renamed), so a crash or {@code kill -9} loses at most what was being typed. The file is
 * locked for editing ({@link EditLock}); a second session on it is read-only and says who holds
 * it. Before every command the file on disk is compared with what the session last read or
 * wrote: a change made behind its back is reloaded, and a change to the very unit being edited
 * is never overwritten (the translator's text is handed back instead).
 *
 * <p><b>States.</b> XLIFF 1.2 keeps one state per unit (a paragraph), while translators work per
 * segment (a sentence). Entering text makes the unit a draft ({@code new}); {@code confirm}
 * makes it {@code translated} once all its segments have text. A target that fails the checks is
 * saved all the same, with its findings shown.
 */
public final class TranslationSession implements AutoCloseable {

    /** Which segments {@link #next} and {@link #previous} stop at. */
    public enum Filter {
        /** Every segment. */
        ANY,
        /** Segments without text, or in a unit still a draft. */
        UNTRANSLATED,
        /** Segments of units with a finding of the checks (untranslated units aside). */
        FINDING
    }

    /** A segment's address: its unit and its {@code mid}. */
    public record SegmentRef(int fileIndex, String unitId, String segmentId) {
        /** {@code 5:2}: unit 5, segment 2. */
        public String id() {
            return unitId + ":" + segmentId;
        }
    }

    /**
     * A concept of the glossary found in the segment's source.
     *
     * @param sourceText the source words as written
     * @param approved the preferred and admitted terms of the target language
     * @param forbidden the deprecated and superseded ones
     * @param note why, from the glossary (target language first), or {@code null}
     */
    public record GlossaryHit(String sourceText, Concept concept, List<Term> approved, List<Term> forbidden,
            String note) {
    }

    /** What {@code show} prints: the segment, its neighbours, hints and findings. */
    public record SegmentView(SegmentRef ref, int position, int total, Fragment source, Fragment target,
            Status status, TargetState state, Fragment previousSource, Fragment previousTarget, Fragment nextSource,
            Fragment nextTarget, List<GlossaryHit> glossary, List<MemoryMatch> memory, List<Finding> findings,
            List<String> memoryNames) {
    }

    /** A place where searched text occurs. */
    public record SearchHit(SegmentRef ref, int position, boolean inTarget, String text, int start, int end) {
    }

    /** How far the file is. */
    public record Progress(int segments, Map<Status, Integer> byStatus, int unitsWithFindings,
            Map<String, Integer> findingsByRule) {
        public int count(Status s) {
            return byStatus.getOrDefault(s, 0);
        }

        public int percentDone() {
            int done = count(Status.TRANSLATED) + count(Status.NEEDS_REVIEW) + count(Status.SIGNED_OFF);
            return segments == 0 ? 100 : done * 100 / segments;
        }
    }

    /**
     * What a command did, for the shell to print.
     *
     * @param saved whether the file was written (a command that changed nothing writes nothing)
     */
    public record Change(String description, boolean saved, List<Finding> findings) {
    }

    private record Undo(String unitId, TransUnit before, TransUnit after, String description) {
    }

    private static final int MEMORY_LIMIT = 3;

    private final Path file;
    private final Glossary glossary;
    private final CheckService checks;
    private final Languages languages;
    private final List<TranslationMemory> memories;
    private final EditLock lock;
    private final String holder;
    private final XliffReader reader = new XliffReader();
    private final XliffWriter writer = new XliffWriter();
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final List<String> notices = new ArrayList<>();
    private final Map<String, TermIndex> indexes = new HashMap<>();
    /** Memory problems already told to the translator, so that each is told once. */
    private final java.util.Set<String> memoryProblems = new java.util.HashSet<>();

    private XliffDocument document;
    private byte[] onDisk;
    private List<SegmentRef> segments;
    private int current;
    private ProjectMemory ownMemory;
    private MemorySink memorySink;

    private TranslationSession(Path file, byte[] bytes, XliffDocument document, Glossary glossary, CheckService checks,
            Languages languages, List<TranslationMemory> memories, EditLock lock) {
        this.file = file;
        this.glossary = glossary;
        this.checks = checks;
        this.languages = languages;
        this.memories = List.copyOf(memories);
        this.lock = lock;
        this.holder = lock == null ? EditLock.holder(file) : null;
        adopt(document, bytes);
    }

    /**
     * Opens an XLIFF file for translation. It is locked for this session, or opened read-only
     * when another session holds it ({@link #readOnly()} then says so).
     *
     * @param memories memories to consult besides the file's own translated segments
     */
    public static TranslationSession open(Path file, Glossary glossary, CheckService checks, Languages languages,
            List<TranslationMemory> memories) {
        if (!Files.isRegularFile(file)) {
            throw WorkbenchException.inFile(file, "no such XLIFF file");
        }
        EditLock lock = EditLock.tryAcquire(file);
        try {
            byte[] bytes = read(file);
            XliffDocument doc = new XliffReader().read(file, bytes);
            for (XliffFile f : doc.files()) {
                if (f.targetLanguage() == null || f.targetLanguage().isBlank()) {
                    throw WorkbenchException.inFile(file, "<file original=\"" + f.original()
                            + "\"> has no target-language; extract it for a target locale first");
                }
            }
            TranslationSession s = new TranslationSession(file, bytes, doc, glossary, checks, languages, memories, lock);
            if (s.segments.isEmpty()) {
                throw WorkbenchException.inFile(file, "nothing to translate in this file");
            }
            return s;
        } catch (RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    // ---- state ----------------------------------------------------------------------------

    public Path file() {
        return file;
    }

    /** Whether another session holds the file: then nothing can be changed here. */
    public boolean readOnly() {
        return lock == null;
    }

    /** Who holds the file when this session is read-only, else {@code null}. */
    public String holder() {
        return holder;
    }

    public String sourceLanguage() {
        return document.files().get(segments.get(current).fileIndex()).sourceLanguage();
    }

    public String targetLanguage() {
        return document.files().get(segments.get(current).fileIndex()).targetLanguage();
    }

    /** Every segment's address, in document order. */
    public List<SegmentRef> segments() {
        sync();
        return List.copyOf(segments);
    }

    public SegmentRef current() {
        return segments.get(current);
    }

    /** Messages about what happened outside the session (the file reloaded…), once each. */
    public List<String> drainNotices() {
        List<String> out = List.copyOf(notices);
        notices.clear();
        return out;
    }

    // ---- moving ---------------------------------------------------------------------------

    /** Moves to the next segment the filter accepts; {@code false} (and no move) when there is none. */
    public boolean next(Filter filter) {
        return move(+1, filter);
    }

    public boolean previous(Filter filter) {
        return move(-1, filter);
    }

    private boolean move(int step, Filter filter) {
        sync();
        Map<String, List<Finding>> findings = filter == Filter.FINDING ? findingsByUnit() : Map.of();
        for (int i = current + step; i >= 0 && i < segments.size(); i += step) {
            if (accepts(segments.get(i), filter, findings)) {
                current = i;
                return true;
            }
        }
        return false;
    }

    private boolean accepts(SegmentRef ref, Filter filter, Map<String, List<Finding>> findings) {
        return switch (filter) {
            case ANY -> true;
            case UNTRANSLATED -> {
                Status s = status(ref);
                yield s == Status.UNTRANSLATED || s == Status.DRAFT;
            }
            case FINDING -> findings.containsKey(ref.unitId());
        };
    }

    /** Goes to the first segment that needs work (no text, or a draft); {@code false} when none does. */
    public boolean firstNeedingWork() {
        sync();
        for (int i = 0; i < segments.size(); i++) {
            if (accepts(segments.get(i), Filter.UNTRANSLATED, Map.of())) {
                current = i;
                return true;
            }
        }
        return false;
    }

    /**
     * Goes to a segment: {@code 5} (the first segment of unit 5) or {@code 5:2} (its second); an
     * unknown id is a user error listing what exists.
     */
    public void goTo(String id) {
        sync();
        String wanted = id.strip();
        String unitId = wanted;
        String segmentId = null;
        int colon = wanted.lastIndexOf(':');
        if (colon > 0) {
            unitId = wanted.substring(0, colon);
            segmentId = wanted.substring(colon + 1);
        }
        boolean unitSeen = false;
        for (int i = 0; i < segments.size(); i++) {
            SegmentRef r = segments.get(i);
            if (r.unitId().equals(unitId)) {
                unitSeen = true;
                if (segmentId == null || r.segmentId().equals(segmentId)) {
                    current = i;
                    return;
                }
            }
        }
        if (unitSeen) {
            String unit = unitId;
            throw new WorkbenchException("unit " + unit + " has no segment " + segmentId + " (it has "
                    + String.join(", ", segments.stream().filter(r -> r.unitId().equals(unit)).map(SegmentRef::id)
                            .toList()) + ")");
        }
        throw new WorkbenchException("no unit '" + unitId + "' in " + file + " (units " + segments.get(0).unitId() + " to "
                + segments.get(segments.size() - 1).unitId() + ")");
    }

    // ---- looking --------------------------------------------------------------------------

    /** The segment in hand with its context, glossary hits, memory matches and findings. */
    public SegmentView view() {
        sync();
        SegmentRef ref = segments.get(current);
        TransUnit u = unit(ref);
        Fragment source = sourceSegment(u, ref.segmentId());
        SegmentRef prev = current > 0 ? segments.get(current - 1) : null;
        SegmentRef next = current + 1 < segments.size() ? segments.get(current + 1) : null;
        return new SegmentView(ref, current + 1, segments.size(), source, u.targetSegment(ref.segmentId()), status(ref),
                u.state(), prev == null ? null : sourceSegment(unit(prev), prev.segmentId()),
                prev == null ? null : unit(prev).targetSegment(prev.segmentId()),
                next == null ? null : sourceSegment(unit(next), next.segmentId()),
                next == null ? null : unit(next).targetSegment(next.segmentId()), glossaryHits(source.plainText()),
                memoryMatches(prev, ref, next), findings(u), memoryNames());
    }

    /** The findings of the checks for the unit of the current segment. */
    public List<Finding> findings() {
        sync();
        return findings(unit(segments.get(current)));
    }

    private List<Finding> findings(TransUnit u) {
        List<Finding> all = checks.check(file, sourceLanguage(), targetLanguage(), u);
        return all.stream().filter(f -> f.rule() != Rule.UNTRANSLATED).toList();
    }

    private Map<String, List<Finding>> findingsByUnit() {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (XliffFile f : document.files()) {
            for (TransUnit u : f.units()) {
                if (u.translatable()) {
                    List<Finding> found = checks.check(file, f.sourceLanguage(), f.targetLanguage(), u).stream()
                            .filter(x -> x.rule() != Rule.UNTRANSLATED).toList();
                    if (!found.isEmpty()) {
                        out.put(u.id(), found);
                    }
                }
            }
        }
        return out;
    }

    private List<GlossaryHit> glossaryHits(String sourceText) {
        TermIndex index = indexes.computeIfAbsent(sourceLanguage(), l -> TermIndex.build(glossary, l, languages));
        Map<Concept, GlossaryHit> hits = new LinkedHashMap<>();
        String target = targetLanguage();
        for (TermMatch m : index.find(sourceText)) {
            Concept c = m.term().concept();
            if (hits.containsKey(c)) {
                continue;
            }
            List<Term> terms = c.terms(target);
            String note = null;
            for (LanguageSection s : c.sections(target)) {
                if (!s.notes().isEmpty()) {
                    note = s.notes().get(0);
                    break;
                }
            }
            if (note == null && !c.notes().isEmpty()) {
                note = c.notes().get(0);
            }
            hits.put(c, new GlossaryHit(m.surface(), c, terms.stream().filter(Term::allowed).toList(),
                    terms.stream().filter(t -> !t.allowed()).toList(), note));
        }
        return List.copyOf(hits.values());
    }

    private List<MemoryMatch> memoryMatches(SegmentRef prev, SegmentRef ref, SegmentRef next) {
        if (ownMemory == null) {
            ownMemory = new ProjectMemory(new ULocale(sourceLanguage())).add(file.toString(), document);
        }
        MemoryQuery q = new MemoryQuery(sourceSegment(unit(ref), ref.segmentId()).plainText(),
                prev == null ? null : sourceSegment(unit(prev), prev.segmentId()).plainText(),
                next == null ? null : sourceSegment(unit(next), next.segmentId()).plainText(), sourceLanguage(),
                targetLanguage(), MemoryQuery.DEFAULT_THRESHOLD, MEMORY_LIMIT, file + "#" + ref.id());
        List<MemoryMatch> all = new ArrayList<>(ownMemory.lookup(q));
        for (TranslationMemory m : memories) {
            try {
                all.addAll(m.lookup(q));
            } catch (WorkbenchException e) {
                String notice = "the translation memory (" + m.name() + ") gives no matches: " + e.getMessage();
                if (memoryProblems.add(notice)) {
                    notices.add(notice);
                }
            }
        }
        all.sort((a, b) -> a.inContext() != b.inContext() ? (a.inContext() ? -1 : 1) : b.score() - a.score());
        java.util.Set<String> seen = new java.util.HashSet<>();
        all.removeIf(m -> !seen.add(m.source() + "\u0000" + m.target()));
        return all.subList(0, Math.min(MEMORY_LIMIT, all.size()));
    }

    private List<String> memoryNames() {
        List<String> names = new ArrayList<>();
        names.add("this file");
        memories.forEach(m -> names.add(m.name()));
        return names;
    }

    /**
     * Where {@code text} occurs in sources or targets, comparing as the language does (ICU
     * collation at secondary strength: case and width do not count, accents and letters such as
     * Azerbaijani «ı» and «i» do).
     */
    public List<SearchHit> search(String text, boolean inSource, boolean inTarget) {
        sync();
        if (text.isBlank()) {
            throw new WorkbenchException("search: give the text to look for");
        }
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentRef r = segments.get(i);
            TransUnit u = unit(r);
            if (inSource) {
                find(text, sourceSegment(u, r.segmentId()).display(), sourceLanguage(), r, i, false, hits);
            }
            Fragment t = u.targetSegment(r.segmentId());
            if (inTarget && t != null) {
                find(text, t.display(), targetLanguage(), r, i, true, hits);
            }
        }
        return hits;
    }

    private static void find(String pattern, String text, String language, SegmentRef r, int i, boolean inTarget,
            List<SearchHit> hits) {
        if (text.isEmpty()) {
            return;
        }
        RuleBasedCollator collator = (RuleBasedCollator) Collator.getInstance(new ULocale(language));
        collator.setStrength(Collator.SECONDARY);
        StringSearch search = new StringSearch(pattern, new StringCharacterIterator(text), collator);
        search.setElementComparisonType(SearchIterator.ElementComparisonType.STANDARD_ELEMENT_COMPARISON);
        for (int at = search.first(); at != SearchIterator.DONE; at = search.next()) {
            hits.add(new SearchHit(r, i + 1, inTarget, text, at, at + search.getMatchLength()));
        }
    }

    /** Segments by status, and the units with findings. */
    public Progress progress() {
        sync();
        Map<Status, Integer> by = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            by.put(s, 0);
        }
        for (SegmentRef r : segments) {
            by.merge(status(r), 1, Integer::sum);
        }
        Map<String, List<Finding>> findings = findingsByUnit();
        Map<String, Integer> byRule = new LinkedHashMap<>();
        findings.values().forEach(l -> l.forEach(f -> byRule.merge(f.rule().id(), 1, Integer::sum)));
        return new Progress(segments.size(), by, findings.size(), byRule);
    }

    // ---- changing -------------------------------------------------------------------------

    /**
     * Sets the current segment's translation to what the translator typed (inline codes in their
     * short form, {@code <g1>…</g1>}); the unit becomes a draft until confirmed.
     */
    public Change translate(String typed) {
        SegmentRef ref = segments.get(current);
        Fragment source = sourceSegment(unit(ref), ref.segmentId());
        Fragment target = InlineInput.parse(typed.strip(), source);
        if (!target.hasText() && target.codes().isEmpty()) {
            throw new WorkbenchException("t: give the translation (to remove one, use 'undo' or 'clear-target')");
        }
        return setSegment(target, "translated " + ref.id());
    }

    /** Copies the source segment, codes and all, into the target (to edit it from there). */
    public Change copySource() {
        SegmentRef ref = segments.get(current);
        return setSegment(sourceSegment(unit(ref), ref.segmentId()), "copied the source into " + ref.id());
    }

    /** Empties the current segment's translation. */
    public Change clear() {
        return setSegment(Fragment.EMPTY, "cleared " + segments.get(current).id());
    }

    private Change setSegment(Fragment content, String description) {
        return change(u -> {
            String sid = segments.get(current).segmentId();
            Content target = u.source().withSegments(p -> p.segmentId().equals(sid) ? content : existing(u, p));
            boolean any = !target.isEmpty();
            return u.withTarget(any ? target : null, any ? TargetState.NEW : null);
        }, description);
    }

    private static Fragment existing(TransUnit u, Part sourcePart) {
        return u.target() == null ? null : u.target().segment(sourcePart.segmentId()).map(Part::content).orElse(null);
    }

    /**
     * Confirms the translation of the current segment. The unit becomes {@code translated} when
     * every one of its segments has text; until then it stays a draft and the answer says which
     * segments are still empty. A unit already translated or signed off stays as it is.
     */
    public Change confirm() {
        SegmentRef ref = segments.get(current);
        sync();
        TransUnit u = unit(ref);
        Fragment mine = u.targetSegment(ref.segmentId());
        if (mine == null || !mine.hasText() && mine.codes().isEmpty()) {
            throw new WorkbenchException(ref.id() + " has no translation to confirm (type it with 't TEXT')");
        }
        List<String> empty = Review.emptySegments(u);
        if (!empty.isEmpty()) {
            return new Change(ref.id() + " confirmed; unit " + u.id() + " stays a draft until " + String.join(", ", empty)
                    + (empty.size() == 1 ? " has" : " have") + " a translation too", false, findings(u));
        }
        if (u.state() != null && u.state().isTranslated() && !u.state().needsReview()) {
            return new Change("unit " + u.id() + " is already " + u.state(), false, findings(u));
        }
        Change c = change(x -> x.withTarget(x.target(), TargetState.TRANSLATED), "confirmed unit " + u.id());
        if (c.saved() && memorySink != null) {
            remember(ref.unitId());
        }
        return c;
    }

    /** Confirmed units are handed to {@code sink} (the project's translation memory) once saved. */
    public void rememberConfirmedIn(MemorySink sink) {
        this.memorySink = sink;
    }

    /** Gives the sink a confirmed unit's segments, each with the source of its neighbours; a failure is a notice. */
    private void remember(String unitId) {
        List<ConfirmedSegment> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            SegmentRef r = segments.get(i);
            Fragment t = r.unitId().equals(unitId) ? unit(r).targetSegment(r.segmentId()) : null;
            if (t != null && t.hasText()) {
                String prev = i > 0 ? sourceSegment(unit(segments.get(i - 1)), segments.get(i - 1).segmentId()).plainText() : null;
                String next = i + 1 < segments.size()
                        ? sourceSegment(unit(segments.get(i + 1)), segments.get(i + 1).segmentId()).plainText() : null;
                out.add(new ConfirmedSegment(sourceSegment(unit(r), r.segmentId()), t, prev, next, file + "#" + r.id()));
            }
        }
        try {
            memorySink.confirmed(targetLanguage(), out);
        } catch (RuntimeException e) {
            notices.add("not added to the translation memory: " + e.getMessage());
        }
    }

    /**
     * An editor's decision on the current segment's unit ({@link Review}): approving signs it off
     * and records what was signed off in the unit's {@link SignOffLog}.
     */
    public Change review(Review.Action action, String reviewer, String text) {
        SegmentRef ref = segments.get(current);
        Change c = change(u -> Review.apply(u, action, reviewer, text), switch (action) {
            case APPROVE -> "signed off unit " + ref.unitId();
            case REJECT -> "rejected unit " + ref.unitId() + " (needs-review-translation, note from " + reviewer + ")";
            case COMMENT -> "noted on unit " + ref.unitId() + " (from " + reviewer + ")";
        });
        if (action == Review.Action.APPROVE && c.saved()) {
            SignOffLog.of(file).record(ref.unitId(), Review.targetText(unit(ref)), reviewer,
                    java.time.OffsetDateTime.now().withNano(0).toString());
        }
        return c;
    }

    /** Takes back the last change of this session (of any segment), and goes to it. */
    public Change undo() {
        requireWritable();
        if (undo.isEmpty()) {
            throw new WorkbenchException("nothing to undo in this session");
        }
        Undo last = undo.peek();
        sync();
        TransUnit now = unitById(last.unitId());
        if (now == null || !sameContent(now, last.after())) {
            undo.pop();
            throw new WorkbenchException("unit " + last.unitId() + " changed on disk since; nothing undone ("
                    + last.description() + ")");
        }
        replaceUnit(last.unitId(), last.before());
        save();
        undo.pop();
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).unitId().equals(last.unitId())) {
                current = i;
                break;
            }
        }
        return new Change("undid: " + last.description(), true, findings(last.before()));
    }

    private interface UnitEdit {
        TransUnit apply(TransUnit u);
    }

    private Change change(UnitEdit edit, String description) {
        requireWritable();
        SegmentRef ref = segments.get(current);
        TransUnit before = unit(ref);
        sync();
        TransUnit base = unitById(ref.unitId());
        if (base == null) {
            throw new WorkbenchException("unit " + ref.unitId() + " is no longer in " + file
                    + " (it changed on disk); your change was not applied");
        }
        if (!sameContent(before, base)) {
            throw new WorkbenchException("unit " + ref.unitId() + " was changed on disk behind this session's back;"
                    + " reloaded it, and your change was not applied (run the command again)");
        }
        TransUnit after = edit.apply(base);
        if (sameContent(after, base)) {
            return new Change("no change to unit " + ref.unitId(), false, findings(base));
        }
        replaceUnit(ref.unitId(), after);
        save();
        undo.push(new Undo(ref.unitId(), base, after, description));
        return new Change(description, true, findings(after));
    }

    private void requireWritable() {
        if (lock == null) {
            throw new WorkbenchException("read-only: " + file + " is being edited by " + holder
                    + "; changes are possible once that session ends (then 'open' the file again)");
        }
    }

    // ---- the file -------------------------------------------------------------------------

    /** Reloads the file when it changed on disk since the session last read or wrote it. */
    private void sync() {
        byte[] bytes;
        try {
            bytes = read(file);
        } catch (WorkbenchException e) {
            throw new WorkbenchException(SourcePosition.of(file), "can no longer be read (" + e.detail()
                    + "); the session keeps what it had: restore the file, then 'open' it again");
        }
        if (Arrays.equals(bytes, onDisk)) {
            return;
        }
        XliffDocument fresh;
        try {
            fresh = reader.read(file, bytes);
        } catch (WorkbenchException e) {
            throw new WorkbenchException(e.position(), e.detail() + " (the file changed on disk and is not valid"
                    + " XLIFF now; fix it, then run the command again)");
        }
        SegmentRef at = segments.get(current);
        adopt(fresh, bytes);
        int again = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i).equals(at)) {
                again = i;
                break;
            }
        }
        current = again;
        notices.add(file + " changed on disk; reloaded it");
    }

    private void adopt(XliffDocument doc, byte[] bytes) {
        this.document = doc;
        this.onDisk = bytes;
        this.ownMemory = null;
        List<SegmentRef> refs = new ArrayList<>();
        for (int f = 0; f < doc.files().size(); f++) {
            for (TransUnit u : doc.files().get(f).units()) {
                if (!u.translatable()) {
                    continue;
                }
                for (Part s : u.source().segments()) {
                    if (s.content().hasText() || !s.content().codes().isEmpty()) {
                        refs.add(new SegmentRef(f, u.id(), s.segmentId()));
                    }
                }
            }
        }
        this.segments = refs;
        this.current = Math.min(current, Math.max(0, refs.size() - 1));
    }

    private void save() {
        byte[] bytes = writer.write(document);
        AtomicFiles.write(file, bytes);
        onDisk = bytes;
        ownMemory = null;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, AtomicFiles.reason(e));
        }
    }

    private TransUnit unit(SegmentRef ref) {
        TransUnit u = unitById(ref.unitId());
        if (u == null) {
            throw new IllegalStateException("no unit " + ref.unitId());
        }
        return u;
    }

    private TransUnit unitById(String id) {
        for (XliffFile f : document.files()) {
            for (TransUnit u : f.units()) {
                if (u.id().equals(id)) {
                    return u;
                }
            }
        }
        return null;
    }

    private void replaceUnit(String id, TransUnit replacement) {
        List<XliffFile> files = new ArrayList<>();
        for (XliffFile f : document.files()) {
            List<TransUnit> units = new ArrayList<>(f.units());
            units.replaceAll(u -> u.id().equals(id) ? replacement : u);
            files.add(f.withUnits(units));
        }
        document = new XliffDocument(files);
    }

    private static boolean sameContent(TransUnit a, TransUnit b) {
        return Objects.equals(a.target(), b.target()) && Objects.equals(a.state(), b.state())
                && Objects.equals(a.stateQualifier(), b.stateQualifier()) && a.notes().equals(b.notes())
                && a.source().equals(b.source());
    }

    private static Fragment sourceSegment(TransUnit u, String segmentId) {
        return u.source().segment(segmentId).map(Part::content).orElse(Fragment.EMPTY);
    }

    private Status status(SegmentRef ref) {
        TransUnit u = unit(ref);
        return StatsService.status(u, u.source().segment(ref.segmentId()).orElseThrow());
    }

    /** Releases the file lock and closes the memories that hold resources (an index). */
    @Override
    public void close() {
        for (TranslationMemory m : memories) {
            if (m instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    // a reader of derived data; closing the session must not fail on it
                }
            }
        }
        if (lock != null) {
            lock.close();
        }
    }
}
