package org.l10nwb.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The source or the target of a unit: its parts in order. Immutable. */
public record Content(List<Part> parts) {
    public Content {
        parts = List.copyOf(parts);
    }

    /** Unsegmented content: one segment holding everything. */
    public static Content single(String segmentId, Fragment fragment) {
        return new Content(List.of(Part.segment(segmentId, fragment)));
    }

    /** The segments, in order; unmodifiable. */
    public List<Part> segments() {
        if (parts.size() == 1) {
            // the common unsegmented unit, asked for its segments several times a check: no copy
            return parts.get(0).isSegment() ? parts : List.of();
        }
        List<Part> segments = new ArrayList<>();
        for (Part p : parts) {
            if (p.isSegment()) {
                segments.add(p);
            }
        }
        return java.util.Collections.unmodifiableList(segments);
    }

    public Optional<Part> segment(String id) {
        for (Part p : parts) {
            if (id.equals(p.segmentId())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** All parts joined into one fragment, as the unsegmented {@code <source>} shows it. */
    public Fragment joined() {
        if (parts.size() == 1) {
            // a fragment's runs are already merged (Fragment.of), so one part joined is itself:
            // the checks ask a unit for its joined target several times, each a copy of its text
            return parts.get(0).content();
        }
        List<Run> runs = new ArrayList<>();
        for (Part p : parts) {
            runs.addAll(p.content().runs());
        }
        return Fragment.of(runs);
    }

    public String plainText() {
        return joined().plainText();
    }

    /** Whether every segment is empty (no text and no codes). */
    public boolean isEmpty() {
        for (Part p : parts) {
            if (p.isSegment() && !p.content().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A content with the same structure as this one (same segments, same material between them)
     * whose segment contents come from {@code segmentContent}; segments it gives nothing for are
     * left empty.
     */
    public Content withSegments(Function<Part, Fragment> segmentContent) {
        List<Part> out = new ArrayList<>(parts.size());
        for (Part p : parts) {
            if (p.isSegment()) {
                Fragment f = segmentContent.apply(p);
                out.add(p.withContent(f == null ? Fragment.EMPTY : f));
            } else {
                out.add(p);
            }
        }
        return new Content(out);
    }

    /** A copy of this content's structure with segment contents looked up by segment id. */
    public Content withSegments(Map<String, Fragment> bySegmentId) {
        return withSegments(p -> bySegmentId.get(p.segmentId()));
    }
}
