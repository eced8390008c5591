package org.l10nwb.core;

import java.nio.file.Path;

/** Path helpers shared by the whole workbench. */
public final class Paths2 {
    private Paths2() {}

    /** A path as shown to users and written into files: always with forward slashes. */
    public static String display(Path path) {
        String s = path.toString();
        return path.getFileSystem().getSeparator().equals("/") ? s : s.replace(path.getFileSystem().getSeparator(), "/");
    }

    /**
     * The path to show for {@code file}: relative to the working directory when it lies below it,
     * otherwise as given. Keeps messages short and clickable.
     */
    public static Path forDisplay(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        if (abs.equals(cwd)) {
            return Path.of(".");
        }
        return abs.startsWith(cwd) ? cwd.relativize(abs) : file.normalize();
    }

    /** The file name without its last extension: {@code article.en.txt} gives {@code article.en}. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The last extension without the dot, lower case, or the empty string. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
    }
}
