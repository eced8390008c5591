package org.l10nwb.core;

import java.nio.file.Path;

/**
 * A place in a file: the file and, when known, a 1-based line and column.
 *
 * @param file the file, as the user named it or relative to the project
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record SourcePosition(Path file, int line, int column) {

    public static SourcePosition of(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    public static SourcePosition of(Path file, int line, int column) {
        return new SourcePosition(file, Math.max(line, 0), Math.max(column, 0));
    }

    /** {@code file}, {@code file:line} or {@code file:line:column}, with forward slashes. */
    public String render() {
        StringBuilder sb = new StringBuilder(file == null ? "<input>" : Paths2.display(file));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }
}
