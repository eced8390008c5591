package org.l10nwb.core.xliff;

import org.l10nwb.core.xml.XmlTags.Tag;

/**
 * Where the element holding a source and perhaps a target (an XLIFF 1.x {@code <trans-unit>}, an
 * XLIFF 2.x {@code <segment>} or {@code <ignorable>}) has them in the document's text: what a
 * splice replaces, or where it adds a target. Offsets are in the document's text.
 */
abstract class TargetPlace {
    /** The element's start tag. */
    final Tag start;
    /** Just after {@code </source>} (or {@code <source/>}, {@code </seg-source>}): where a new target goes. */
    int afterSource = -1;
    Tag targetStart;
    /** The target's end tag; {@code null} for {@code <target/>}. */
    Tag targetEnd;

    TargetPlace(Tag start) {
        this.start = start;
    }

    /** The element prefix the document writes XLIFF elements with ({@code ""} or {@code "xlf:"}). */
    String prefix() {
        return prefix(start);
    }

    /** Just after the target element. */
    int targetAfter() {
        return targetEnd != null ? targetEnd.end() : targetStart.end();
    }

    /** The prefix {@code tag}'s name is written with, with its colon ({@code ""}: none). */
    static String prefix(Tag tag) {
        return tag.prefix().isEmpty() ? "" : tag.prefix() + ":";
    }
}
