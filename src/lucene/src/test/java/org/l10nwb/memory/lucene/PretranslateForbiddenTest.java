package org.l10nwb.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermStatus;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.memory.Pretranslator;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.terms.ForbiddenTerms;
import org.l10nwb.core.xliff.XliffReader;

/** An exact match whose translation has a term the glossary forbids is counted, never filled in. */
class PretranslateForbiddenTest {
    private static final Glossary GLOSSARY = new Glossary(List.of(), "en", List.of(new Concept("khankendi", null, null,
            List.of(), List.of(new LanguageSection("en", null, List.of(), List.of(Term.of("Khankendi", TermStatus.PREFERRED))),
                    new LanguageSection("ru", null, List.of(), List.of(Term.of("Ханкенди", TermStatus.PREFERRED),
                            Term.of("Степанакерт", TermStatus.DEPRECATED)))), null)));

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.writeString(dir.resolve("workbench.properties"),
                "source-locale = en\ntarget-locales = ru\ndocuments = locales/en/a.txt\nmemory = memory\n");
        Files.createDirectories(dir.resolve("locales/en"));
        Files.writeString(dir.resolve("locales/en/a.txt"), "Khankendi waited.\n");
        Files.createDirectories(dir.resolve("locales/ru"));
        Files.writeString(dir.resolve("locales/ru/a.xlf"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                 <file original="locales/en/a.txt" datatype="plaintext" source-language="en" target-language="ru">
                  <body>
                   <trans-unit id="1" xml:space="preserve">
                    <source>Khankendi waited.</source>
                    <seg-source><mrk mid="1" mtype="seg">Khankendi waited.</mrk></seg-source>
                   </trans-unit>
                  </body>
                 </file>
                </xliff>
                """, StandardCharsets.UTF_8);
        Path tmx = dir.resolve("old.tmx");
        Files.writeString(tmx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t"
                 adminlang="en" srclang="en" datatype="plaintext"/><body>
                <tu><tuv xml:lang="en"><seg>Khankendi waited.</seg></tuv><tuv xml:lang="ru"><seg>Степанакерт ждал.</seg></tuv></tu>
                </body></tmx>
                """, StandardCharsets.UTF_8);
        try (MemoryStore store = store()) {
            store.importTmx(tmx, MemoryStore.Progress.NONE);
        }
    }

    private MemoryStore store() {
        return new MemoryStore(dir.resolve("memory"), Path.of("memory"), LocaleTag.of("en"), MemoryStore.defaultFactory());
    }

    private TransUnit unit() {
        return new XliffReader().read(dir.resolve("locales/ru/a.xlf")).units().get(0);
    }

    @Test
    void aMatchWithAForbiddenTermIsNotFilledIn() {
        Project project = Project.open(dir);
        try (MemoryStore store = store()) {
            Pretranslator.Result r = new Pretranslator(store, new ForbiddenTerms(GLOSSARY, new Languages(List.of())))
                    .pretranslate(project, LocaleTag.of("ru")).get(0);
            assertEquals(1, r.forbidden());
            assertEquals(0, r.filledSegments());
        }
        assertNull(unit().target(), "nothing filled in");
    }

    @Test
    void withoutAGlossaryTheSameMatchIsFilledIn() {
        Project project = Project.open(dir);
        try (MemoryStore store = store()) {
            Pretranslator.Result r = new Pretranslator(store).pretranslate(project, LocaleTag.of("ru")).get(0);
            assertEquals(0, r.forbidden());
            assertEquals(1, r.filledSegments(), "so the first test's 0 is the glossary's doing");
        }
        assertEquals("Степанакерт ждал.", unit().target().joined().display());
    }
}
