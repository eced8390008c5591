package org.l10nwb.core.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import org.l10nwb.core.review.ReviewService.Decision;
import org.l10nwb.core.review.ReviewService.Outcome;
import org.l10nwb.core.review.ReviewService.Result;
import org.l10nwb.core.xliff.XliffReader;

/** Decisions from a report: idempotent, the last one per unit, corrections re-checked. */
class DecisionApplierTest {
    private static final String FILE = "locales/ru/a.xlf";
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
                <source><g id="1" ctype="bold">Shusha</g> is a city.<x id="2" ctype="lb"/></source>
                <target xml:lang="ru" state="translated" state-qualifier="leveraged-tm"><g id="1" ctype="bold">Шуша</g> — город.<x id="2" ctype="lb"/></target>
               </trans-unit>
               <trans-unit id="3" xml:space="preserve">
                <source>Shusha fell. Then more.</source>
                <seg-source><mrk mid="1" mtype="seg">Shusha fell.</mrk> <mrk mid="2" mtype="seg">Then more.</mrk></seg-source>
                <target xml:lang="ru" state="new"><mrk mid="1" mtype="seg">Шуша пала.</mrk> <mrk mid="2" mtype="seg"></mrk></target>
               </trans-unit>
              </body>
             </file>
            </xliff>
            """;
    private static final Glossary GLOSSARY = new Glossary(List.of(), "en", List.of(new Concept("shusha", null, null,
            List.of(), List.of(new LanguageSection("en", null, List.of(), List.of(Term.of("Shusha", TermStatus.PREFERRED))),
                    new LanguageSection("ru", null, List.of(), List.of(Term.of("Шуша", TermStatus.PREFERRED),
                            Term.of("Шуши", TermStatus.DEPRECATED)))), null)));

    @TempDir
    Path dir;
    private Path file;
    private Path log;

    @BeforeEach
    void setUp() throws IOException {
        file = dir.resolve(FILE);
        log = SignOffLog.fileFor(file);
        Files.createDirectories(file.getParent());
        Files.writeString(file, XLIFF, StandardCharsets.UTF_8);
    }

    private TransUnit unit(String id) {
        return new XliffReader().read(file).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private Decision decision(String unit, Review.Action action, String text, Map<String, String> correction) {
        return new Decision(FILE, unit, Review.fingerprint(unit(unit)), action, text, correction);
    }

    private List<Outcome> apply(Decision... decisions) {
        return applyAt(NOW, decisions);
    }

    private List<Outcome> applyAt(OffsetDateTime now, Decision... decisions) {
        Languages none = new Languages(List.of());
        ReviewService service = new ReviewService(GLOSSARY, none, new CheckService(GLOSSARY, none, CheckConfig.defaults()));
        return service.applyDecisions(List.of(decisions), dir::resolve, "Nino", now);
    }

    private static List<Result> results(List<Outcome> outcomes) {
        return outcomes.stream().map(Outcome::result).toList();
    }

    private List<String> notes(String unit) {
        return unit(unit).notes().stream().map(n -> n.from() + ": " + n.text()).toList();
    }

    @Test
    void theSameDecisionsAppliedTwiceChangeNothingTheSecondTime() throws IOException {
        Decision[] decisions = {decision("1", Review.Action.APPROVE, "", null),
            decision("2", Review.Action.REJECT, "Шуша is bold in the source", null),
            decision("3", Review.Action.APPROVE, "", Map.of("1", "Шуша пала.", "2", "Потом ещё."))};
        assertEquals(List.of(Result.APPLIED, Result.APPLIED, Result.APPLIED), results(apply(decisions)));
        byte[] xliff = Files.readAllBytes(file);
        byte[] signOffs = Files.readAllBytes(log);

        List<Outcome> again = applyAt(NOW.plusDays(1), decisions); // a note's time is not part of what it says
        assertEquals(List.of(Result.SKIPPED, Result.SKIPPED, Result.SKIPPED), results(again));
        assertEquals(List.of("unit 1 of locales/ru/a.xlf: already signed off with this text",
                "unit 2 of locales/ru/a.xlf: already rejected for this reason",
                "unit 3 of locales/ru/a.xlf: already signed off with this text"),
                again.stream().map(Outcome::message).toList());
        assertArrayEquals(xliff, Files.readAllBytes(file), "the XLIFF is byte for byte what the first run wrote");
        assertArrayEquals(signOffs, Files.readAllBytes(log), "and so is the sign-off log");
        assertEquals(List.of("Nino: rejected: Шуша is bold in the source [2026-11-30 10:00 UTC]"), notes("2"), "one note, not two");
    }

    @Test
    void onlyTheLastDecisionOnAUnitCounts() {
        List<Outcome> o = apply(decision("1", Review.Action.APPROVE, "", null),
                decision("1", Review.Action.REJECT, "no", null),
                decision("2", Review.Action.REJECT, "no", null),
                decision("2", Review.Action.APPROVE, "", null));
        assertEquals(List.of(Result.SUPERSEDED, Result.APPLIED, Result.SUPERSEDED, Result.APPLIED), results(o));
        assertEquals("unit 1 of locales/ru/a.xlf: approve superseded by a later decision on the unit", o.get(0).message());
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, unit("1").state());
        assertNull(SignOffLog.of(file).get("1"), "a rejected unit is not in the log as signed off");
        assertEquals(TargetState.SIGNED_OFF, unit("2").state());
        assertEquals(List.of(), notes("2"), "the rejection that was taken back left no note");
        assertEquals(Review.targetText(unit("2")), SignOffLog.of(file).get("2").target());
    }

    @Test
    void aCorrectionWithAnErrorIsAppliedButNotSignedOff() throws IOException {
        Decision d = decision("1", Review.Action.APPROVE, "", Map.of("1", "Шуши пала."));
        Outcome o = apply(d).get(0);
        assertEquals(Result.APPLIED, o.result());
        assertTrue(o.withheld(), o.message());
        assertTrue(o.message().startsWith("corrected unit 1 of locales/ru/a.xlf, not signed off: the checks find error"
                + " term-missing: “Shusha” (concept shusha) is in the source") && o.message().contains("error term-forbidden: "),
                o.message());
        TransUnit u = unit("1");
        assertEquals("Шуши пала.", Review.targetText(u), "the editor's text stands");
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, u.state());
        assertEquals(List.of("Nino: corrected; was: Шуша пала. [2026-11-30 10:00 UTC]",
                "Nino: not signed off: the correction has errors term-missing (shusha), term-forbidden (shusha) [2026-11-30 10:00 UTC]"), notes("1"));
        assertFalse(Files.exists(log), "nothing signed off");

        byte[] xliff = Files.readAllBytes(file);
        Outcome again = apply(d).get(0);
        assertEquals(Result.SKIPPED, again.result());
        assertTrue(again.withheld(), "still not signed off, and still said so");
        assertArrayEquals(xliff, Files.readAllBytes(file));
    }

    @Test
    void aCleanApprovedCorrectionIsSignedOffWithItsInlineCodes() {
        Outcome o = apply(decision("2", Review.Action.APPROVE, "", Map.of("1", "\u27e81\u27e9Шуша\u27e8/1\u27e9 — красивый город.\u27e82/\u27e9"))).get(0);
        assertEquals("corrected and signed off unit 2 of locales/ru/a.xlf", o.message());
        TransUnit u = unit("2");
        assertEquals(TargetState.SIGNED_OFF, u.state());
        assertNull(u.stateQualifier(), "no longer a memory match");
        assertEquals("<g1>Шуша</g1> — красивый город.<x2/>", Review.targetText(u));
        assertTrue(u.target().joined().codes().get(0).xml().contains("ctype=\"bold\""), "the codes as the file had them");
        assertEquals(List.of("Nino: corrected; was: \u27e81\u27e9Шуша\u27e8/1\u27e9 — город.\u27e82/\u27e9 [2026-11-30 10:00 UTC]"), notes("2"));
        assertEquals("<g1>Шуша</g1> — красивый город.<x2/>", SignOffLog.of(file).get("2").target());
    }

    @Test
    void aCorrectionThatLosesOrMisplacesCodesIsRefusedWhole() throws IOException {
        String before = Files.readString(file);
        List<Outcome> o = apply(decision("2", Review.Action.APPROVE, "", Map.of("1", "\u27e81\u27e9Шуша\u27e8/1\u27e9 — город.")));
        assertEquals(Result.REFUSED, o.get(0).result());
        assertEquals("unit 2 of locales/ru/a.xlf: the correction of unit 2 drops \u27e82/\u27e9; keep every inline code"
                + " the translation has", o.get(0).message());
        o = apply(decision("2", Review.Action.APPROVE, "", Map.of("1", "\u27e8/1\u27e9Шуша\u27e81\u27e9 — город.\u27e82/\u27e9")));
        assertTrue(o.get(0).message().endsWith("closes \u27e8/1\u27e9 before it opens; paired codes close in the reverse"
                + " order they open"), o.get(0).message());
        o = apply(decision("2", Review.Action.APPROVE, "", Map.of("1", "\u27e81\u27e9Шуша\u27e8/1\u27e9\u27e87\u27e9.\u27e82/\u27e9")));
        assertTrue(o.get(0).message().endsWith("\u27e87\u27e9 is not an inline code of this unit (its codes are"
                + " \u27e81\u27e9 \u27e8/1\u27e9 \u27e82/\u27e9)"), o.get(0).message());
        o = apply(decision("1", Review.Action.REJECT, "no", Map.of("1", "Шуша взята.")));
        assertTrue(o.get(0).message().contains("a rejection sends the translation back as it is"), o.get(0).message());
        assertEquals(before, Files.readString(file), "nothing written");
    }

    @Test
    void aRejectionAlreadyMadeIsSkippedAfterTheTranslatorHasMovedOn() throws IOException {
        Decision reject = decision("1", Review.Action.REJECT, "Шуша, not Шуши", null);
        Decision comment = decision("2", Review.Action.COMMENT, "nice", null);
        apply(reject, comment);
        Files.writeString(file, Files.readString(file).replace("Шуша пала.", "Шуша была взята."));
        List<Outcome> again = apply(reject, comment);
        assertEquals(List.of(Result.SKIPPED, Result.SKIPPED), results(again), "not refused as changed, not noted twice");
        assertEquals(List.of("Nino: rejected: Шуша, not Шуши [2026-11-30 10:00 UTC]"), notes("1"));
        Outcome stale = apply(decision("2", Review.Action.APPROVE, "", null), new Decision(FILE, "1",
                "0000000000000000", Review.Action.APPROVE, "")).get(1);
        assertEquals(Result.REFUSED, stale.result());
        assertTrue(stale.message().endsWith("changed since the report was made; make a new report and decide again"));
    }

    @Test
    void aCorrectionWithACommentNeedsReviewAndAnApprovalOfFindingsIsNoted() throws IOException {
        apply(decision("3", Review.Action.COMMENT, "second sentence added", Map.of("2", "Потом ещё.")));
        TransUnit three = unit("3");
        assertEquals("Шуша пала. Потом ещё.", Review.targetText(three));
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, three.state(), "nobody approved the new text yet");
        assertEquals(List.of("Nino: corrected; was: Шуша пала. [2026-11-30 10:00 UTC]", "Nino: second sentence added [2026-11-30 10:00 UTC]"), notes("3"));

        Files.writeString(file, Files.readString(file).replace("Шуша пала.</target>", "Шуши пала.</target>"));
        apply(decision("1", Review.Action.APPROVE, "", null));
        assertEquals(TargetState.SIGNED_OFF, unit("1").state(), "the page warned the editor, who approved all the same");
        assertEquals(List.of("Nino: signed off despite errors term-missing (shusha), term-forbidden (shusha) [2026-11-30 10:00 UTC]"), notes("1"));
    }
}
