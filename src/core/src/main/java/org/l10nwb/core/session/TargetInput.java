package org.l10nwb.core.session;

import java.util.List;
import java.util.function.Supplier;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.model.Fragment;

/**
 * The current segment's translation from what the translator gives: text typed with inline codes
 * in their short form, the source copied, a memory match, a glossary term in the form chosen, or
 * nothing. Each becomes one change through {@link SessionEdits}, the unit a draft until confirmed.
 */
final class TargetInput {
    private final SegmentList segments;
    private final SegmentAccess access;
    private final SessionEdits edits;
    private final SegmentHints hints;
    private final SegmentPanel panel;
    private final Supplier<SegmentView> view;

    /** @param view the current segment's panel, the file first brought up to date */
    TargetInput(SegmentList segments, SegmentAccess access, SessionEdits edits, SegmentHints hints, SegmentPanel panel,
            Supplier<SegmentView> view) {
        this.segments = segments;
        this.access = access;
        this.edits = edits;
        this.hints = hints;
        this.panel = panel;
        this.view = view;
    }

    Change translate(String typed) {
        SegmentRef ref = segments.current();
        Fragment target = InlineInput.parse(typed.strip(), access.source(ref));
        if (!target.hasText() && target.codes().isEmpty()) {
            throw new WorkbenchException("t: give the translation (to remove one, use 'undo' or 'clear-target')");
        }
        return edits.setSegment(target, "translated " + ref.id() + " as a draft");
    }

    Change copySource() {
        SegmentRef ref = segments.current();
        return edits.setSegment(access.source(ref), "copied the source into " + ref.id() + " as a draft");
    }

    Change useMatch(int n) {
        SegmentRef ref = segments.current();
        List<MemoryMatch> matches = view.get().memory();
        if (matches.isEmpty()) {
            throw new WorkbenchException("no memory match for " + ref.id() + " to use");
        }
        if (n < 1 || n > matches.size()) {
            throw new WorkbenchException("no match " + n + " for " + ref.id() + " (" + (matches.size() == 1
                    ? "there is one: 1" : "matches 1 to " + matches.size()) + ")");
        }
        MemoryMatch m = matches.get(n - 1);
        return edits.setSegment(MatchText.forSegment(m.target(), access.source(ref)),
                "used match " + n + " (" + m.score() + " %) in " + ref.id() + " as a draft");
    }

    TermForms termForms(int n) {
        SegmentRef ref = segments.current();
        String targetLanguage = panel.targetLanguage();
        List<GlossaryHit> hits = hints.glossary(access.source(ref).plainText(), panel.sourceLanguage(), targetLanguage);
        if (n < 1 || n > hits.size()) {
            throw new WorkbenchException(hits.isEmpty() ? "no glossary term in the source of " + ref.id()
                    : "no term " + n + " for " + ref.id() + " (terms 1 to " + hits.size() + ")");
        }
        GlossaryHit h = hits.get(n - 1);
        if (h.approved().isEmpty()) {
            throw new WorkbenchException("“" + h.sourceText() + "” has no approved term in " + targetLanguage);
        }
        return hints.forms(h, targetLanguage);
    }

    Change insert(String text) {
        SegmentRef ref = segments.current();
        Fragment now = access.target(ref);
        String typed = now == null ? "" : now.display();
        String joined = typed.isEmpty() || typed.endsWith(" ") ? typed + text : typed + " " + text;
        return edits.setSegment(InlineInput.parse(joined, access.source(ref)),
                "inserted “" + text + "” into " + ref.id() + " as a draft");
    }

    Change clear() {
        return edits.setSegment(Fragment.EMPTY, "cleared " + segments.current().id());
    }
}
