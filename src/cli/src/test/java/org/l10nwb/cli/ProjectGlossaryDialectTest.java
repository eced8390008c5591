package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.Shared;

/**
 * The project's own glossary declares the TBX dialect of what it holds. TBX-Core has no data
 * categories at all, so a glossary with parts of speech, statuses, genders, subject fields and
 * definitions is TBX-Basic, and {@code glossary lint} then holds it to Basic's rules (a proper noun
 * is Basic's {@code noun}, its finer part of speech kept in a note the reader restores).
 */
class ProjectGlossaryDialectTest {
    @Test
    void theProjectGlossaryIsDeclaredTbxBasicAndKeepsItsRules(@TempDir Path dir) throws IOException {
        Path project = Shared.copyProject(dir);
        String tbx = Files.readString(project.resolve("glossary/article.tbx"), StandardCharsets.UTF_8);
        assertTrue(tbx.contains("<termNote type=\"partOfSpeech\">") && tbx.contains("<descrip type=\"definition\">"),
                "the glossary uses data categories");
        Matcher root = Pattern.compile("<tbx type=\"([^\"]*)\"").matcher(tbx);
        assertTrue(root.find(), "a TBX v3 root with a type");
        assertEquals("TBX-Basic", root.group(1), "the dialect whose data categories the glossary uses");

        Cli.Result lint = Cli.run("glossary", "lint", "--project", project.toString());
        assertEquals(0, lint.exit(), lint.toString());
        assertTrue(lint.out().contains(": 0 errors,"), lint.toString());
        assertTrue(lint.out().lines().noneMatch(l -> l.contains("tbx-dialect")), lint.toString());

        Cli.Result forms = Cli.run("glossary", "forms", "Ilham Aliyev", "--locale", "ru", "--project", project.toString());
        assertEquals(0, forms.exit(), forms.toString());
        assertTrue(forms.out().contains("“Ильхам Алиев” (preferred, properNoun)"), "the part of speech read back: " + forms);
    }
}
