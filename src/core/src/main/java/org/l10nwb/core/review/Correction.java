package org.l10nwb.core.review;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.TransUnit;

/**
 * An editor's correction of a translation, typed in the review page segment by segment with the
 * inline codes as {@linkplain ReadableText placeholders}, turned back into the target it stands
 * for. The codes carry the document's formatting and links, which the editor cannot see in the
 * page: a correction keeps every code of the translation it corrects, may add one the source
 * segment has and the translation lacks, and keeps paired codes opening before they close (the
 * XLIFF would not be well-formed otherwise). Anything else is refused with what is wrong, and
 * nothing of the correction is used.
 */
final class Correction {
    private Correction() {
    }

    /**
     * The unit's target with the corrected segments ({@code bySegment}: segment id to the text
     * as typed); segments the correction does not name keep their translation.
     */
    static Content target(TransUnit u, Map<String, String> bySegment) {
        ReadableText readable = ReadableText.of(u);
        List<Part> segments = u.source().segments();
        Set<String> ids = segments.stream().map(Part::segmentId).collect(Collectors.toSet());
        for (String id : bySegment.keySet()) {
            if (!ids.contains(id)) {
                throw new WorkbenchException("the correction is for segment " + u.id() + ":" + id + ", which the unit does not have");
            }
        }
        Map<String, Fragment> fragments = new LinkedHashMap<>();
        for (Part s : segments) {
            Fragment current = u.targetSegment(s.segmentId());
            String typed = bySegment.get(s.segmentId());
            if (typed == null) {
                fragments.put(s.segmentId(), current == null ? Fragment.EMPTY : current);
                continue;
            }
            Fragment corrected = readable.parse(typed.replace("\r\n", "\n"));
            String where = segments.size() == 1 ? "unit " + u.id() : "segment " + u.id() + ":" + s.segmentId();
            keepsCodes(where, readable, current == null ? List.of() : readable.placeholders(current),
                    readable.placeholders(s.content()), corrected);
            fragments.put(s.segmentId(), corrected);
        }
        // Between the segments goes what the translation has there, or else what the source has.
        boolean sameSegments = u.target() != null && u.target().segments().stream().map(Part::segmentId)
                .collect(Collectors.toSet()).equals(ids);
        return (sameSegments ? u.target() : u.source()).withSegments(fragments);
    }

    private static void keepsCodes(String where, ReadableText readable, List<String> translation, List<String> source,
            Fragment corrected) {
        List<String> used = readable.placeholders(corrected);
        for (String p : new java.util.LinkedHashSet<>(translation)) {
            if (Collections.frequency(used, p) < Collections.frequency(translation, p)) {
                throw new WorkbenchException("the correction of " + where + " drops " + p
                        + "; keep every inline code the translation has");
            }
        }
        for (String p : new java.util.LinkedHashSet<>(used)) {
            int allowed = Math.max(Collections.frequency(translation, p), Collections.frequency(source, p));
            if (allowed == 0) {
                throw new WorkbenchException("the correction of " + where + " has " + p + ", which belongs to another segment");
            }
            if (Collections.frequency(used, p) > allowed) {
                throw new WorkbenchException("the correction of " + where + " has " + p + " more often than the "
                        + (translation.contains(p) ? "translation" : "source"));
            }
        }
        Deque<Run.Code> open = new ArrayDeque<>();
        for (Run.Code c : corrected.codes()) {
            if (c.kind() == Run.CodeKind.OPENING) {
                open.push(c);
            } else if (c.kind() == Run.CodeKind.CLOSING) {
                Run.Code top = open.poll();
                if (top == null || !top.element().equals(c.element()) || !top.id().equals(c.id())) {
                    throw new WorkbenchException("the correction of " + where + " closes " + readable.placeholder(c)
                            + (top == null ? " before it opens" : " inside " + readable.placeholder(top))
                            + "; paired codes close in the reverse order they open");
                }
            }
        }
        if (!open.isEmpty()) {
            throw new WorkbenchException("the correction of " + where + " opens " + readable.placeholder(open.peek())
                    + " and never closes it");
        }
    }
}
