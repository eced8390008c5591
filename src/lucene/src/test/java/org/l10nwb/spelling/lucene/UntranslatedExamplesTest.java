package org.l10nwb.spelling.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckExamples;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.xliff.XliffReader;

/**
 * The {@code untranslated} check's examples ({@code check-examples/untranslated.txt} of the core),
 * run here with the language modules and Lucene's Hunspell: the English module's dictionary tells
 * an ordinary English word left alone in a translation ({@code balance}) from a name in code
 * ({@code jsonb}). Every example runs, those marked {@code dictionary} as written.
 */
class UntranslatedExamplesTest {

    static List<CheckExamples.Example> examples() {
        return CheckExamples.read("untranslated");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(CheckExamples.Example e) {
        List<Finding> mine = CheckExamples.run(e, Languages.installed()).stream()
                .filter(f -> f.rule().id().equals("untranslated")).toList();
        CheckExamples.assertExample(e, mine);
    }

    /** The lone-word examples are a real share of the file, and bad ones among them. */
    @Test
    void loneWordExamplesAreThere() {
        long bad = examples().stream().filter(e -> e.needsDictionary() && !e.good()).count();
        long good = examples().stream().filter(e -> e.needsDictionary() && e.good()).count();
        assertTrue(bad >= 6 && good >= 6, bad + " bad and " + good + " good lone-word examples");
    }

    /** A project's word list keeps a word quiet that the dictionary alone reports. */
    @Test
    void theProjectsWordsAreLeftAlone() {
        String unit = "<trans-unit id=\"1\"><source>Open the settings file.</source><target state=\"translated\">"
                + "Откройте файл settings.</target></trans-unit>";
        String xml = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\""
                + " datatype=\"plaintext\" source-language=\"en\" target-language=\"ru\"><body>" + unit
                + "</body></file></xliff>";
        Path file = Path.of("ru.xlf");
        XliffDocument doc = new XliffReader().read(file, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Glossary glossary = new Glossary(List.of(), "en", List.of());
        List<Finding> plain = new CheckService(glossary, Languages.installed(), CheckConfig.defaults())
                .check(List.of(file), List.of(doc)).findings();
        assertEquals(1, plain.stream().filter(f -> f.rule().id().equals("untranslated")).count(), plain.toString());
        List<Finding> listed = new CheckService(glossary, Languages.installed(),
                CheckConfig.fromSettings(java.util.Map.of("check.untranslated.words.ru", "settings, config")))
                .check(List.of(file), List.of(doc)).findings();
        assertFalse(listed.stream().anyMatch(f -> f.rule().id().equals("untranslated")), listed.toString());
    }
}
