package org.l10nwb.core.check;

import java.nio.file.Path;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.model.Fragment;

/**
 * One translated segment as the quality checks see it.
 *
 * @param file the XLIFF file
 * @param unitId the trans-unit id
 * @param segmentId the segment id in a segmented unit, {@code null} for a unit checked whole
 * @param source the source segment, with its inline codes
 * @param target its translation, with its inline codes
 * @param sourceText the source's text, NFC, inline codes left out
 * @param targetText the translation's text, NFC, inline codes left out
 * @param position where the target segment starts in the file
 */
public record Segment(Path file, String unitId, String segmentId, Fragment source, Fragment target,
        String sourceText, String targetText, SourcePosition position) {

    /** {@code 5} or {@code 5:2}, as findings and the shell name segments. */
    public String place() {
        return segmentId == null ? unitId : unitId + ":" + segmentId;
    }
}
