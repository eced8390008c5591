package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.review.SignOffLog;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffReader;

/**
 * {@code review apply} on the project's own Russian edition, with the project's glossary and
 * check settings: a decisions file applied twice changes nothing the second time and says what
 * it skipped; the last decision on a unit wins; a correction the checks find an error in is
 * applied but not signed off; {@code review diff} then shows the change as written.
 */
class ReviewApplyTest {
    @TempDir
    Path dir;
    private Path project;
    private Path ru;

    @BeforeEach
    void setUp() throws IOException {
        project = Shared.copyProject(dir);
        ru = project.resolve("locales/ru/article.xlf");
        // Start from translated units with no sign-off, whatever the committed editions have.
        Files.writeString(ru, Files.readString(ru).replace("state=\"signed-off\"", "state=\"translated\""));
        Files.deleteIfExists(SignOffLog.fileFor(ru));
    }

    private TransUnit unit(String id) {
        return new XliffReader().read(ru).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private String decision(String unit, String action, String text, String correction) {
        return """
                {"file": "locales/ru/article.xlf", "unit": "%s", "fingerprint": "%s", "action": "%s", "text": "%s"%s}"""
                .formatted(unit, Review.fingerprint(unit(unit)), action, text,
                        correction == null ? "" : ", \"correction\": {\"1\": \"" + correction + "\"}");
    }

    private Path decisions(String... decisions) throws IOException {
        Path f = dir.resolve("review-decisions.json");
        Files.writeString(f, "{\"format\": \"l10n-workbench-review\", \"version\": 2, \"reviewer\": \"Nino Editor\",\n"
                + " \"decisions\": [\n" + String.join(",\n", decisions) + "]}\n", StandardCharsets.UTF_8);
        return f;
    }

    private Cli.Result apply(Path decisions) {
        return Cli.run("review", "apply", decisions.toString(), "--project", project.toString());
    }

    @Test
    void appliedTwiceTheDecisionsChangeNothingTheSecondTime() throws IOException {
        String eight = Review.targetText(unit("8"));
        String forbidden = eight.replace("потребность", "в Степанакерте потребность");
        Path file = decisions(decision("1", "approve", "", null),
                decision("2", "approve", "", null),
                decision("2", "reject", "Каламбур потерян", null),
                decision("4", "approve", "", "Тем временем армяне совершили демократическую революцию и пересмотрели"
                        + " свою внешнюю политику."),
                decision("8", "approve", "", forbidden),
                decision("19", "comment", "Хорошо.", null));
        Cli.Result first = apply(file);
        assertEquals(1, first.exit(), "a correction held back for its errors: exit 1\n" + first);
        assertTrue(first.out().contains("6 decisions: 5 applied, 0 already applied (skipped), 1 superseded by a later"
                + " decision on the same unit, 0 refused; as Nino Editor"), first.toString());
        assertTrue(first.err().contains("applied: corrected unit 8 of locales/ru/article.xlf, not signed off: the checks"
                + " find error term-forbidden: “Степанакерте” is a form of the deprecated term “Степанакерт”"), first.toString());
        assertTrue(first.out().contains("applied: corrected and signed off unit 4 of locales/ru/article.xlf"), first.toString());
        assertEquals(TargetState.SIGNED_OFF, unit("1").state());
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, unit("2").state(), "the last decision on unit 2 wins");
        assertEquals(null, SignOffLog.of(ru).get("2"), "and nothing says it was signed off");
        assertEquals(TargetState.SIGNED_OFF, unit("4").state());
        List<String> notes = unit("4").notes().stream().map(n -> n.from() + ": " + n.text()).toList();
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).matches("Nino Editor: corrected; was: Тем временем армяне совершили демократическую революцию,"
                + " пересмотрели свою внешнюю политику, мечтали о демократии и начали теснить русский язык\\."
                + " \\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC]"), notes.get(0));
        assertEquals(forbidden, Review.targetText(unit("8")), "the correction stands");
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, unit("8").state(), "but is not signed off");
        byte[] xliff = Files.readAllBytes(ru);
        byte[] log = Files.readAllBytes(SignOffLog.fileFor(ru));

        Cli.Result second = apply(file);
        assertTrue(second.out().contains("6 decisions: 0 applied, 5 already applied (skipped), 1 superseded by a later"
                + " decision on the same unit, 0 refused; as Nino Editor"), second.toString());
        assertTrue(second.err().contains("skipped: unit 8 of locales/ru/article.xlf: already corrected, and not signed off"),
                second.toString());
        assertEquals(1, second.exit(), "unit 8 still needs someone\n" + second);
        assertArrayEquals(xliff, Files.readAllBytes(ru), "the XLIFF is byte for byte the same");
        assertArrayEquals(log, Files.readAllBytes(SignOffLog.fileFor(ru)), "and so is the sign-off log");
    }

    @Test
    void theDiffSinceASignOffShowsInlineCodesAsPlaceholdersAndTheTextAsWritten() throws IOException {
        Files.writeString(ru, Files.readString(ru).replace("теснить русский язык.</mrk></target>",
                "теснить <g id=\"1\" ctype=\"bold\">русский язык</g>.</mrk></target>").replace(
                "curb the Russian language’s reach.</mrk></seg-source>",
                "curb the <g id=\"1\" ctype=\"bold\">Russian language’s</g> reach.</mrk></seg-source>"));
        Cli.Result applied = apply(decisions(decision("4", "approve", "", null)));
        assertEquals(0, applied.exit(), applied.toString());
        Files.writeString(ru, Files.readString(ru).replace("начали теснить <g", "начали всерьёз теснить <g"));
        Cli.Result diff = Cli.run("review", "diff", "--locale", "ru", "--project", project.toString());
        assertTrue(diff.out().contains("unit 4 (now signed-off), signed off by Nino Editor at "), diff.toString());
        assertTrue(diff.out().contains("мечтали о демократии и начали {+всерьёз+} теснить \u27e81\u27e9русский язык\u27e8/1\u27e9."),
                diff.toString());
    }
}
