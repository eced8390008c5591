package org.l10nwb.spelling.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The spelling check's examples ({@code check-examples/spelling.txt} of the core), run here where
 * its engine, Lucene's Hunspell, and the language modules' dictionaries are: a good example gives
 * no spelling finding, a bad one a finding that says what the line says.
 */
class SpellingExamplesTest {

    static List<CheckExamples.Example> examples() {
        return CheckExamples.read("spelling");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(CheckExamples.Example e) {
        List<Finding> mine = CheckExamples.run(e, Languages.installed()).stream()
                .filter(f -> f.rule().id().equals("spelling")).toList();
        CheckExamples.assertExample(e, mine);
    }

    @Test
    void azerbaijaniIsSaidOnceToHaveNoDictionary() {
        String unit = "<trans-unit id=\"%d\"><source>The war began.</source><target state=\"translated\">Müharibəə"
                + " başladı.</target></trans-unit>";
        String xml = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\""
                + " datatype=\"plaintext\" source-language=\"en\" target-language=\"az\"><body>" + unit.formatted(1)
                + unit.formatted(2) + "</body></file></xliff>";
        Path file = Path.of("az.xlf");
        XliffDocument doc = new XliffReader().read(file, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CheckService service = new CheckService(new Glossary(List.of(), "en", List.of()), Languages.installed(),
                CheckConfig.defaults());
        var result = service.check(List.of(file), List.of(doc));
        assertTrue(result.findings().stream().noneMatch(f -> f.rule().id().equals("spelling")), result.findings().toString());
        assertEquals(1, result.limitations().stream().filter(n -> n.startsWith("spelling: there is no Azerbaijani dictionary"))
                .count(), result.limitations().toString());
    }
}
