package org.l10nwb.core.session;

import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Status;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffFile;

/**
 * What a segment's address names in the session's file as it is now: its {@code <file>}, its unit,
 * its source and target text and its status. Always read from {@link SessionFile}, so a reload or
 * a write is seen at once.
 */
final class SegmentAccess {
    private final SessionFile file;

    SegmentAccess(SessionFile file) {
        this.file = file;
    }

    XliffFile xliffFile(SegmentRef ref) {
        return file.document().files().get(ref.fileIndex());
    }

    /** The segment's unit; a unit no longer in the file is a bug (the segments are rebuilt on every reload). */
    TransUnit unit(SegmentRef ref) {
        TransUnit u = file.unit(ref.unitId());
        if (u == null) {
            throw new IllegalStateException("no unit " + ref.unitId());
        }
        return u;
    }

    Fragment source(SegmentRef ref) {
        return unit(ref).source().segment(ref.segmentId()).map(Part::content).orElse(Fragment.EMPTY);
    }

    /** The segment's translation, or {@code null} when it has none (or when {@code ref} is). */
    Fragment target(SegmentRef ref) {
        return ref == null ? null : unit(ref).targetSegment(ref.segmentId());
    }

    Status status(SegmentRef ref) {
        return Status.of(unit(ref), ref.segmentId());
    }

    /** Whether the segment has no text yet or its unit is still a draft. */
    boolean needsWork(SegmentRef ref) {
        Status s = status(ref);
        return s == Status.UNTRANSLATED || s == Status.DRAFT;
    }
}
