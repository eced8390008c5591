package org.l10nwb.core.memory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.tmx.TmxReader;

/**
 * The memory's folder: its TMX files (committed with the project) and, in
 * {@code .index/<source>-<target>/}, one index per language pair, derived from them and never
 * committed. Each index commit records the size and modification time of every TMX file it was
 * built from (its stamps), which is how a stale index is recognised.
 */
final class MemoryFolder {
    static final String INDEX_FOLDER = ".index";

    private final Path dir;
    private final Path display;
    private final UnaryOperator<Path> boundary;
    private final InputLimits limits;

    /**
     * @param boundary checks a path of the folder before it is read or written (the project's
     *     boundary: a TMX file or index folder that is a link leading out of the project is refused)
     * @param limits the project's limits: {@code limits.memory-mb} bounds every TMX file read
     */
    MemoryFolder(Path dir, Path display, UnaryOperator<Path> boundary, InputLimits limits) {
        this.dir = dir;
        this.display = display;
        this.boundary = boundary;
        this.limits = limits;
    }

    /** The limits every file of the memory is read with. */
    InputLimits limits() {
        return limits;
    }

    /** A reader of the memory's TMX files (and of one to import) under the project's limits. */
    TmxReader reader() {
        return new TmxReader(limits);
    }

    /** A file of the folder by name, checked against the boundary. */
    Path file(String name) {
        return boundary.apply(dir.resolve(name));
    }

    Path dir() {
        return dir;
    }

    Path display() {
        return display;
    }

    /** The TMX files of the memory, by name. */
    List<Path> files() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.tmx")) {
            for (Path p : s) {
                if (!p.getFileName().toString().startsWith(".") && Files.isRegularFile(boundary.apply(p))) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw WorkbenchException.inFile(display, AtomicFiles.reason(e));
        }
        out.sort(null);
        return out;
    }

    /** The index folder of a language pair. */
    Path indexFolder(String sourceLanguage, String targetLanguage) {
        return boundary.apply(dir.resolve(INDEX_FOLDER).resolve(sourceLanguage + "-" + targetLanguage));
    }

    /** The target languages that have an index folder. */
    List<String> indexedTargets(String sourceLanguage) {
        List<String> out = new ArrayList<>();
        Path idx = dir.resolve(INDEX_FOLDER);
        if (!Files.isDirectory(idx)) {
            return out;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(idx, sourceLanguage + "-*")) {
            for (Path p : s) {
                if (Files.isDirectory(p)) {
                    out.add(p.getFileName().toString().substring(sourceLanguage.length() + 1));
                }
            }
        } catch (IOException e) {
            throw WorkbenchException.inFile(display, AtomicFiles.reason(e));
        }
        out.sort(null);
        return out;
    }

    /** The index folder holds its own ignore file, so it is never committed wherever the memory folder is. */
    void ignoreIndexFolder() {
        Path ignore = dir.resolve(INDEX_FOLDER).resolve(".gitignore");
        if (!Files.exists(ignore)) {
            AtomicFiles.write(ignore, "# derived from the TMX files beside it; rebuilt when missing\n*\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Size and modification time of every TMX file, by name. */
    Map<String, String> stamps() {
        Map<String, String> m = new TreeMap<>();
        for (Path p : files()) {
            try {
                m.put(p.getFileName().toString(), Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis());
            } catch (IOException e) {
                throw WorkbenchException.inFile(p, AtomicFiles.reason(e));
            }
        }
        return m;
    }

    static String renderStamps(Map<String, String> stamps) {
        StringBuilder sb = new StringBuilder("v1\n");
        stamps.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
        return sb.toString();
    }

    /** The stamps an index commit recorded, or {@code null} when it recorded none this workbench wrote. */
    static Map<String, String> parseStamps(String text) {
        if (text == null || !text.startsWith("v1\n")) {
            return null;
        }
        Map<String, String> m = new TreeMap<>();
        for (String line : text.substring(3).split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                m.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return m;
    }

    /** Removes a damaged index: it is only derived data, and is built again from the TMX files. */
    void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw WorkbenchException.inFile(folder, "cannot remove the damaged index: " + AtomicFiles.reason(e));
        }
    }
}
