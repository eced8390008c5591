package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermStatus;
import org.l10nwb.lang.Language;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.lang.TermWord;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.xliff.XliffReader;

/**
 * The rule of the glossary check, with a tiny stand-in grammar (the real ones live in the
 * language modules and are tested there and end to end in the CLI).
 */
class CheckServiceTest {
    /** "Xa" declines to "Xy", "Xe"; forbidden "Xy" is therefore also a form of "Xa". */
    private static final Language TOY = new Language() {
        @Override
        public String code() {
            return "ru";
        }

        @Override
        public Set<String> forms(TermWord w) {
            String k = w.key();
            return k.endsWith("a") ? Set.of(k, k.substring(0, k.length() - 1) + "y", k.substring(0, k.length() - 1) + "e")
                    : Set.of(k);
        }
    };

    private static Term term(String text, TermStatus s) {
        return Term.of(text, s);
    }

    private static Concept concept(String id, List<Term> en, List<Term> ru) {
        return new Concept(id, null, null, List.of("why it matters"), List.of(
                new LanguageSection("en", null, List.of(), en), new LanguageSection("ru", null, List.of(), ru)), null);
    }

    private final Glossary glossary = new Glossary(List.of(), "en", List.of(
            concept("shusha", List.of(term("Shusha", TermStatus.PREFERRED)),
                    List.of(term("Shusha", TermStatus.PREFERRED), term("Shushy", TermStatus.DEPRECATED))),
            concept("tsu", List.of(term("Tbilisi State University", TermStatus.PREFERRED)),
                    List.of(term("Tbilisi State Universitet", TermStatus.PREFERRED))),
            concept("tbilisi", List.of(term("Tbilisi", TermStatus.PREFERRED)), List.of(term("Tiflis", TermStatus.PREFERRED))),
            concept("karabakh", List.of(term("Karabakh", TermStatus.PREFERRED), term("Artsakh", TermStatus.DEPRECATED)),
                    List.of(term("Karabakha", TermStatus.PREFERRED), term("Artsakha", TermStatus.DEPRECATED)))));

    private CheckResult check(String units, Map<String, String> settings) {
        String xml = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\""
                + " datatype=\"plaintext\" source-language=\"en\" target-language=\"ru\"><body>" + units
                + "</body></file></xliff>";
        XliffDocument doc = new XliffReader().read(Path.of("t.xlf"), xml.getBytes(StandardCharsets.UTF_8));
        return new CheckService(glossary, new Languages(List.of(TOY)), CheckConfig.fromSettings(settings))
                .check(List.of(Path.of("t.xlf")), List.of(doc));
    }

    /** The glossary's and the inline codes' findings (the quality checks have their own tests). */
    private static List<String> triples(CheckResult r) {
        return r.findings().stream().filter(f -> f.rule() == Rule.UNTRANSLATED || QualityChecks.byId(f.rule().id()) == null)
                .map(f -> f.unitId() + " " + f.rule().id() + " " + f.conceptId()).toList();
    }

    private static String unit(String id, String source, String target) {
        return "<trans-unit id=\"" + id + "\"><source>" + source + "</source>"
                + (target == null ? "" : "<target>" + target + "</target>") + "</trans-unit>";
    }

    @Test
    void inflectedApprovedTermsAreFoundAndTheLongestSourceTermWins() {
        CheckResult r = check(unit("1", "the city of Shusha", "v Shushe")
                + unit("2", "at Tbilisi State University", "v Tbilisi State Universitet")
                + unit("3", "Tbilisi", "v Tiflis"), Map.of());
        assertEquals(List.of(), triples(r));
    }

    @Test
    void missingAndForbiddenAreBothReported() {
        CheckResult r = check(unit("1", "Karabakh", "v Artsakhe"), Map.of());
        assertEquals(List.of("1 term-missing karabakh", "1 term-forbidden karabakh"), triples(r));
        Finding f = r.findings().get(1);
        assertTrue(f.message().contains("\u201CArtsakhe\u201D is a form of the deprecated term \u201CArtsakha\u201D"), f.message());
        assertTrue(f.message().contains("use \u201CKarabakha\u201D"), f.message());
        assertTrue(f.message().contains("why it matters"), f.message());
        assertEquals(List.of("Karabakha"), f.expected());
        assertEquals(List.of("Artsakhe"), f.found());
        assertTrue(f.render().startsWith("t.xlf:1:"), f.render());
    }

