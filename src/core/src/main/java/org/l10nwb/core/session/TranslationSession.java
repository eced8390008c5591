package org.l10nwb.core.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.memory.MemorySink;
import org.l10nwb.core.memory.TranslationMemory;
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
 * <p>The session coordinates: the segments and the position ({@link SegmentList}), moving
 * ({@link SegmentMoves}), what the translator sees ({@link SegmentPanel}, with the hints of
 * {@link SegmentHints} and search of {@link SegmentSearch}), the translation given
 * ({@link TargetInput}), the edits ({@link SessionEdits}) and the file ({@link SessionFile}).
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
    private final SegmentHints hints;
    private final SegmentList segments = new SegmentList();
    private final SegmentPanel panel;
    private final SegmentMoves moves;
    private final SessionEdits edits;
    private final TargetInput input;
    private final SegmentAccess access;
    private final List<String> notices = new ArrayList<>();
    private final MemoryHandOff memory = new MemoryHandOff();
    private String memoryName;

    private TranslationSession(SessionFile file, Glossary glossary, CheckService checks, Languages languages,
            List<TranslationMemory> memories) {
        this.file = file;
        this.access = new SegmentAccess(file);
        SessionChecks sessionChecks = new SessionChecks(checks, file.path());
        this.hints = new SegmentHints(glossary, languages, memories, notices::add);
        segments.rebuild(file.document());
        this.panel = new SegmentPanel(segments, access, sessionChecks, hints, file, languages, this::memoryName);
        this.moves = new SegmentMoves(segments, access, sessionChecks, file);
        this.edits = new SessionEdits(file, segments, this::sync, hints::fileChanged, panel::findings);
        this.input = new TargetInput(segments, access, edits, hints, panel, this::view);
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
        return panel.sourceLanguage();
    }

    public String targetLanguage() {
        return panel.targetLanguage();
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
        return moves.move(+1, filter);
    }

    public boolean previous(Filter filter) {
        sync();
        return moves.move(-1, filter);
    }

    /**
     * Goes to the first segment that needs work: of a unit an editor rejected, else one without
     * text or in a draft; {@code false} when none does.
     */
    public boolean firstNeedingWork() {
        sync();
        return moves.firstNeedingWork();
    }

    /**
     * Goes to a segment: {@code 5} (the first segment of unit 5) or {@code 5:2} (its second); an
     * unknown id is a user error listing what exists.
     */
    public void goTo(String id) {
        sync();
        moves.goTo(id);
    }

    // ---- looking --------------------------------------------------------------------------

    /** The segment in hand with its context, glossary hits, memory matches and findings. */
    public SegmentView view() {
        sync();
        return panel.view();
    }

    /** The findings of the checks for the unit of the current segment. */
    public List<Finding> findings() {
        sync();
        return panel.findings(access.unit(segments.current()));
    }

    /** Where {@code text} occurs in sources or targets, comparing as the language does ({@link SegmentSearch}). */
    public List<SearchHit> search(String text, boolean inSource, boolean inTarget) {
        sync();
        return panel.search(text, inSource, inTarget);
    }

    /** Segments by status, and the units with findings. */
    public Progress progress() {
        sync();
        return panel.progress();
    }

    // ---- changing -------------------------------------------------------------------------

    /**
     * Sets the current segment's translation to what the translator typed (inline codes in their
     * short form, {@code <g1>…</g1>}); the unit becomes a draft until confirmed.
     */
    public Change translate(String typed) {
        return input.translate(typed);
    }

    /** Copies the source segment, codes and all, into the target (to edit it from there). */
    public Change copySource() {
        return input.copySource();
    }

    /**
     * Memory match {@code n} of the segment's panel (1 is the first) as its translation, the
     * match's inline codes made the segment's own ({@link MatchText}); a draft until confirmed.
     */
    public Change useMatch(int n) {
        return input.useMatch(n);
    }

    /** The forms approved term {@code n} of the segment's glossary panel (1 is the first) can be inserted in. */
    public TermForms termForms(int n) {
        return input.termForms(n);
    }

    /** Adds {@code text} (a term in the form chosen) at the end of the current segment's translation. */
    public Change insert(String text) {
        return input.insert(text);
    }

    /** Empties the current segment's translation. */
    public Change clear() {
        return input.clear();
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
        if (Status.of(access.unit(segments.current())) != Status.TRANSLATED) {
            return c;
        }
        memory.confirmed(c, segments.current().unitId(), segments.all(), access::source, access::target,
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

    /** Releases the file lock and closes the memories that hold resources (an index). */
    @Override
    public void close() {
        hints.close();
        file.close();
    }
}
