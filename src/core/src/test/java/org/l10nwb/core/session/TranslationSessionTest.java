package org.l10nwb.core.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermStatus;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.TranslationMemory;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.session.TranslationSession.Filter;
import org.l10nwb.core.model.Status;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xliff.XliffWriter;

class TranslationSessionTest {
    private static final String XLIFF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file original="a.txt" datatype="plaintext" source-language="en" target-language="ru">
              <body>
               <trans-unit id="1" xml:space="preserve">
                <source>Shusha fell. People died.</source>
                <seg-source><mrk mid="1" mtype="seg">Shusha fell.</mrk> <mrk mid="2" mtype="seg">People died.</mrk></seg-source>
               </trans-unit>
               <trans-unit id="2" xml:space="preserve">
                <source>Read <g id="1">this</g> now.</source>
                <seg-source><mrk mid="1" mtype="seg">Read <g id="1">this</g> now.</mrk></seg-source>
               </trans-unit>
               <trans-unit id="3" xml:space="preserve">
                <source>People died.</source>
                <seg-source><mrk mid="1" mtype="seg">People died.</mrk></seg-source>
                <target xml:lang="ru" state="translated"><mrk mid="1" mtype="seg">Погибли люди.</mrk></target>
               </trans-unit>
              </body>
             </file>
            </xliff>
            """;

    private static final Glossary GLOSSARY = new Glossary(List.of(), "en", List.of(new Concept("shusha", null, null,
            List.of("Publisher's policy: Shusha."), List.of(new LanguageSection("en", null, List.of(),
                    List.of(Term.of("Shusha", TermStatus.PREFERRED))), new LanguageSection("ru", null,
                            List.of("Не «Шуши»."), List.of(Term.of("Шуша", TermStatus.PREFERRED),
                                    Term.of("Шуши", TermStatus.DEPRECATED)))), null)));

    @TempDir
    Path dir;
    private Path file;
    private TranslationSession session;

    @BeforeEach
    void setUp() throws IOException {
        file = dir.resolve("article.xlf");
        Files.writeString(file, XLIFF, StandardCharsets.UTF_8);
        session = open();
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private TranslationSession open() {
        Languages none = new Languages(List.of());
        return TranslationSession.open(file, GLOSSARY, new CheckService(GLOSSARY, none, CheckConfig.defaults()), none,
                List.of());
    }

    private TransUnit onDisk(String id) {
        XliffDocument doc = new XliffReader().read(file);
        return doc.units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void movesSegmentBySegmentWithFilters() {
        assertEquals("1:1", session.current().id());
        assertTrue(session.next(Filter.ANY));
        assertEquals("1:2", session.current().id());
        assertTrue(session.next(Filter.UNTRANSLATED));
        assertEquals("2:1", session.current().id());
        assertFalse(session.next(Filter.UNTRANSLATED), "unit 3 is translated");
        assertEquals("2:1", session.current().id(), "no move when nothing matches");
        session.goTo("3");
        assertEquals(4, session.view().position());
        assertEquals(4, session.view().total());
        assertTrue(session.previous(Filter.ANY));
        assertEquals("2:1", session.current().id());
        assertTrue(session.firstNeedingWork());
        assertEquals("1:1", session.current().id(), "unit 1 has no translation yet");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> session.goTo("9"));
        assertEquals("no unit '9' in " + file + " (units 1 to 3)", e.getMessage());
        e = assertThrows(WorkbenchException.class, () -> session.goTo("1:7"));
        assertEquals("unit 1 has no segment 7 (it has 1:1, 1:2)", e.getMessage());
    }

    @Test
    void everyChangeIsOnDiskAtOnceAndConfirmNeedsEverySegment() {
        session.translate("Шуша пала.");
        TransUnit u = onDisk("1");
        assertEquals("Шуша пала.", u.targetSegment("1").plainText());
        assertEquals(TargetState.NEW, u.state(), "a draft until confirmed");
        assertEquals("1:1 confirmed; unit 1 stays a draft until 1:2 has a translation too",
                session.confirm().description());
        assertEquals(TargetState.NEW, onDisk("1").state());
        session.next(Filter.ANY);
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> session.confirm());
        assertEquals("1:2 has no translation to confirm (type it with 't TEXT')", e.getMessage());
        session.translate("Погибли люди.");
        session.confirm();
        assertEquals(TargetState.TRANSLATED, onDisk("1").state());
        assertEquals(Status.TRANSLATED, session.view().status());
    }

    @Test
    void aConfirmedSegmentStaysConfirmedAfterARestartUntilTheWholeUnitIs() throws IOException {
        session.translate("Шуша пала.");
        session.next(Filter.ANY);
        session.translate("Погибли люди.");
        session.goTo("1:1");
        Change c = session.confirm();
        assertEquals("1:1 confirmed; unit 1 stays a draft until 1:2 is confirmed too", c.description());
        assertTrue(c.saved(), "the segment's confirmation is written");
        assertEquals(TargetState.NEW, onDisk("1").state());
        assertTrue(readString().contains("<mrk mid=\"1\" mtype=\"seg\" wb:state=\"translated\">Шуша пала.</mrk>"),
                readString());

        session.close();
        session = open();
        session.goTo("1:1");
        assertEquals(Status.TRANSLATED, session.view().status(), "still confirmed in a new session");
        session.goTo("1:2");
        assertEquals(Status.DRAFT, session.view().status());
        session.goTo("1:1");
        assertTrue(session.next(Filter.UNTRANSLATED));
        assertEquals("1:2", session.current().id(), "next --untranslated passes the confirmed segment by");
        session.goTo("1:1");
        assertEquals("1:1 is already confirmed; unit 1 stays a draft until 1:2 is confirmed too",
                session.confirm().description());

        session.goTo("1:2");
        assertEquals("confirmed unit 1", session.confirm().description());
        TransUnit u = onDisk("1");
        assertEquals(TargetState.TRANSLATED, u.state());
        assertEquals(java.util.Set.of(), u.confirmedSegments());
        assertFalse(readString().contains("wb:"), "a translated unit needs no segment states:\n" + readString());

        session.translate("Люди погибли.");
        u = onDisk("1");
        assertEquals(TargetState.NEW, u.state(), "an edit makes the unit a draft again");
        assertEquals(java.util.Set.of("1"), u.confirmedSegments(), "the sentence left alone stays confirmed");
        assertEquals("confirmed unit 1", session.confirm().description());
    }

    @Test
    void theWrittenFileIsWhatExtractionWouldWrite() throws IOException {
        session.translate("Шуша пала.");
        byte[] written = Files.readAllBytes(file);
        assertArrayEquals(new XliffWriter().write(new XliffReader().read(file)), written);
        assertFalse(new String(written, StandardCharsets.UTF_8).contains("\r"));
    }

    @Test
    void findingsAreShownAtOnceAndTheTargetIsSavedAnyway() {
        Change c = session.translate("Шуши пала.");
        assertEquals(List.of("term-missing", "term-forbidden"), c.findings().stream().map(f -> f.rule().id()).toList());
        assertEquals("Шуши пала.", onDisk("1").targetSegment("1").plainText());
        assertTrue(c.findings().get(1).message().contains("use “Шуша”"), c.findings().get(1).message());
    }

    @Test
    void glossaryHitsGiveApprovedAndForbiddenTermsWithTheNote() {
        SegmentView v = session.view();
        assertEquals(1, v.glossary().size());
        GlossaryHit h = v.glossary().get(0);
        assertEquals("Shusha", h.sourceText());
        assertEquals(List.of("Шуша"), h.approved().stream().map(Term::text).toList());
        assertEquals(List.of("Шуши"), h.forbidden().stream().map(Term::text).toList());
        assertEquals("Не «Шуши».", h.note());
    }

    @Test
    void memoryOffersTheFilesOwnTranslations() {
        session.next(Filter.ANY);
        SegmentView v = session.view();
        assertEquals(1, v.memory().size());
        assertEquals("Погибли люди.", v.memory().get(0).target());
        assertEquals(100, v.memory().get(0).score());
        assertEquals(file + "#3:1", v.memory().get(0).origin());
    }

    @Test
    void inlineCodesAreTypedInShortFormAndChecked() throws IOException {
        session.goTo("2");
        assertEquals("Read <g1>this</g1> now.", session.view().source().display());
        Change c = session.translate("Прочтите <g1>это</g1> сейчас.");
        assertTrue(c.findings().isEmpty(), c.findings().toString());
        String xml = readString();
        assertTrue(xml.contains("<mrk mid=\"1\" mtype=\"seg\">Прочтите <g id=\"1\">это</g> сейчас.</mrk>"), xml);
        c = session.translate("Прочтите это сейчас.");
        assertEquals("the translation lacks <g1> </g1> of the source", c.findings().get(0).message());
    }

    @Test
    void undoTakesBackTheLastChange() {
        session.goTo("3");
        session.translate("Люди погибли.");
        assertEquals(TargetState.NEW, onDisk("3").state());
        session.goTo("1");
        session.undo();
        assertEquals("3:1", session.current().id(), "undo goes to the unit it changed");
        assertEquals("Погибли люди.", onDisk("3").targetSegment("1").plainText());
        assertEquals(TargetState.TRANSLATED, onDisk("3").state());
        assertThrows(WorkbenchException.class, () -> session.undo());
    }

    @Test
    void aSecondSessionIsReadOnlyAndSaysWhoHoldsTheFile() {
        try (TranslationSession second = open()) {
            assertTrue(second.readOnly());
            assertNotNull(second.holder());
            assertTrue(second.holder().contains("pid " + ProcessHandle.current().pid()), second.holder());
            WorkbenchException e = assertThrows(WorkbenchException.class, () -> second.translate("x"));
            assertTrue(e.getMessage().startsWith("read-only: " + file + " is being edited by "), e.getMessage());
            assertEquals("1:1", second.view().ref().id(), "reading still works");
        }
        assertFalse(session.readOnly());
        session.close();
        try (TranslationSession third = open()) {
            assertFalse(third.readOnly(), "the lock is free once the first session ends");
            assertNull(third.holder());
        }
    }

    @Test
    void aChangeOnDiskIsReloadedAndNeverOverwritten() throws IOException {
        String xml = readString().replace("Погибли люди.</mrk></target>", "Люди погибли.</mrk></target>");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        session.translate("Шуша пала.");
        assertEquals(List.of(file + " changed on disk; reloaded it"), session.drainNotices());
        assertEquals("Люди погибли.", onDisk("3").targetSegment("1").plainText(), "the other change is kept");
        assertEquals("Шуша пала.", onDisk("1").targetSegment("1").plainText());

        session.view();
        Files.writeString(file, readString().replace("Шуша пала.", "Шуша пала!"), StandardCharsets.UTF_8);
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> session.translate("Шуша взята."));
        assertEquals("unit 1 was changed on disk behind this session's back; reloaded it, and your change was not"
                + " applied (run the command again)", e.getMessage());
        assertEquals("Шуша пала!", onDisk("1").targetSegment("1").plainText());
        session.translate("Шуша взята.");
        assertEquals("Шуша взята.", onDisk("1").targetSegment("1").plainText());
    }

    @Test
    void aBrokenFileOnDiskIsReportedAndTheSessionGoesOn() throws IOException {
        String good = readString();
        Files.writeString(file, good.replace("</body>", ""), StandardCharsets.UTF_8);
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> session.view());
        assertTrue(e.getMessage().contains("the file changed on disk and is not valid XLIFF now"), e.getMessage());
        Files.writeString(file, good, StandardCharsets.UTF_8);
        assertEquals("1:1", session.view().ref().id());
    }

    @Test
    void searchIsCaseInsensitiveAndLocaleAware() {
        session.goTo("3");
        assertEquals(List.of("1:2", "3:1"), session.search("PEOPLE", true, false).stream().map(h -> h.ref().id()).toList());
        List<SearchHit> hits = session.search("погибли", false, true);
        assertEquals(1, hits.size());
        assertEquals("Погибли", hits.get(0).text().substring(hits.get(0).start(), hits.get(0).end()));
    }

    @Test
    void progressCountsSegmentsByStatusAndUnitsWithFindings() {
        session.translate("Шуши пала.");
        Progress p = session.progress();
        assertEquals(4, p.segments());
        assertEquals(1, p.count(Status.DRAFT));
        assertEquals(2, p.count(Status.UNTRANSLATED));
        assertEquals(1, p.count(Status.TRANSLATED));
        assertEquals(25, p.percentDone());
        assertEquals(1, p.unitsWithFindings());
        assertEquals(Map.of("term-missing", 1, "term-forbidden", 1), p.findingsByRule());
        session.goTo("2");
        assertTrue(session.next(Filter.FINDING) || session.previous(Filter.FINDING));
        assertEquals("1", session.current().unitId());
    }

    @Test
    void aMemoryThatCannotAnswerIsToldOnceAndTheSegmentStillShows() {
        TranslationMemory broken = new TranslationMemory() {
            @Override
            public List<MemoryMatch> lookup(MemoryQuery query) {
                throw new WorkbenchException(Path.of("memory/old.tmx") + ":3:1: not well-formed XML");
            }

            @Override
            public String name() {
                return "memory";
            }
        };
        session.close();
        Languages none = new Languages(List.of());
        session = TranslationSession.open(file, GLOSSARY, new CheckService(GLOSSARY, none, CheckConfig.defaults()), none,
                List.of(broken));
        session.next(Filter.ANY);
        assertEquals("Погибли люди.", session.view().memory().get(0).target(), "the file's own matches still come");
        session.view();
        assertEquals(List.of("the translation memory (memory) gives no matches: memory/old.tmx:3:1: not well-formed XML"),
                session.drainNotices());
    }

    private String readString() throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