    @Test
    void aForbiddenWordThatIsAlsoAnApprovedFormIsNotReported() {
        CheckResult r = check(unit("1", "Shusha", "iz Shushy"), Map.of());
        assertEquals(List.of(), triples(r));
    }

    @Test
    void forbiddenTermsCountEvenWhenTheSourceDoesNotMentionTheConcept() {
        assertEquals(List.of("1 term-forbidden karabakh"), triples(check(unit("1", "a war", "Artsakha"), Map.of())));
    }

    @Test
    void inlineCodesNoBreakSpacesAndCaseDoNotHideTerms() {
        CheckResult r = check(unit("1", "<g id=\"1\">Shu</g>sha and Tbilisi<x id=\"2\"/> State University",
                "<g id=\"1\">SHUSHE</g> i Tbilisi\u00A0State <x id=\"2\"/>Universitet"), Map.of());
        assertEquals(List.of(), triples(r));
    }

    @Test
    void inlineCodesOfTheSourceMustComeBackInEachSegment() {
        String u = "<trans-unit id=\"1\"><source>a</source><seg-source><mrk mtype=\"seg\" mid=\"1\">Read <g id=\"1\">this</g>.</mrk>"
                + " <mrk mtype=\"seg\" mid=\"2\">Then<x id=\"2\"/> that.</mrk></seg-source><target>"
                + "<mrk mtype=\"seg\" mid=\"1\">Прочтите это.</mrk> <mrk mtype=\"seg\" mid=\"2\">Потом<x id=\"2\"/> то<ph id=\"3\">&amp;</ph>.</mrk>"
                + "</target></trans-unit>";
        CheckResult r = check(u, Map.of());
        assertEquals(List.of("1 inline-codes null", "1 inline-codes null"), triples(r));
        assertEquals("segment 1 of the translation lacks <g1> </g1> of the source", r.findings().get(0).message());
        assertEquals("segment 2 of the translation has <ph3/>, which the source does not", r.findings().get(1).message());
        String moved = u.replace("Прочтите это.", "<g id=\"1\">Это</g> прочтите.").replace("<ph id=\"3\">&amp;</ph>", "");
        assertEquals(List.of(), triples(check(moved, Map.of())), "codes may move within their segment");
    }

    @Test
    void wordsMustStandTogetherAndWholeWordsOnly() {
        CheckResult r = check(unit("1", "Tbilisi; State University", "Tiflis") + unit("2", "Shushaville", "x"), Map.of());
        assertEquals(List.of(), triples(r), "neither a term split by punctuation nor a longer word is a term");
    }

    @Test
    void untranslatedUnitsAreReportedNotChecked() {
        CheckResult r = check(unit("1", "Karabakh", null) + unit("2", "Karabakh", ""), Map.of());
        assertEquals(List.of("1 untranslated null", "2 untranslated null"), triples(r));
        assertFalse(r.files().get(0).units().get(0).translated());
        assertEquals(Severity.WARNING, r.findings().get(0).severity());
    }

    @Test
    void onlyTranslatedSegmentsAreCheckedInAHalfDoneUnit() {
        String u = "<trans-unit id=\"1\"><source>Shusha. Karabakh.</source><seg-source><mrk mtype=\"seg\" mid=\"1\">Shusha.</mrk>"
                + " <mrk mtype=\"seg\" mid=\"2\">Karabakh.</mrk></seg-source><target><mrk mtype=\"seg\" mid=\"1\">Shusha.</mrk>"
                + " <mrk mtype=\"seg\" mid=\"2\"></mrk></target></trans-unit>";
        assertEquals(List.of("1 untranslated null"), triples(check(u, Map.of())));
    }

    @Test
    void severitiesComeFromProjectSettings() {
        CheckResult r = check(unit("1", "Karabakh", "v Artsakhe") + unit("2", "x", null),
                Map.of("check.severity.term-missing", "warning", "check.severity.untranslated", "off"));
        assertEquals(List.of(Severity.WARNING, Severity.ERROR), r.findings().stream().map(Finding::severity).toList());
        assertTrue(r.failsAt(Severity.ERROR));
        assertFalse(check(unit("1", "Karabakh", "v Karabakhe"), Map.of()).failsAt(Severity.WARNING));
    }
}
