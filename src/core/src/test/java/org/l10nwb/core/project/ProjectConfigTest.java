package org.l10nwb.core.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;

class ProjectConfigTest {
    @TempDir
    Path dir;

    private Path config(String text) throws IOException {
        return Files.writeString(dir.resolve(ProjectConfig.FILE_NAME), text);
    }

    @Test
    void readsWhatInitWrites() throws IOException {
        Path file = config(ProjectConfig.render(LocaleTag.of("en"), List.of(LocaleTag.of("ka"), LocaleTag.of("az-Latn")),
                List.of("locales/en/article.txt")));
        ProjectConfig c = ProjectConfig.load(file);
        assertEquals("en", c.sourceLocale().tag());
        assertEquals(List.of("ka", "az-Latn"), c.targetLocales().stream().map(LocaleTag::tag).toList());
        assertEquals(List.of("locales/en/article.txt"), c.documents());
        assertEquals("glossary", c.glossary());
    }

    @Test
    void anUnknownLocaleNamesTheFileAndTheSetting() throws IOException {
        Path file = config("source-locale=en\ntarget-locales=ka, xx\ndocuments=a.txt\n");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> ProjectConfig.load(file));
        assertEquals(file + ": target-locales: unknown language 'xx' in locale tag 'xx'", e.getMessage());
    }

    @Test
    void documentsMustStayInsideTheProjectAndNotCollide() throws IOException {
        assertThrows(WorkbenchException.class,
                () -> ProjectConfig.load(config("source-locale=en\ntarget-locales=ru\ndocuments=../x.txt\n")));
        assertThrows(WorkbenchException.class,
                () -> ProjectConfig.load(config("source-locale=en\ntarget-locales=ru\ndocuments=a/x.txt, b/x.md\n")));
        assertThrows(WorkbenchException.class,
                () -> ProjectConfig.load(config("source-locale=en\ntarget-locales=en\ndocuments=x.txt\n")));
    }

    @Test
    void theEnclosingProjectIsFoundUpwardsIsNoneOutsideAndABrokenOneIsAnError() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path file = Files.writeString(project.resolve(ProjectConfig.FILE_NAME),
                "source-locale=en\ntarget-locales=ru\ndocuments=locales/en/a.txt\n");
        Path deep = Files.createDirectories(project.resolve("locales/ru"));
        assertEquals(project.toAbsolutePath().normalize(), Project.enclosing(deep).orElseThrow().root());
        assertEquals(Optional.empty(), Project.enclosing(Files.createDirectories(dir.resolve("elsewhere"))));
        Files.writeString(file, "source-locale=en\ntarget-locales=xx\ndocuments=locales/en/a.txt\n");
        assertThrows(WorkbenchException.class, () -> Project.enclosing(deep));
    }
}
