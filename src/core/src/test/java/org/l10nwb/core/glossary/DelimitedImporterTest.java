package org.l10nwb.core.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;

class DelimitedImporterTest {
    private final DelimitedImporter importer = new DelimitedImporter();

    @Test
    void readsCsvWithQuotesStatusesAndNotes(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("terms.csv");
        Files.writeString(csv, "\uFEFFid,en,ru,ru:admitted,ru:deprecated,ru:note,note\r\n"
                + "karabakh,Karabakh,Карабах,карабахский,Арцах,\"Publisher's policy, 2024\",contested\r\n"
                + ",Zangezur Corridor,Зангезурский коридор,,,,\r\n"
                + ",,,,,,\r\n", StandardCharsets.UTF_8);
        Glossary g = importer.read(csv);
        assertEquals(2, g.concepts().size());
        Concept k = g.concept("karabakh");
        assertEquals(List.of("Карабах", "карабахский", "Арцах"), k.terms("ru").stream().map(Term::text).toList());
        assertEquals(List.of(TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED),
                k.terms("ru").stream().map(Term::status).toList());
        assertEquals(List.of("Publisher's policy, 2024"), k.sections("ru").get(0).notes());
        assertEquals(List.of("contested"), k.notes());
        assertEquals("zangezur-corridor", g.concepts().get(1).id(), "an id is made from the first term");
        assertEquals("en", g.sourceLanguage());
    }

    @Test
    void readsTsvWithSeveralTermsInACell(@TempDir Path dir) throws IOException {
        Path tsv = dir.resolve("terms.tsv");
        Files.writeString(tsv, "ru\tru:deprecated\tru:gender\nКремль\tКремлёвский дворец|Кремлин\tmasculine\n",
                StandardCharsets.UTF_8);
        Concept c = importer.read(tsv).concepts().get(0);
        assertEquals("kreml", c.id());
        assertEquals(3, c.terms("ru").size());
        assertEquals("masculine", c.terms("ru").get(0).grammaticalGender());
    }

    @Test
    void problemsNameFileLineAndColumn(@TempDir Path dir) throws IOException {
        assertError(dir, "en,ru:colour\nx,y\n", "terms.csv:1:2: unknown column 'ru:colour'");
        assertError(dir, "en,xx\nx,y\n", "terms.csv:1:2: column 'xx': unknown language 'xx'");
        assertError(dir, "id,en\nk,\n", "terms.csv:2:1: the row has no term");
        assertError(dir, "id,en\nk,a\nk,b\n", "terms.csv:3:1: concept id 'k' is used twice");
        assertError(dir, "en,ru\nx,a||b\n", "terms.csv:2:2: empty term in 'a||b'");
        assertError(dir, "en\n", "terms.csv: no concepts below the header row");
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "en\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> importer.read(latin1));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        Path xlsx = dir.resolve("terms.xlsx");
        Files.writeString(xlsx, "x");
        assertThrows(WorkbenchException.class, () -> importer.read(xlsx));
    }

    private void assertError(Path dir, String content, String expected) throws IOException {
        Path csv = dir.resolve("terms.csv");
        Files.writeString(csv, content, StandardCharsets.UTF_8);
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> importer.read(csv));
        assertTrue(e.getMessage().endsWith(expected) || e.getMessage().contains(expected), e.getMessage());
    }
}
