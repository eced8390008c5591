package org.l10nwb.core.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Suppressions;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemorySink;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.TranslationMemory;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.review.SignOff;
import org.l10nwb.core.model.Status;

/**
 * A translator working through one XLIFF file segment by segment: where they are, what the
 * glossary and the memory offer for the segment in hand, and every change written to disk before
 * the call returns.
 *
 * <p><b>Nothing lost.</b> Each change is written through {@link org.l10nwb.core.io.LockedUpdate} (temporary file,
 * forced to disk, renamed; with the sign-off log in the same change when an editor approves), so
 * a crash or {@code kill -9} loses at most what was being typed. The file is locked for the
 * session's lifetime ({@link SessionFile}); a second session on it is read-only and says who
 * holds it. Before every command the file on disk is compared with what the session last read or
 * wrote: a change made behind its back is reloaded, and a change to the very unit being edited
 * is never overwritten (the translator's text is handed back instead).
 *
 * <p>The session coordinates: the segments and the position ({@link SegmentList}), the hints
 * ({@link SegmentHints}), search ({@link SegmentSearch}) and the file ({@link SessionFile}).
 *
 * <p><b>States.</b> XLIFF 1.2 keeps one state per unit (a paragraph), while translators work per
 * segment (a sentence). Entering text makes the unit a draft ({@code new}); {@code confirm}
 * marks the segment confirmed ({@code wb:state="translated"} on its {@code <mrk>}) and makes the
 * unit {@code translated} once all its segments have text and are confirmed. A target that fails the checks is
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
        FINDING,
        /** Segments of units an editor rejected (sent back with a reason). */
        REJECTED,
        /** Segments of units that need review: rejected ones, and those filled from the memory. */
        NEEDS_REVIEW
    }

    private final SessionFile file;
    private final SessionChecks checks;
    private final SegmentHints hints;
    private final SegmentList segments = new SegmentList();
    private final SessionEdits edits;
    private final List<String> notices = new ArrayList<>();
    private final MemoryHandOff memory = new MemoryHandOff();
    private final Languages languages;
    private String memoryName;

    private TranslationSession(SessionFile file, Glossary glossary, CheckService checks, Languages languages,
            List<TranslationMemory> memories) {
        this.file = file;
        this.languages = languages;
        this.checks = new SessionChecks(checks, file.path());
        this.hints = new SegmentHints(glossary, languages, memories, notices::add);
        segments.rebuild(file.document());
        this.edits = new SessionEdits(file, segments, this::sync, hints::fileChanged, this::findings);
    }

    /**
     * Opens an XLIFF file for translation. It is locked for this session, or opened read-only
     * when another session holds it ({@link #readOnly()} then says so).
     *
     * @param memories memories to consult besides the file's own translated segments
     */
    public static TranslationSession open(Path file, Glossary glossary, CheckService checks, Languages languages,
            List<TranslationMemory> memories) {
        SessionFile f = SessionFile.open(file);
        TranslationSession s = new TranslationSession(f, glossary, checks, languages, memories);
        if (s.segments.isEmpty()) {
            f.close();
            throw WorkbenchException.inFile(file, "nothing to translate in this file");
        }
        return s;
    }

    // ---- state ----------------------------------------------------------------------------

    public Path file() {
        return file.path();
    }

    /** Whether another session holds the file: then nothing can be changed here. */
    public boolean readOnly() {
        return file.readOnly();
    }

    /** Who holds the file when this session is read-only, else {@code null}. */
    public String holder() {
        return file.holder();
    }

    public String sourceLanguage() {
        return xliffFile(segments.current()).sourceLanguage();
    }

    public String targetLanguage() {
        return xliffFile(segments.current()).targetLanguage();
    }

    /** Every segment's address, in document order. */
    public List<SegmentRef> segments() {
        sync();
        return segments.all();
    }

    public SegmentRef current() {
        return segments.current();
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
        sync();
        return segments.move(+1, accepting(filter));
    }

    public boolean previous(Filter filter) {
        sync();
        return segments.move(-1, accepting(filter));
    }

    private java.util.function.Predicate<SegmentRef> accepting(Filter filter) {
        return switch (filter) {
            case ANY -> r -> true;
            case UNTRANSLATED -> this::needsWork;
            case FINDING -> {
                Map<String, List<Finding>> findings = checks.byUnit(file.document());
                yield r -> findings.containsKey(r.unitId());
            }
            case REJECTED -> r -> Review.rejected(unit(r));
            case NEEDS_REVIEW -> r -> status(r) == Status.NEEDS_REVIEW;
        };
    }

    private boolean needsWork(SegmentRef ref) {
        Status s = status(ref);
        return s == Status.UNTRANSLATED || s == Status.DRAFT;
    }

    /**
     * Goes to the first segment that needs work: of a unit an editor rejected, else one without
     * text or in a draft; {@code false} when none does.
     */
    public boolean firstNeedingWork() {
        sync();
        return segments.first(r -> Review.rejected(unit(r))) || segments.first(this::needsWork);
    }

    /**
     * Goes to a segment: {@code 5} (the first segment of unit 5) or {@code 5:2} (its second); an
     * unknown id is a user error listing what exists.
     */
    public void goTo(String id) {
        sync();
        String wanted = id.strip();
        int colon = wanted.lastIndexOf(':');
        if (colon > 0) {
            segments.goTo(wanted.substring(0, colon), wanted.substring(colon + 1), file.path());
        } else {
            segments.goTo(wanted, null, file.path());
        }
    }

    // ---- looking --------------------------------------------------------------------------

    /** The segment in hand with its context, glossary hits, memory matches and findings. */
    public SegmentView view() {
        sync();
        SegmentRef ref = segments.current();
        TransUnit u = unit(ref);
        Fragment source = sourceSegment(ref);
        SegmentRef prev = segments.at(segments.index() - 1);
        SegmentRef next = segments.at(segments.index() + 1);
        Suppressions.Split checked = checks.split(xliffFile(ref), u);
        MemoryQuery q = new MemoryQuery(source.plainText(), prev == null ? null : sourceSegment(prev).plainText(),
                next == null ? null : sourceSegment(next).plainText(), sourceLanguage(), targetLanguage(),
                MemoryQuery.DEFAULT_THRESHOLD, SegmentHints.MEMORY_LIMIT, memoryName() + "#" + ref.id());
        return new SegmentView(ref, segments.index() + 1, segments.size(), source, u.targetSegment(ref.segmentId()),
                status(ref), u.state(), prev == null ? null : sourceSegment(prev), targetSegment(prev),
                next == null ? null : sourceSegment(next), targetSegment(next),
                hints.glossary(source.plainText(), sourceLanguage(), targetLanguage()),
                hints.memory(q, Path.of(memoryName()), file.document()), checked.kept(), checked.suppressed(),
                hints.memoryNames(), u.notes(), Review.rejected(u));
    }

    /** The findings of the checks for the unit of the current segment. */
    public List<Finding> findings() {
        sync();
        return findings(unit(segments.current()));
    }

    private List<Finding> findings(TransUnit u) {
        return checks.of(xliffFile(segments.current()), u);
    }

    /** Where {@code text} occurs in sources or targets, comparing as the language does ({@link SegmentSearch}). */
    public List<SearchHit> search(String text, boolean inSource, boolean inTarget) {
        sync();
        if (text.isBlank()) {
            throw new WorkbenchException("search: give the text to look for");
        }
        return SegmentSearch.search(text, segments.all(), inSource ? this::sourceSegment : null,
                inTarget ? this::targetSegment : null, sourceLanguage(), targetLanguage(), languages);
    }

    /** Segments by status, and the units with findings. */
    public Progress progress() {
        sync();
        return checks.progress(segments.all().stream().map(this::status).toList(),
                (int) segments.all().stream().filter(r -> Review.rejected(unit(r))).count(), file.document());
    }

    // ---- changing -------------------------------------------------------------------------

    /**
     * Sets the current segment's translation to what the translator typed (inline codes in their
     * short form, {@code <g1>…</g1>}); the unit becomes a draft until confirmed.
     */
    public Change translate(String typed) {
        SegmentRef ref = segments.current();
        Fragment target = InlineInput.parse(typed.strip(), sourceSegment(ref));
        if (!target.hasText() && target.codes().isEmpty()) {
            throw new WorkbenchException("t: give the translation (to remove one, use 'undo' or 'clear-target')");
        }
        return setSegment(target, "translated " + ref.id() + " as a draft");
    }

    /** Copies the source segment, codes and all, into the target (to edit it from there). */
    public Change copySource() {
        SegmentRef ref = segments.current();
        return setSegment(sourceSegment(ref), "copied the source into " + ref.id() + " as a draft");
    }

    /**
     * Memory match {@code n} of the segment's panel (1 is the first) as its translation, the
     * match's inline codes made the segment's own ({@link MatchText}); a draft until confirmed.
     */
    public Change useMatch(int n) {
        SegmentRef ref = segments.current();
        List<MemoryMatch> matches = view().memory();
        if (matches.isEmpty()) {
            throw new WorkbenchException("no memory match for " + ref.id() + " to use");
        }
        if (n < 1 || n > matches.size()) {
            throw new WorkbenchException("no match " + n + " for " + ref.id() + " (" + (matches.size() == 1
                    ? "there is one: 1" : "matches 1 to " + matches.size()) + ")");
        }
        MemoryMatch m = matches.get(n - 1);
        return setSegment(MatchText.forSegment(m.target(), sourceSegment(ref)),
                "used match " + n + " (" + m.score() + " %) in " + ref.id() + " as a draft");
    }

    /** The forms approved term {@code n} of the segment's glossary panel (1 is the first) can be inserted in. */
    public TermForms termForms(int n) {
        SegmentRef ref = segments.current();
        List<GlossaryHit> hits = hints.glossary(sourceSegment(ref).plainText(), sourceLanguage(), targetLanguage());
        if (n < 1 || n > hits.size()) {
            throw new WorkbenchException(hits.isEmpty() ? "no glossary term in the source of " + ref.id()
                    : "no term " + n + " for " + ref.id() + " (terms 1 to " + hits.size() + ")");
        }
        GlossaryHit h = hits.get(n - 1);
        if (h.approved().isEmpty()) {
            throw new WorkbenchException("“" + h.sourceText() + "” has no approved term in " + targetLanguage());
        }
        return hints.forms(h, targetLanguage());
    }

    /** Adds {@code text} (a term in the form chosen) at the end of the current segment's translation. */
    public Change insert(String text) {
        SegmentRef ref = segments.current();
        Fragment now = targetSegment(ref);
        String typed = now == null ? "" : now.display();
        String joined = typed.isEmpty() || typed.endsWith(" ") ? typed + text : typed + " " + text;
        return setSegment(InlineInput.parse(joined, sourceSegment(ref)),
                "inserted “" + text + "” into " + ref.id() + " as a draft");
    }

    /** Empties the current segment's translation. */
    public Change clear() {
        return setSegment(Fragment.EMPTY, "cleared " + segments.current().id());
    }

    private Change setSegment(Fragment content, String description) {
        return edits.setSegment(content, description);
    }

    /**
     * Confirms the translation of the current segment. The unit becomes {@code translated} when
     * every one of its segments has text and is confirmed; until then it stays a draft, the
     * segment's confirmation is written on its own (it survives a restart) and the answer says
     * which segments are still empty or unconfirmed. A unit already translated or signed off stays
     * as it is.
     */
    public Change confirm() {
        return confirm(false, null);
    }

    /**
     * Confirms as {@link #confirm()} does; a unit with findings at error severity is refused
     * unless {@code force}, and a forced confirmation is recorded in a note from {@code who}.
     * Such a unit does not enter the translation memory: the notice says so. A unit enters the
     * memory once it is translated, not segment by segment.
     */
    public Change confirm(boolean force, String who) {
        Change c = edits.confirm(force, who);
        if (Status.of(unit(segments.current())) != Status.TRANSLATED) {
            return c;
        }
        memory.confirmed(c, segments.current().unitId(), segments.all(), this::sourceSegment, this::targetSegment,
                Path.of(memoryName()), targetLanguage(), notices::add);
        return c;
    }

    /**
     * Names the file in the memory's origins ({@code locales/ru/article.xlf#5:2}) by its path in
     * the project, so that every clone of a shared project records the same origin for a segment
     * (by default, the path the file was opened with).
     */
    public void nameInMemory(String projectRelative) {
        this.memoryName = projectRelative;
    }

    private String memoryName() {
        return memoryName != null ? memoryName : file.path().toString();
    }

    /** Confirmed units are handed to {@code sink} (the project's translation memory) once saved. */
    public void rememberConfirmedIn(MemorySink sink) {
        memory.to(sink);
    }

    /**
     * An editor's decision on the current segment's unit, through the same {@link SignOff} as
     * decisions applied from a report: approving signs it off and records what was signed off in
     * the file's sign-off log, written in the same change as the XLIFF.
     */
    public Change review(Review.Action action, String reviewer, String text) {
        return review(action, reviewer, text, false);
    }

    /**
     * An editor's decision; approving a unit with findings at error severity is refused unless
     * {@code force}, and a forced approval is recorded in a note from the reviewer.
     */
    public Change review(Review.Action action, String reviewer, String text, boolean force) {
        return edits.review(action, reviewer, text, force);
    }

    /** Takes back the last change of this session (of any segment), and goes to the segment it changed. */
    public Change undo() {
        return edits.undo();
    }

    // ---- the file -------------------------------------------------------------------------

    /** Reloads the file when it changed on disk since the session last read or wrote it. */
    private void sync() {
        if (file.sync()) {
            segments.rebuild(file.document());
            hints.fileChanged();
            notices.add(file.path() + " changed on disk; reloaded it");
        }
    }

    private XliffFile xliffFile(SegmentRef ref) {
        return file.document().files().get(ref.fileIndex());
    }

    private TransUnit unit(SegmentRef ref) {
        TransUnit u = file.unit(ref.unitId());
        if (u == null) {
            throw new IllegalStateException("no unit " + ref.unitId());
        }
        return u;
    }

    private Fragment sourceSegment(SegmentRef ref) {
        return unit(ref).source().segment(ref.segmentId()).map(Part::content).orElse(Fragment.EMPTY);
    }

    private Fragment targetSegment(SegmentRef ref) {
        return ref == null ? null : unit(ref).targetSegment(ref.segmentId());
    }

    private Status status(SegmentRef ref) {
        TransUnit u = unit(ref);
        return Status.of(u, ref.segmentId());
    }

    /** Releases the file lock and closes the memories that hold resources (an index). */
    @Override
    public void close() {
        hints.close();
        file.close();
    }
}
