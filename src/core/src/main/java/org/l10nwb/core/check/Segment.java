package org.l10nwb.core.check;

import java.nio.file.Path;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.model.Fragment;

/**
 * One translated segment as the quality checks see it, with what the checks count of its texts
 * ({@link TextFacts}), made the first time a check asks and kept for the others, and for the
 * check that follows a segment's learning.
 */
public final class Segment {
    private final Path file;
    private final String unitId;
    private final String segmentId;
    private final Fragment source;
    private final Fragment target;
    private final String sourceText;
    private final String targetText;
    private final SourcePosition position;
    // made on first use; two threads may both make them, equal (TextFacts is immutable)
    private TextFacts sourceFacts;
    private TextFacts targetFacts;

    /**
     * @param file the XLIFF file
     * @param unitId the trans-unit id
     * @param segmentId the segment id in a segmented unit, {@code null} for a unit checked whole
     * @param source the source segment, with its inline codes
     * @param target its translation, with its inline codes
     * @param sourceText the source's text, NFC, inline codes left out
     * @param targetText the translation's text, NFC, inline codes left out
     * @param position where the target segment starts in the file
     */
    public Segment(Path file, String unitId, String segmentId, Fragment source, Fragment target, String sourceText,
            String targetText, SourcePosition position) {
        this.file = file;
        this.unitId = unitId;
        this.segmentId = segmentId;
        this.source = source;
        this.target = target;
        this.sourceText = sourceText;
        this.targetText = targetText;
        this.position = position;
    }

    public Path file() {
        return file;
    }

    public String unitId() {
        return unitId;
    }

    public String segmentId() {
        return segmentId;
    }

    public Fragment source() {
        return source;
    }

    public Fragment target() {
        return target;
    }

    public String sourceText() {
        return sourceText;
    }

    public String targetText() {
        return targetText;
    }

    public SourcePosition position() {
        return position;
    }

    /** {@code 5} or {@code 5:2}, as findings and the shell name segments. */
    public String place() {
        return segmentId == null ? unitId : unitId + ":" + segmentId;
    }

    TextFacts sourceFacts() {
        TextFacts f = sourceFacts;
        if (f == null) {
            f = TextFacts.of(sourceText);
            sourceFacts = f;
        }
        return f;
    }

    TextFacts targetFacts() {
        TextFacts f = targetFacts;
        if (f == null) {
            f = TextFacts.of(targetText);
            targetFacts = f;
        }
        return f;
    }

    @Override
    public String toString() {
        return file + ":" + place();
    }
}
