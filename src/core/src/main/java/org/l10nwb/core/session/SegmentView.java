package org.l10nwb.core.session;

import java.util.List;

import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Suppressions;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.Status;

/**
 * What {@code show} prints: the segment, its neighbours, hints and findings, and the unit's notes
 * (an editor's reasons and comments, who wrote them and when) with whether an editor rejected it.
 * {@code findings} are those that count; {@code suppressed} those the project accepts, with the reason.
 */
public record SegmentView(SegmentRef ref, int position, int total, Fragment source, Fragment target,
        Status status, TargetState state, Fragment previousSource, Fragment previousTarget, Fragment nextSource,
        Fragment nextTarget, List<GlossaryHit> glossary, List<MemoryMatch> memory, List<Finding> findings,
        List<Suppressions.Suppressed> suppressed,
        List<String> memoryNames, List<Note> notes, boolean rejected) {
}
