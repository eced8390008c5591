package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code glossary forms} and the lint of inflection hints and of terms that can never match as
 * written, on a glossary with one case per concept ({@code src/test/resources/glossary/hints.tbx}).
 */
class GlossaryFormsTest {
    private static final String GLOSSARY = Path.of("src/test/resources/glossary/hints.tbx").toString();

    @Test
    void formsPrintsTheParadigmTheClassChooses() {
        Cli.Result r = Cli.run("glossary", "forms", "Шуша", "--glossary", GLOSSARY, "--locale", "ru");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("concept shusha"), r.toString());
        assertTrue(r.out().contains("ru \u201CШуша\u201D (admitted, properNoun, ru:fem-a):"), r.toString());
        assertTrue(r.out().contains("  fem-a: шуша шуши шуше шушу шушой шушою шушей шушею шушам шушами шушах шуш"),
                r.toString());
    }

    @Test
    void formsOfATermGivenInTheSourceLanguageOrByIdShowEveryLanguage() {
        Cli.Result r = Cli.run("glossary", "forms", "karabakh", "--glossary", GLOSSARY);
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("ru \u201CКарабах\u201D"), r.toString());
        assertTrue(r.out().contains("masc: карабах карабаха карабаху"), r.toString());
        assertTrue(r.out().contains("glossary forms: Карабах | Карабаха | Нагорный Карабах"), r.toString());
        Cli.Result indeclinable = Cli.run("glossary", "forms", "Shushi", "river", "--glossary", GLOSSARY, "--locale", "ru");
        assertTrue(indeclinable.out().contains("  indeclinable: шуши"), indeclinable.toString());
        Cli.Result plain = Cli.run("glossary", "forms", "Baku", "--glossary", GLOSSARY, "--locale", "de");
        assertTrue(plain.out().contains("de \u201CBaku\u201D (admitted, indeclinable, no grammar module: as written):"),
                plain.toString());
    }

    @Test
    void anUnknownTermIsAUsageErrorNamingTheGlossary() {
        Cli.Result r = Cli.run("glossary", "forms", "Yerevan", "--glossary", GLOSSARY);
        assertEquals(ExitStatus.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("no term or concept \u201CYerevan\u201D in") && r.err().contains("hints.tbx"),
                r.toString());
    }

    @Test
    void lintReportsEveryProblemOfHintsAndUnmatchableTerms() {
        Cli.Result r = Cli.run("glossary", "lint", "--glossary", GLOSSARY, "--locale", "ru");
        assertEquals(1, r.exit(), "unknown classes are errors: " + r);
        for (String expected : List.of(
                "error inflection-unknown-class moldova: ru \u201CМолдова\u201D: inflection \u201Cru:bogus\u201D",
                "error inflection-wrong-language baku: ru \u201CБаку\u201D: inflection \u201Cka:vowel\u201D is meant for ka",
                "warning inflection-unsupported baku: az \u201CBakı\u201D: inflection \u201Cfem-a\u201D has no effect: the az"
                        + " module has no declension classes",
                "warning inflection-unsupported baku: de \u201CBaku\u201D: inflection \u201Cindeclinable\u201D has no effect:"
                        + " no grammar module for de",
                "warning inflection-class-mismatch tver: ru \u201CТверь\u201D: inflection \u201Cfem-a\u201D does not fit",
                "warning inflected-form-is-term karabakh: ru form \u201CКарабах\u201D of \u201CКарабах\u201D is the term itself",
                "info inflected-form-generated karabakh: ru form \u201CКарабаха\u201D of \u201CКарабах\u201D is already a form",
                "warning term-unjoinable rnd: en \u201CR&D\u201D has \u201C&\u201D between \u201CR\u201D and \u201CD\u201D",
                "warning term-no-words rnd: en \u201C…\u201D has no letters or digits",
                "warning form-collision shushi-river: ru \u201CШуши\u201D is also a form of admitted \u201CШуша\u201D of"
                        + " concept shusha")) {
            assertTrue(r.out().contains(expected), expected + "\n" + r);
        }
        assertTrue(r.out().lines().filter(l -> l.contains("form-collision")).count() == 1,
                "Шуша is no form of the indeclinable Шуши: " + r);
    }
}
