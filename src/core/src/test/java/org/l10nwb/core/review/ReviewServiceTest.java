package org.l10nwb.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

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
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.io.EditLock;
import org.l10nwb.core.xliff.XliffReader;

class ReviewServiceTest {
    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-30T10:00:00Z");
    private static final String XLIFF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file original="a.txt" datatype="plaintext" source-language="en" target-language="ru">
              <body>
               <trans-unit id="1" xml:space="preserve">
                <source>Shusha fell.</source>
                <target xml:lang="ru" state="translated">Шуша пала.</target>
               </trans-unit>
               <trans-unit id="2" xml:space="preserve">
                <source>People &lt;script&gt;died.</source>
                <target xml:lang="ru" state="translated">Люди &lt;img src=x onerror=alert(1)&gt; погибли в Шуши.</target>
               </trans-unit>
               <trans-unit id="3" xml:space="preserve">
                <source>Nothing yet.</source>
               </trans-unit>
              </body>
             </file>
            </xliff>
            """;
    private static final Glossary GLOSSARY = new Glossary(List.of(), "en", List.of(new Concept("shusha", null,
            "A city.", List.of("Policy."), List.of(new LanguageSection("en", null, List.of(),
                    List.of(Term.of("Shusha", TermStatus.PREFERRED))), new LanguageSection("ru", null, List.of(),
                            List.of(Term.of("Шуша", TermStatus.PREFERRED), Term.of("Шуши", TermStatus.DEPRECATED)))),
            null)));

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void setUp() throws IOException {
        file = dir.resolve("locales/ru/a.xlf");
        Files.createDirectories(file.getParent());
        Files.writeString(file, XLIFF, StandardCharsets.UTF_8);
    }

    private TransUnit unit(String id) {
        return new XliffReader().read(file).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private ReviewService service() {
        Languages none = new Languages(List.of());
        return new ReviewService(GLOSSARY, none, new CheckService(GLOSSARY, none, CheckConfig.defaults()));
    }

    @Test
    void theReportCutsTextIntoTermsAndCarriesFindingsStatusesAndFingerprints() {
        ReviewService.Report r = service().report("t", List.of("locales/ru/a.xlf"), List.of(file), NOW);
        assertEquals(3, r.rows().size());
        ReviewService.Row first = r.rows().get(0);
        assertEquals(new ReviewService.Piece("Shusha", "shusha", "term"), first.source().get(0));
        assertEquals(new ReviewService.Piece("Шуша", "shusha", "term"), first.cells().get(0).target().get(0));
        ReviewService.Cell second = r.rows().get(1).cells().get(0);
        assertEquals("Люди <img src=x onerror=alert(1)> погибли в ", second.target().get(0).text(), "text as text");
        assertEquals(new ReviewService.Piece("Шуши", "shusha", "forbidden"), second.target().get(1));
        assertEquals(List.of("term-forbidden"), second.findings().stream().map(f -> f.rule().id()).toList());
        assertEquals("untranslated", r.rows().get(2).cells().get(0).status());
        assertEquals(Map.of("term-forbidden", 1), r.findingsByRule());
        assertEquals(1, r.rows().get(1).findingCount());
        assertEquals(Review.fingerprint(unit("1")), first.cells().get(0).fingerprint());
        assertEquals(66, r.columns().get(0).percentDone());
        assertEquals(List.of("shusha"), r.concepts().stream().map(ReviewService.ConceptView::id).toList());
    }

    @Test
    void decisionsApplyWhileTheTextIsUnchangedAndAreRefusedAfterwards() {
        String fp1 = Review.fingerprint(unit("1"));
        String fp2 = Review.fingerprint(unit("2"));
        List<ReviewService.Outcome> o = ReviewService.apply(List.of(
                new ReviewService.Decision("locales/ru/a.xlf", "1", fp1, Review.Action.APPROVE, ""),
                new ReviewService.Decision("locales/ru/a.xlf", "2", fp2, Review.Action.REJECT, "Шуша, not Шуши"),
                new ReviewService.Decision("locales/ru/a.xlf", "3", Review.fingerprint(unit("3")), Review.Action.APPROVE, ""),
                new ReviewService.Decision("locales/ru/a.xlf", "9", "x", Review.Action.APPROVE, "")), dir::resolve, "Nino", NOW);
        assertEquals(List.of(true, true, false, false), o.stream().map(ReviewService.Outcome::applied).toList());
        assertEquals("unit 3 cannot be signed off: 3:1 has no translation", o.get(2).message());
        assertEquals(TargetState.SIGNED_OFF, unit("1").state());
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, unit("2").state());
        // who wrote each note, and when (XLIFF 1.2 notes have no date attribute: it ends the text)
        assertEquals(List.of("Nino: rejected: Шуша, not Шуши [2026-11-30 10:00 UTC]"),
                unit("2").notes().stream().map(n -> n.from() + ": " + n.text()).toList());
        assertEquals("Шуша пала.", SignOffLog.of(file).get("1").target());
        assertEquals("Nino", SignOffLog.of(file).get("1").by());
        assertTrue(Files.exists(dir.resolve("locales/ru/a.signoff.json")), "the log sits beside the XLIFF file");

        List<ReviewService.Outcome> again = ReviewService.apply(List.of(
                new ReviewService.Decision("locales/ru/a.xlf", "1", "0000000000000000", Review.Action.COMMENT, "late")),
                dir::resolve, "Nino", NOW);
        assertFalse(again.get(0).applied());
        assertEquals("unit 1 of locales/ru/a.xlf changed since the report was made; make a new report and decide again",
                again.get(0).message());
    }

    @Test
    void aFileBeingEditedIsLeftAlone() throws IOException {
        byte[] before = Files.readAllBytes(file);
        try (EditLock lock = EditLock.tryAcquire(file)) {
            List<ReviewService.Outcome> o = ReviewService.apply(List.of(new ReviewService.Decision("locales/ru/a.xlf",
                    "1", Review.fingerprint(unit("1")), Review.Action.APPROVE, "")), dir::resolve, "Nino", NOW);
            assertFalse(o.get(0).applied());
            assertTrue(o.get(0).message().startsWith("locales/ru/a.xlf is being edited by "), o.get(0).message());
        }
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
    }

    @Test
    void diffShowsWhatChangedSinceTheSignOff() throws IOException {
        ReviewService.apply(List.of(new ReviewService.Decision("locales/ru/a.xlf", "1", Review.fingerprint(unit("1")),
                Review.Action.APPROVE, "")), dir::resolve, "Nino", NOW);
        assertEquals(List.of(), ReviewService.diff(file));
        Files.writeString(file, Files.readString(file).replace("Шуша пала.", "Шуша взята."));
        List<ReviewService.Changed> d = ReviewService.diff(file);
        assertEquals(1, d.size());
        assertEquals("Шуша пала.", d.get(0).signedOff().target());
        assertEquals("Шуша взята.", d.get(0).now());
        assertEquals("Шуша [-пала-]{+взята+}.", d.get(0).marked(), "as written, punctuation in its place");
        assertTrue(service().report("t", List.of("a"), List.of(file), NOW).rows().get(0).changed());
    }

    @Test
    void aBadDecisionsFileIsOneClearErrorAndNothingIsApplied() throws IOException {
        Path bad = dir.resolve("d.json");
        Files.writeString(bad, "{\"format\": \"l10n-workbench-review\", \"decisions\": [ {\"file\": \"x\"");
        assertTrue(assertThrows(WorkbenchException.class, () -> ReviewService.readDecisions(bad)).getMessage()
                .startsWith(bad + ": not well-formed JSON"));
        Files.writeString(bad, "{\"format\": \"l10n-workbench-review\", \"decisions\": [{\"file\": \"f\", \"unit\": \"1\","
                + " \"fingerprint\": \"x\", \"action\": \"delete\"}]}");
        assertEquals(bad + ": decision ending on line 1: unknown review action 'delete' (approve, reject or comment)",
                assertThrows(WorkbenchException.class, () -> ReviewService.readDecisions(bad)).getMessage());
        Files.writeString(bad, "{\"decisions\": []}");
        assertTrue(assertThrows(WorkbenchException.class, () -> ReviewService.readDecisions(bad)).getMessage()
                .contains("not a review decisions file"));
        Files.writeString(bad, "{\"format\": \"l10n-workbench-review\", \"reviewer\": \"Nino\", \"decisions\": "
                + "[{\"file\": \"f\", \"unit\": \"1\", \"fingerprint\": \"x\", \"action\": \"approve\"}]}");
        ReviewService.Decisions ok = ReviewService.readDecisions(bad);
        assertEquals("Nino", ok.reviewer());
        assertEquals(Review.Action.APPROVE, ok.decisions().get(0).action());
    }

    @Test
    void sentencesOfAParagraphAreNumberedInBothColumns() throws IOException {
        Files.writeString(file, XLIFF.replace("<source>Shusha fell.</source>", "<source>Shusha fell. Then more.</source>"
                + "<seg-source><mrk mid=\"1\" mtype=\"seg\">Shusha fell.</mrk> <mrk mid=\"2\" mtype=\"seg\">Then more.</mrk>"
                + "</seg-source>").replace(">Шуша пала.</target>", "><mrk mid=\"1\" mtype=\"seg\">Шуша пала.</mrk>"
                + " <mrk mid=\"2\" mtype=\"seg\">Потом ещё.</mrk></target>"), StandardCharsets.UTF_8);
        ReviewService.Row row = service().report("t", List.of("a"), List.of(file), NOW).rows().get(0);
        assertEquals(List.of(new ReviewService.Piece("1", null, "segment"), new ReviewService.Piece("Shusha", "shusha", "term"),
                new ReviewService.Piece(" fell.", null, null), new ReviewService.Piece(" ", null, null),
                new ReviewService.Piece("2", null, "segment"), new ReviewService.Piece("Then more.", null, null)), row.source());
        assertEquals(new ReviewService.Piece("2", null, "segment"), row.cells().get(0).target().get(4));
    }
}
