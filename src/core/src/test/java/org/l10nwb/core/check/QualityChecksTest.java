package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.xliff.XliffReader;

/**
 * How the quality checks are run: located at their segment, configured per locale, comparing the
 * files checked together. What each check finds is in {@code check-examples/}.
 */
class QualityChecksTest {
    private static final Glossary NO_TERMS = new Glossary(List.of(), "en", List.of());
    private static final Languages NONE = new Languages(List.of());

    private static XliffDocument doc(Path file, String lang, String units) {
        String xml = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"a\""
                + " datatype=\"plaintext\" source-language=\"en\" target-language=\"" + lang + "\"><body>\n" + units
                + "</body></file></xliff>";
        return new XliffReader().read(file, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static CheckService service(Map<String, String> settings) {
        return new CheckService(NO_TERMS, NONE, CheckConfig.fromSettings(settings));
    }

    @Test
    void aFindingNamesItsSegmentAndStandsAtIt() {
        Path file = Path.of("ru.xlf");
        XliffDocument d = doc(file, "ru", "<trans-unit id=\"5\"><source>a</source><seg-source>"
                + "<mrk mtype=\"seg\" mid=\"1\">In 2019 it began.</mrk> <mrk mtype=\"seg\" mid=\"2\">In 2020 it ended.</mrk></seg-source>\n"
                + "<target><mrk mtype=\"seg\" mid=\"1\">В 2019 году это началось.</mrk> <mrk mtype=\"seg\" mid=\"2\">В 2002 году это кончилось.</mrk></target>"
                + "</trans-unit>\n");
        List<Finding> f = service(Map.of()).check(List.of(file), List.of(d)).findings();
        assertEquals(1, f.size(), f.toString());
        Finding x = f.get(0);
        assertEquals("number-mismatch", x.rule().id());
        assertEquals("5", x.unitId());
        assertEquals("2", x.segmentId());
        TransUnit u = d.units().get(0);
        assertEquals(u.targetPosition("2"), x.position());
        assertTrue(x.position().column() > u.targetPosition("1").column(), x.position().toString());
        assertEquals(List.of("2020"), x.expected());
        assertEquals(List.of("2002"), x.found());
        assertTrue(x.render().startsWith("ru.xlf:4:" + x.position().column() + ": error number-mismatch 5:2: the source has 2020"),
                x.render());
    }

    @Test
    void severitiesAndParametersComeFromTheProjectPerLocale() {
        String units = "<trans-unit id=\"1\"><source>He closed the “Russian House”.</source>"
                + "<target>Он закрыл “Русский дом”.</target></trans-unit>";
        Path file = Path.of("ru.xlf");
        assertEquals(List.of("warning quote-style"), ids(service(Map.of()), file, doc(file, "ru", units)));
        assertEquals(List.of(), ids(service(Map.of("check.severity.quote-style", "off")), file, doc(file, "ru", units)));
        assertEquals(List.of("error quote-style"), ids(service(Map.of("check.severity.quote-style", "error")), file,
                doc(file, "ru", units)));
        assertEquals(List.of(), ids(service(Map.of("check.quote-style.ru", "“” ‘’")), file, doc(file, "ru", units)),
                "the project's marks for ru");
        assertEquals(List.of(), ids(service(Map.of("check.quote-style.ru-RU", "“” ‘’")), file, doc(file, "ru-RU", units)),
                "a region's marks");
        assertEquals(List.of("warning quote-style"), ids(service(Map.of("check.quote-style.ka", "“” ‘’")), file,
                doc(file, "ru", units)), "another locale's marks do not count");
        assertEquals(List.of(), ids(service(Map.of("check.quote-style", "“” ‘’")), file, doc(file, "ru", units)),
                "marks for every locale");
        assertEquals(List.of("warning quote-style"), ids(service(Map.of("check.quote-style", "“” ‘’",
                "check.quote-style.ru", "«» „“")), file, doc(file, "ru", units)), "the locale's setting wins");
    }

    private static List<String> ids(CheckService s, Path file, XliffDocument d) {
        return s.check(List.of(file), List.of(d)).findings().stream().map(f -> f.severity().label() + " " + f.rule().id())
                .toList();
    }

    @Test
    void aSettingThatNamesNoCheckParameterLocaleOrValueIsAnError() {
        for (String[] c : new String[][] {
                {"check.severity.spelling-check", "warning", "no check is called 'spelling-check'"},
                {"check.spelling-check.ru", "x", "no check is called 'spelling-check'"},
                {"check.spacing.before-comma.ru", "nbsp", "the check 'spacing' has no parameter 'before-comma.ru' (it has: no-space-before, before-dash)"},
                {"check.spacing.before-dash.ru", "always", "'always' is neither nbsp nor any"},
                {"check.spacing.before-dash.xx", "nbsp", "'xx' is not a locale"},
                {"check.quote-style.ru", "«»„", "'«»„' is not an opening and a closing quotation mark"},
                {"check.length-ratio.tolerance", "0.5", "'0.5' is not above 1"},
                {"check.length-ratio.ru", "-1", "'-1' is not a positive number"},
                {"check.doubled-word.ru", "x", "the check 'doubled-word' has no parameter 'ru'"}}) {
            WorkbenchException e = assertThrows(WorkbenchException.class, () -> CheckConfig.fromSettings(Map.of(c[0], c[1])),
                    c[0]);
            assertTrue(e.getMessage().startsWith(c[0] + ": ") && e.getMessage().contains(c[2]), e.getMessage());
        }
        CheckConfig.fromSettings(Map.of("check.spacing.before-dash.az", "nbsp", "check.length-ratio.tolerance", "2",
                "check.quote-style.az", "“” «»", "check.length-ratio.ka", "1.2", "source-locale", "en"));
    }

    @Test
    void everyRuleHasAnIdOnceAndEveryCheckADescriptionAndHelp() {
        Set<String> ids = new HashSet<>();
        for (Rule r : CheckConfig.RULES) {
            assertTrue(ids.add(r.id()), "one rule per id: " + r.id());
            assertTrue(r.id().matches("[a-z]+(-[a-z]+)*"), r.id());
            assertTrue(r.description().endsWith(".") && r.help().endsWith("."), r.id());
        }
        for (SegmentCheck c : QualityChecks.ALL) {
            assertTrue(ids.contains(c.rule().id()), c.rule().id());
            for (CheckParameter p : c.parameters()) {
                assertTrue(p.defaultFor("qq") != null || p.name().isEmpty(), c.rule().id() + " " + p.name());
            }
        }
    }

    @Test
    void theLocalesFilesAreComparedTogetherAndAUnitCheckedAloneIsNot() {
        Path a = Path.of("locales/ru/a.xlf");
        Path b = Path.of("locales/ru/b.xlf");
        XliffDocument da = doc(a, "ru", "<trans-unit id=\"1\"><source>People died in the crash.</source>"
                + "<target>При крушении погибли люди.</target></trans-unit>\n");
        XliffDocument db = doc(b, "ru", "<trans-unit id=\"7\"><source>People died in the crash.</source>"
                + "<target>Люди погибли при крушении.</target></trans-unit>\n");
        CheckService s = service(Map.of());
        List<Finding> f = s.check(List.of(a, b), List.of(da, db)).findings();
        assertEquals(2, f.size(), f.toString());
        assertEquals("the same source is translated differently in b.xlf 7 (“Люди погибли при крушении.”)", f.get(0).message());
        assertEquals("the same source is translated differently in a.xlf 1 (“При крушении погибли люди.”)", f.get(1).message());
        CheckService alone = service(Map.of());
        assertEquals(List.of(), alone.check(a, "en", "ru", da.units().get(0)), "nothing to compare with");
        alone.learn(List.of(a, b), List.of(da, db));
        assertEquals(1, alone.check(a, "en", "ru", da.units().get(0)).size(), "once shown the locale's files");
    }
}
