package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffReader;

/**
 * The publication gate: {@code build} refuses an edition (exit 1, saying what blocks it) while a
 * unit is rejected, has a finding at error severity, or is not signed off when the project asks for
 * sign-off; each override is an explicit flag and is printed as a warning.
 */
class BuildGateTest {
    @TempDir
    Path tmp;
    private Path project;
    private Path ru;
    private Path edition;

    @BeforeEach
    void copy() throws IOException {
        project = Shared.copyProjectBeforeReview(tmp);
        ru = project.resolve("locales/ru/article.xlf");
        edition = project.resolve("locales/ru/article.txt");
        Files.delete(edition);
    }

    private Cli.Result build(String... flags) {
        List<String> args = new ArrayList<>(List.of("build", "--locale", "ru", "--project", project.toString()));
        args.addAll(List.of(flags));
        return Cli.run(args.toArray(String[]::new));
    }

    private void requireSignOff() throws IOException {
        Files.writeString(project.resolve("workbench.properties"), "build.require = signed-off\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
    }

    private void decide(String unit, Review.Action action, String text) throws IOException {
        TransUnit u = new XliffReader().read(ru).units().stream().filter(x -> x.id().equals(unit)).findFirst().orElseThrow();
        Path decisions = tmp.resolve("decisions-" + unit + ".json");
        Files.writeString(decisions, """
                {"format": "l10n-workbench-review", "reviewer": "Nino", "decisions": [
                  {"file": "locales/ru/article.xlf", "unit": "%s", "fingerprint": "%s", "action": "%s", "text": "%s"}]}
                """.formatted(unit, Review.fingerprint(u), action.id(), text), StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("review", "apply", decisions.toString(), "--project", project.toString());
        assertEquals(0, r.exit(), r.toString());
    }

    @Test
    void theRepositorysOwnEditionsAreSignedOffAndPassTheGate() throws IOException {
        Path own = Shared.copyProject(tmp.resolve("own"));
        assertTrue(Files.readString(own.resolve("workbench.properties")).contains("build.require = signed-off"));
        for (String l : List.of("ka", "ru", "az")) {
            Path x = own.resolve("locales/" + l + "/article.xlf");
            var log = org.l10nwb.core.review.SignOffLog.of(x);
            for (TransUnit u : new XliffReader().read(x).units()) {
                assertTrue(u.state().isSignedOff(), l + " unit " + u.id() + " is signed off");
                assertEquals(Review.targetText(u), log.get(u.id()).target(), l + " unit " + u.id() + ": as signed off");
                assertEquals("Editorial desk", log.get(u.id()).by());
            }
        }
        Cli.Result r = Cli.run("build", "--project", own.toString());
        assertEquals(0, r.exit(), r.toString());
        assertEquals("", r.err(), "no override needed");
    }

    @Test
    void aCleanTranslatedEditionIsBuiltWhenTheProjectAsksForNoSignOff() {
        Cli.Result r = build();
        assertEquals(0, r.exit(), r.toString());
        assertTrue(Files.exists(edition));
    }

    @Test
    void underBuildRequireSignedOffUnsignedUnitsBlockUnlessOverridden() throws IOException {
        requireSignOff();
        Cli.Result refused = build();
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("20 of the units not signed off (build.require = signed-off)"), refused.toString());
        assertTrue(refused.err().contains("sign them off, or use --allow-unsigned"), refused.toString());
        assertFalse(Files.exists(edition), "nothing published");

        Cli.Result forced = build("--allow-unsigned");
        assertEquals(0, forced.exit(), forced.toString());
        assertTrue(forced.err().contains("warning: 20 of the units not signed off (build.require = signed-off): units 1,"),
                forced.toString());
        assertTrue(forced.err().contains("(overridden); building ") && forced.err().contains("article.txt all the same"),
                forced.toString());
        assertTrue(Files.exists(edition));
    }

    @Test
    void aRejectedUnitBlocksEvenWhenSignOffIsNotRequired() throws IOException {
        decide("4", Review.Action.REJECT, "the pun is lost");
        Cli.Result refused = build();
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("rejected by the editor: unit 4"), refused.toString());
        assertFalse(Files.exists(edition));
        Cli.Result forced = build("--allow-rejected");
        assertEquals(0, forced.exit(), forced.toString());
        assertTrue(forced.err().contains("warning: rejected by the editor: unit 4 (overridden)"), forced.toString());
    }

    @Test
    void aFindingAtErrorSeverityBlocks() throws IOException {
        String xlf = Files.readString(ru, StandardCharsets.UTF_8);
        String broken = xlf.replace("ключевой город Шушу", "ключевой город у Степанакерта");
        assertFalse(broken.equals(xlf), "the test changes a translation");
        Files.writeString(ru, broken, StandardCharsets.UTF_8);
        Cli.Result refused = build();
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("findings at error severity in unit 5 (see 'workbench check')"), refused.toString());
        assertTrue(refused.err().contains("fix them, or use --allow-errors"), refused.toString());
        assertEquals(0, build("--allow-errors").exit());
    }
}
