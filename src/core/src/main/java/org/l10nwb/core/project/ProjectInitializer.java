package org.l10nwb.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.Paths2;
import org.l10nwb.core.Remedy;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.locale.LocaleTag;

/** Creates a new project around one or more source documents. */
public final class ProjectInitializer {
    private final DocumentFormats formats;

    public ProjectInitializer(DocumentFormats formats) {
        this.formats = formats;
    }

    /**
     * Creates the project: copies each source into {@code locales/<source>/} and writes the config.
     * Everything is checked first; nothing is written when a check fails.
     *
     * @param name the document's name in the project (without extension), or {@code null} to
     *     take it from the file name, less a trailing {@code .<source-locale>}
     */
    public Project init(Path dir, List<Path> sources, LocaleTag sourceLocale, List<LocaleTag> targets,
            String name) {
        if (sources.isEmpty()) {
            throw new WorkbenchException("no source document given").remedy(Remedy.GIVE_SOURCE, null);
        }
        if (targets.isEmpty()) {
            throw new WorkbenchException("no target locale given").remedy(Remedy.GIVE_TARGETS, null);
        }
        if (name != null) {
            ProjectPaths.requireName("the document name", name);
        }
        if (name != null && sources.size() > 1) {
            throw new WorkbenchException("a project name applies to a single source document")
                    .remedy(Remedy.NAME_WITH_ONE_DOCUMENT, null);
        }
        for (LocaleTag t : targets) {
            if (t.equals(sourceLocale)) {
                throw new WorkbenchException("target locale '" + t + "' is the source locale");
            }
        }
        if (targets.stream().distinct().count() != targets.size()) {
            throw new WorkbenchException("a target locale is listed twice");
        }
        Path root = dir.toAbsolutePath().normalize();
        if (Files.exists(root.resolve(ProjectConfig.FILE_NAME))) {
            throw WorkbenchException.inFile(Paths2.forDisplay(dir), "is already a workbench project");
        }
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw WorkbenchException.inFile(Paths2.forDisplay(dir), "exists and is not a folder");
        }
        List<String> documents = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (Path source : sources) {
            byte[] bytes = TextFiles.readBytes(source, org.l10nwb.core.io.InputKind.SOURCE,
                    org.l10nwb.core.io.InputLimits.DEFAULTS);
            if (formats.forFile(source).textual()) {
                TextFiles.decodeUtf8Strict(source, bytes);
            } else {
                formats.forFile(source).check(source);
            }
            String base = name != null ? name : defaultName(source, sourceLocale);
            String ext = Paths2.extension(source);
            String relative = "locales/" + sourceLocale.tag() + "/" + base + (ext.isEmpty() ? "" : "." + ext);
            if (documents.contains(relative)) {
                throw WorkbenchException.inFile(source, "gives the same document name as another source");
            }
            documents.add(relative);
            contents.add(bytes);
        }
        List<Path> created = new ArrayList<>();
        if (firstMissing(root) != null) {
            created.add(firstMissing(root));
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw WorkbenchException.inFile(Paths2.forDisplay(dir), "cannot create: " + AtomicFiles.reason(e));
        }
        List<Path> written = new ArrayList<>();
        try {
            ProjectPaths paths = new ProjectPaths(root, false);
            List<Path> files = new ArrayList<>();
            for (String document : documents) {
                Path file = paths.inside(root.resolve(document));
                if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw WorkbenchException.inFile(Paths2.forDisplay(file), "already exists");
                }
                files.add(file);
            }
            Path config = paths.inside(root.resolve(ProjectConfig.FILE_NAME));
            for (int i = 0; i < files.size(); i++) {
                Path folder = firstMissing(files.get(i).getParent());
                if (folder != null) {
                    created.add(folder);
                }
                written.add(files.get(i));
                AtomicFiles.write(files.get(i), contents.get(i));
            }
            written.add(config);
            AtomicFiles.write(config, ProjectConfig.render(sourceLocale, targets, documents)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            undo(created, written);
            throw e;
        }
        return Project.open(root);
    }

    /** The outermost folder of {@code dir} that does not exist yet (which init creates), or {@code null}. */
    private static Path firstMissing(Path dir) {
        Path missing = null;
        for (Path p = dir; p != null && !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /**
     * Takes back what a failed init made: the files it wrote and the folders it created, so that
     * a refused init leaves the disk as it found it. Best effort: a failure to clean up is not
     * allowed to hide the error that caused it.
     */
    private static void undo(List<Path> created, List<Path> written) {
        for (Path f : written) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException ignored) {
                // the original error is the one to report
            }
        }
        for (int i = created.size() - 1; i >= 0; i--) {
            try (java.util.stream.Stream<Path> walk = Files.walk(created.get(i))) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException ignored) {
                // as above
            }
        }
    }

    /** {@code source-article.en.txt} with source {@code en} gives {@code source-article}. */
    static String defaultName(Path source, LocaleTag sourceLocale) {
        String base = Paths2.baseName(source);
        String suffix = "." + sourceLocale.language();
        String full = "." + sourceLocale.tag();
        for (String s : List.of(full, suffix)) {
            if (base.toLowerCase(java.util.Locale.ROOT).endsWith(s.toLowerCase(java.util.Locale.ROOT))
                    && base.length() > s.length()) {
                return base.substring(0, base.length() - s.length());
            }
        }
        return base;
    }
}
