package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.testing.Shared;

/** The TBX structure and dialect rules over LTAC's good and bad files, each problem at its place. */
class TbxStructureLintTest {
    private final TbxStructureLint lint = new TbxStructureLint();

    private List<String> errors(String name) {
        Path f = Shared.path("conformance/ltac-tbx/TBX_test_files/" + name);
        List<String> out = lint.lint(f).stream().filter(i -> i.severity() == Severity.ERROR).map(GlossaryLint.Issue::render)
                .toList();
        out.forEach(l -> System.out.println("tbx lint " + l));
        return out;
    }

    @Test
    void goodFilesHaveNoError() {
        for (String f : List.of("core_structure_good.tbx", "min_good.tbx", "basic_good.tbx")) {
            assertEquals(List.of(), errors(f), f);
        }
    }

    @Test
    void theCoreStructureBadFileHasItsProblemsAtTheirPlaces() {
        List<String> e = errors("core_structure_bad.tbx");
        assertTrue(e.stream().anyMatch(l -> l.contains("header text belongs in <p>")), e.toString());
        assertTrue(e.stream().anyMatch(l -> l.contains("<admin> may not stand directly in <text>")), e.toString());
        assertTrue(e.stream().anyMatch(l -> l.contains("must start with its <term>") || l.contains("<term> must come first")),
                e.toString());
        assertTrue(e.stream().anyMatch(l -> l.contains("<admin> has no type")), e.toString());
        assertTrue(e.stream().anyMatch(l -> l.contains("a second <term> in one <termSec>")), e.toString());
        assertTrue(e.stream().allMatch(l -> l.matches(".*core_structure_bad\\.tbx:\\d+:\\d+: error .*")), e.toString());
    }

    @Test
    void theMinBadFileBreaksTheMinDialect() {
        List<String> e = errors("min_bad.tbx");
        assertTrue(e.stream().anyMatch(l -> l.contains("<admin type=\"source\"> is not a data category of this dialect")),
                e.toString());
        assertTrue(e.stream().anyMatch(l -> l.contains("/usageStatus/ is 'not an allowed value'")), e.toString());
        assertTrue(e.stream().anyMatch(l -> l.contains("<xref type=\"error\"> is not a data category")), e.toString());
    }

    @Test
    void theBasicBadFileBreaksTheBasicDialect() {
        List<String> e = errors("basic_bad.tbx");
        assertTrue(e.stream().anyMatch(l -> l.contains("/partOfSpeech/ is 'nominal'")), e.toString());
        assertTrue(e.stream().anyMatch(l -> l.contains("/definition/ may not stand at the termSec level")), e.toString());
        assertTrue(e.stream().anyMatch(l -> l.contains("<transacNote type=\"wrongType\">")), e.toString());
        assertTrue(e.stream().anyMatch(l -> l.contains("<transac type=\"theWrongType\">")), e.toString());
    }
}
