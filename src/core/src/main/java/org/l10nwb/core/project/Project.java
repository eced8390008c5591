package org.l10nwb.core.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.l10nwb.core.Paths2;
import org.l10nwb.core.Remedy;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;

/**
 * A workbench project: a folder holding {@value ProjectConfig#FILE_NAME}, the source documents
 * under {@code locales/<source>/}, and per target locale a folder with the XLIFF and the edition.
 */
public final class Project {
    private final Path root;
    private final ProjectConfig config;

    private Project(Path root, ProjectConfig config) {
        this.root = root;
        this.config = config;
    }

    /** Opens the project whose root is {@code dir}. */
    public static Project open(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw WorkbenchException.inFile(Paths2.forDisplay(dir), "no such project folder");
        }
        Path file = root.resolve(ProjectConfig.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw WorkbenchException.inFile(Paths2.forDisplay(dir),
                    "not a workbench project (no " + ProjectConfig.FILE_NAME + ")").remedy(Remedy.CREATE_PROJECT, null);
        }
        return new Project(root, ProjectConfig.load(Paths2.forDisplay(file)));
    }

    /** The project containing {@code start}: the nearest folder upwards holding a config file. */
    public static Project locate(Path start) {
        return enclosing(start).orElseThrow(() -> new WorkbenchException("no workbench project here or in any parent"
                + " folder of " + Paths2.display(start.toAbsolutePath().normalize())).remedy(Remedy.CHOOSE_PROJECT, null));
    }

    /**
     * The project containing {@code start}, or none when no folder upwards holds a config file. A
     * project that is found but cannot be opened (a broken config file) is an error, not "none".
     */
    public static Optional<Project> enclosing(Path start) {
        for (Path d = start.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(ProjectConfig.FILE_NAME))) {
                return Optional.of(open(d));
            }
        }
        return Optional.empty();
    }

    public Path root() {
        return root;
    }

    public ProjectConfig config() {
        return config;
    }

    public LocaleTag sourceLocale() {
        return config.sourceLocale();
    }

    public List<LocaleTag> targetLocales() {
        return config.targetLocales();
    }

    /** Resolves a project-relative path. */
    public Path resolve(String relative) {
        return root.resolve(relative).normalize();
    }

    /** A path relative to the project root, with forward slashes, as written into files. */
    public String relative(Path path) {
        return Paths2.display(root.relativize(path.toAbsolutePath().normalize()));
    }

    /** A path for messages: relative to the working directory when inside it. */
    public Path display(Path path) {
        return Paths2.forDisplay(path);
    }

    /** The locale's folder: {@code locales/<tag>}. */
    public Path localeDir(LocaleTag locale) {
        return root.resolve("locales").resolve(locale.tag());
    }

    /** {@code locales/<locale>/<name>.xlf} for a source document. */
    public Path xliffPath(String document, LocaleTag locale) {
        return localeDir(locale).resolve(Paths2.baseName(Path.of(document)) + ".xlf");
    }

    /** {@code locales/<locale>/<name>.<ext>}: the edition built from the XLIFF. */
    public Path editionPath(String document, LocaleTag locale) {
        return localeDir(locale).resolve(Path.of(document).getFileName().toString());
    }

    /**
     * One document in one target locale: where its XLIFF and its edition are. The one place that
     * pairs documents with locales, so that every command walks the project the same way.
     */
    public record Translation(String document, LocaleTag locale, Path xliff, Path edition) {
    }

    /** Every document in each of {@code locales}, locale by locale, documents in the order configured. */
    public List<Translation> translations(List<LocaleTag> locales) {
        List<Translation> out = new ArrayList<>();
        for (LocaleTag locale : locales) {
            for (String document : config.documents()) {
                out.add(translation(document, locale));
            }
        }
        return out;
    }

    /**
     * One document in each of {@code locales}, in their order: for work done document by document,
     * such as building, which reads each source once for all its locales.
     */
    public List<Translation> translations(String document, List<LocaleTag> locales) {
        List<Translation> out = new ArrayList<>(locales.size());
        for (LocaleTag locale : locales) {
            out.add(translation(document, locale));
        }
        return out;
    }

    /** One document in one locale. */
    public Translation translation(String document, LocaleTag locale) {
        return new Translation(document, locale, xliffPath(document, locale), editionPath(document, locale));
    }

    /** Every document in every target locale. */
    public List<Translation> translations() {
        return translations(config.targetLocales());
    }

    /** The target locale matching a tag the user typed, or a user error listing the valid ones. */
    public LocaleTag targetLocale(String text) {
        LocaleTag tag = LocaleTag.of(text);
        for (LocaleTag t : config.targetLocales()) {
            if (t.equals(tag)) {
                return t;
            }
        }
        throw new WorkbenchException("locale '" + text + "' is not a target of this project (targets: "
                + String.join(", ", config.targetLocales().stream().map(LocaleTag::tag).toList()) + ")");
    }

    /** The target locales the user asked for, or all of them when none was named. */
    public List<LocaleTag> targetLocales(List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return config.targetLocales();
        }
        return requested.stream().flatMap(s -> ProjectConfig.list(s).stream()).map(this::targetLocale).distinct()
                .toList();
    }
}
