package org.l10nwb.core.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.l10nwb.core.lang.Nfc;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;

/**
 * The texts of a unit that the checks read: its translated segments with their sources (NFC,
 * inline codes left out) for the quality checks, and the source and translation the glossary
 * check compares.
 */
final class UnitTexts {
    private UnitTexts() {
    }

    /**
     * The translated segments of a unit with their sources: each segment of a segmented unit whose
     * translation has text, or the whole unit when it is not segmented or its target's segments are
     * not the source's.
     */
    static List<Segment> segments(Path path, TransUnit u) {
        Content target = u.target();
        if (target == null || !target.joined().hasText()) {
            return List.of();
        }
        List<Part> sourceSegments = u.source().segments();
        boolean aligned = u.segmented();
        if (aligned) {
            Set<String> ids = new java.util.HashSet<>();
            sourceSegments.forEach(p -> ids.add(p.segmentId()));
            for (Part t : target.segments()) {
                aligned &= ids.contains(t.segmentId());
            }
        }
        if (!aligned) {
            Fragment src = sourceSegments.size() == 1 && u.source().parts().size() == 1 ? sourceSegments.get(0).content()
                    : u.source().joined();
            List<Part> targetSegments = target.segments();
            Fragment trg = targetSegments.size() == 1 && target.parts().size() == 1 ? targetSegments.get(0).content()
                    : target.joined();
            return List.of(new Segment(path, u.id(), null, src, trg, Nfc.of(src.plainText()), Nfc.of(trg.plainText()),
                    u.targetPosition(null)));
        }
        List<Segment> out = new ArrayList<>(sourceSegments.size());
        for (Part s : sourceSegments) {
            Fragment t = u.targetSegment(s.segmentId());
            if (t != null && t.hasText()) {
                out.add(new Segment(path, u.id(), s.segmentId(), s.content(), t, Nfc.of(s.content().plainText()),
                        Nfc.of(t.plainText()), u.targetPosition(s.segmentId())));
            }
        }
        return out;
    }

    /**
     * The glossary check's problems of a translated unit ({@code null} for a unit without a
     * translation): its translated segments' sources against the whole translation.
     */
    static List<TermCheck.Problem> termProblems(TransUnit u, TermCheck check, List<Segment> made) {
        Content target = u.target();
        if (target == null || !target.joined().hasText()) {
            return null;
        }
        StringBuilder sourceText = new StringBuilder();
        boolean whole = made != null && made.size() == 1 && made.get(0).segmentId() == null;
        if (!u.segmented()) {
            sourceText.append(whole ? made.get(0).sourceText() : u.source().plainText());
        } else {
            for (Part s : u.source().segments()) {
                Fragment t = u.targetSegment(s.segmentId());
                if ((t != null && t.hasText()) || !s.content().hasText()) {
                    sourceText.append(s.content().plainText()).append('\n');
                }
            }
        }
        String targetText = whole && !u.segmented() ? made.get(0).targetText() : target.joined().plainText();
        return check.check(sourceText.toString(), targetText);
    }
}
