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
            byte[] bytes = TextFiles.readBytes(source);
            TextFiles.decodeUtf8Strict(source, bytes);
            formats.forFile(source);
            String base = name != null ? name : defaultName(source, sourceLocale);
            String ext = Paths2.extension(source);
            String relative = "locales/" + sourceLocale.tag() + "/" + base + (ext.isEmpty() ? "" : "." + ext);
            if (documents.contains(relative)) {
                throw WorkbenchException.inFile(source, "gives the same document name as another source");
            }
            documents.add(relative);
            contents.add(bytes);
        }
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw WorkbenchException.inFile(Paths2.forDisplay(dir), "cannot create: " + AtomicFiles.reason(e));
        }
        for (int i = 0; i < documents.size(); i++) {
            Path target = root.resolve(documents.get(i));
            if (Files.exists(target)) {
                throw WorkbenchException.inFile(Paths2.forDisplay(target), "already exists");
            }
        }
        for (int i = 0; i < documents.size(); i++) {
            AtomicFiles.write(root.resolve(documents.get(i)), contents.get(i));
        }
        AtomicFiles.write(root.resolve(ProjectConfig.FILE_NAME),
                ProjectConfig.render(sourceLocale, targets, documents).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Project.open(root);
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
