package org.l10nwb.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.Remedy;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermStatus;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.memory.ConfirmedSegment;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemorySink;
import org.l10nwb.core.memory.TranslationMemory;
import org.l10nwb.core.memory.WordDiff;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.review.SignOffLog;
import org.l10nwb.core.xliff.XliffReader;

/**
 * The hand-offs between translator and editor in the session: a translation with an error
 * finding is not confirmed or approved unless forced (and then noted), never enters the memory,
 * memory matches with forbidden terms are marked, and a rejected unit comes back first.
 */
class GuardRailsTest {
    private static final String XLIFF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file original="a.txt" datatype="plaintext" source-language="en" target-language="ru">
              <body>
               <trans-unit id="1" xml:space="preserve">
                <source>People died.</source>
                <seg-source><mrk mid="1" mtype="seg">People died.</mrk></seg-source>
               </trans-unit>
               <trans-unit id="2" xml:space="preserve">
                <source>Shusha fell.</source>
                <seg-source><mrk mid="1" mtype="seg">Shusha fell.</mrk></seg-source>
                <target xml:lang="ru" state="translated"><mrk mid="1" mtype="seg">Шуша пала.</mrk></target>
               </trans-unit>
               <trans-unit id="3" xml:space="preserve">
                <source>Stepanakert waited.</source>
                <seg-source><mrk mid="1" mtype="seg">Stepanakert waited.</mrk></seg-source>
               </trans-unit>
              </body>
             </file>
            </xliff>
            """;

    /** Khankendi, with «Степанакерт» forbidden. */
    private static final Glossary GLOSSARY = new Glossary(List.of(), "en", List.of(new Concept("khankendi", null, null,
            List.of(), List.of(new LanguageSection("en", null, List.of(), List.of(Term.of("Khankendi", TermStatus.PREFERRED),
                    Term.of("Stepanakert", TermStatus.DEPRECATED))), new LanguageSection("ru", null, List.of(),
                            List.of(Term.of("Ханкенди", TermStatus.PREFERRED), Term.of("Степанакерт",
                                    TermStatus.DEPRECATED)))), null)));

    @TempDir
    Path dir;
    private Path file;
    private TranslationSession session;
    private final List<ConfirmedSegment> remembered = new ArrayList<>();

    private final TranslationMemory memory = new TranslationMemory() {
        @Override
        public List<MemoryMatch> lookup(MemoryQuery q) {
            return List.of(new MemoryMatch(q.source(), "Степанакерт ждал.", 100, false, "old.tmx#1",
                    List.of(new WordDiff.Change(WordDiff.Kind.SAME, q.source()))));
        }

        @Override
        public String name() {
            return "old";
        }
    };

    @BeforeEach
    void setUp() throws IOException {
        file = dir.resolve("article.xlf");
        Files.writeString(file, XLIFF, StandardCharsets.UTF_8);
        Languages none = new Languages(List.of());
        session = TranslationSession.open(file, GLOSSARY, new CheckService(GLOSSARY, none, CheckConfig.defaults()), none,
                List.of(memory));
        session.rememberConfirmedIn((MemorySink) (language, segments) -> remembered.addAll(segments));
    }

    @AfterEach
    void tearDown() {
        session.close();
    }

    private TransUnit onDisk(String id) {
        return new XliffReader().read(file).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aTranslationWithAnErrorIsNotConfirmedUnlessForcedAndThenNotedAndKeptOutOfTheMemory() {
        session.goTo("3");
        session.translate("Степанакерт ждал.");
        WorkbenchException refused = assertThrows(WorkbenchException.class, () -> session.confirm(false, "Ivan"));
        assertTrue(refused.getMessage().startsWith("unit 3 not confirmed: 2 findings at error severity: "),
                refused.getMessage());
        assertEquals(Remedy.FORCE, refused.remedy());
        assertEquals("new", onDisk("3").state().value(), "still a draft");

        Change forced = session.confirm(true, "Ivan");
        assertTrue(forced.saved());
        TransUnit u = onDisk("3");
        assertEquals("translated", u.state().value());
        assertEquals("Ivan", u.notes().get(0).from());
        assertTrue(u.notes().get(0).text().startsWith("confirmed despite 2 findings at error severity: term-"),
                u.notes().get(0).text());
        assertEquals(List.of(), remembered, "a unit with errors does not enter the memory");
        assertTrue(session.drainNotices().contains("unit 3 was not added to the translation memory: it has findings"
                + " at error severity"));

        session.goTo("1");
        session.translate("Погибли люди.");
        session.confirm(false, "Ivan");
        assertEquals(1, remembered.size(), "a clean unit does");
    }

    @Test
    void approvingAUnitWithAnErrorIsRefusedUnlessForced() throws IOException {
        session.goTo("3");
        session.translate("Степанакерт ждал.");
        session.confirm(true, "Ivan");
        WorkbenchException refused = assertThrows(WorkbenchException.class,
                () -> session.review(Review.Action.APPROVE, "Nino", null, false));
        assertTrue(refused.getMessage().startsWith("unit 3 not approved: "), refused.getMessage());
        assertFalse(onDisk("3").state().isSignedOff());
        assertTrue(SignOffLog.of(file).isEmpty());

        session.review(Review.Action.APPROVE, "Nino", null, true);
        TransUnit u = onDisk("3");
        assertTrue(u.state().isSignedOff());
        assertTrue(u.notes().get(u.notes().size() - 1).text().startsWith("approved despite"));
        assertEquals("Nino", SignOffLog.of(file).get("3").by());
    }

    @Test
    void memoryMatchesWithForbiddenTermsAreMarked() {
        session.goTo("3");
        MemoryMatch m = session.view().memory().stream().filter(x -> x.origin().equals("old.tmx#1")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Степанакерт"), m.forbidden());
    }

    @Test
    void aRejectedUnitComesBackFirstWithItsReasonAndIsCounted() {
        session.goTo("2");
        session.review(Review.Action.REJECT, "Nino", "Шуша: check the case", false);
        session.close();
        Languages none = new Languages(List.of());
        session = TranslationSession.open(file, GLOSSARY, new CheckService(GLOSSARY, none, CheckConfig.defaults()), none,
                List.of());
        assertTrue(session.firstNeedingWork());
        assertEquals("2:1", session.current().id(), "the rejected unit before the untranslated ones");
        SegmentView v = session.view();
        assertTrue(v.rejected());
        assertEquals("Nino", v.notes().get(0).from());
        assertTrue(v.notes().get(0).text().matches("rejected: Шуша: check the case \\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC]"),
                v.notes().get(0).text());
        assertEquals(1, session.progress().rejected());
        session.goTo("1");
        assertTrue(session.next(TranslationSession.Filter.REJECTED));
        assertEquals("2:1", session.current().id());
        session.goTo("1");
        assertTrue(session.next(TranslationSession.Filter.NEEDS_REVIEW));

        session.goTo("2");
        session.translate("Шуша пала!");
        session.confirm(false, "Ivan");
        assertFalse(Review.rejected(onDisk("2")), "fixed and confirmed: no longer rejected");
        assertEquals(0, session.progress().rejected());
    }
}
