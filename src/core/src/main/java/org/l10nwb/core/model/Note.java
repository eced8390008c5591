package org.l10nwb.core.model;

import java.util.Objects;

/**
 * An XLIFF {@code <note>}: a comment by a translator, an editor or a tool.
 *
 * @param from who wrote it, or {@code null}
 * @param annotates {@code source}, {@code target} or {@code general}, or {@code null}
 * @param text the note's text
 */
public record Note(String from, String annotates, String text) {
    public Note {
        Objects.requireNonNull(text, "text");
    }
}
