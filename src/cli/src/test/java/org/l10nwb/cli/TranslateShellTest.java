package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.session.TranslationSession;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffReader;

/**
 * The translator's shell driven through its command layer: the commands of a session run one
 * after another in one application ({@code workbench script FILE}), as they would at the prompt,
 * on a copy of this repository's project.
 */
class TranslateShellTest {
    private static final Path ROOT = Shared.projectRoot();

    @TempDir
    Path dir;

    private Path project() throws IOException {
        return Shared.copyProjectBeforeReview(dir);
    }

    /** The lines run in one shell started on the project ({@code workbench --project DIR script FILE}). */
    private Cli.Result session(Path project, String... lines) throws IOException {
        StringBuilder script = new StringBuilder();
        for (String l : lines) {
            script.append(l).append('\n');
        }
        Path file = dir.resolve("session.txt");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        return Cli.run("--project", project.toString(), "script", file.toString());
    }

    private static TransUnit unit(Path xliff, String id) {
        return new XliffReader().read(xliff).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aGeorgianTranslationIsCheckedAtOnceSavedAndUndone() throws IOException {
        Path project = project();
        Path ka = project.resolve("locales/ka/article.xlf");
        byte[] before = Files.readAllBytes(ka);
        Cli.Result r = session(project, "open ka", "goto 7:1",
                "t მოსკოვს არცახის კონფლიქტის მოგვარება არასოდეს სურდა.", "undo");
        assertTrue(r.out().contains("opened "), r.toString());
        assertTrue(r.out().contains("—— 18/58 · 7:1 · translated"), r.toString());
        assertTrue(r.out().contains("Karabakh’s → ყარაბაღი, მთიანი ყარაბაღი   avoid: არცახი"), r.toString());
        assertTrue(r.out().contains("translated 7:1 as a draft (saved)"), r.toString());
        // the checks panel is wrapped at the width: its lines joined again
        String joined = r.out().replaceAll("\n {5}(?=\\S)", " ");
        assertTrue(joined.contains("error term-missing: “Karabakh’s” (concept karabakh) is in the source, but the ka"
                + " translation has no form of “ყარაბაღი” or “მთიანი ყარაბაღი”"), r.toString());
        assertTrue(joined.contains("error term-forbidden: “არცახის” is a form of the deprecated term “არცახი”"),
                r.toString());
        assertTrue(r.out().contains("took back “translated 7:1 as a draft”: 7:1 is as it was before (saved)"),
                r.toString());
        assertArrayEquals(before, Files.readAllBytes(ka), "undo gives back the file byte for byte");
        assertEquals("", r.err(), r.toString());
    }

    @Test
    void anAzerbaijaniTranslationIsConfirmedAndCountedInProgress() throws IOException {
        Path project = project();
        String text = "Azərbaycanın yaddaşı heç vaxt Rusiyanı istəməyib: o, ona qarşı köklənib.";
        Cli.Result r = session(project, "open az", "goto 16:2", "t " + text, "progress", "confirm",
                "progress");
        assertTrue(r.out().contains("translated 16:2 as a draft (saved)\n ✓ checks: no findings"), r.toString());
        assertTrue(r.out().contains("confirmed unit 16 (saved)"), r.toString());
        // 57 of 58: the edited sentence is a draft again, the other sentence of unit 16 stays confirmed
        assertTrue(r.out().contains("locales/az/article.xlf: 98 % done, 58 segments"), r.toString());
        assertTrue(r.out().contains("locales/az/article.xlf: 100 % done, 58 segments"), r.toString());
        TransUnit u = unit(project.resolve("locales/az/article.xlf"), "16");
        assertEquals(text, u.targetSegment("2").plainText());
        assertEquals(TargetState.TRANSLATED, u.state());
    }

    @Test
    void badInputIsOneClearLineAndTheSessionGoesOn() throws IOException {
        Path project = project();
        Cli.Result r = session(project, "show", "open de", "open ru", "goto 99",
                "goto 5:9", "frobnicate", "next --untranslated", "t", "show");
        List<String> errors = r.err().lines().toList();
        assertEquals(List.of("workbench: no file open: 'open LOCALE' (or 'open FILE.xlf') first",
                "workbench: locale 'de' is not a target of this project (targets: ka, ru, az)",
                "workbench: no unit '99' in locales/ru/article.xlf (units 1 to 20)".replace("locales/",
                        project.resolve("locales") + "/"),
                "workbench: unit 5 has no segment 9 (it has 5:1, 5:2, 5:3, 5:4, 5:5, 5:6)",
                "workbench: t: give the translation after the command, or use 'edit'"), errors.stream()
                        .filter(l -> !l.contains("frobnicate")).toList(), r.toString());
        assertTrue(r.out().contains("no further untranslated segment; still at 1:1"), r.toString());
        assertEquals(ExitStatus.USAGE, r.exit(), "a failing line makes the script's exit status 2");
        assertTrue(r.out().lines().filter(l -> l.startsWith("—— 1/58 · 1:1")).count() >= 2, "the session went on");
    }

    @Test
    void aFileHeldByAnotherShellOpensReadOnlyAndSaysWho() throws IOException {
        Path project = project();
        Path ru = project.resolve("locales/ru/article.xlf");
        Glossary g = new GlossaryLoader().load(List.of(project.resolve("glossary")));
        Languages languages = Languages.installed();
        try (TranslationSession other = TranslationSession.open(ru, g, new CheckService(g, languages,
                CheckConfig.defaults()), languages, List.of())) {
            byte[] before = Files.readAllBytes(ru);
            Cli.Result r = session(project, "open ru", "t Другой текст.", "show");
            assertTrue(r.out().contains("(en → ru, 58 segments), read-only"), r.toString());
            assertTrue(r.out().contains("note: read-only: " + ru + " is being edited by "), r.toString());
            assertTrue(r.err().startsWith("workbench: read-only: " + ru + " is being edited by "), r.toString());
            assertArrayEquals(before, Files.readAllBytes(ru));
            assertFalse(other.readOnly());
        }
    }

    @Test
    void termLooksUpTheGlossaryFromLatinLetters() throws IOException {
        Path project = project();
        Cli.Result r = session(project, "term shusha", "term hankendi");
        assertTrue(r.out().contains("  ru  Шуша (preferred)  Шуши (deprecated)"), r.toString());
        assertTrue(r.out().contains("  ka  შუშა (preferred)  შუში (deprecated)"), r.toString());
        assertTrue(r.out().contains("  az  Şuşa (preferred)  Şuşi (deprecated)"), r.toString());
        assertTrue(r.out().contains("  ru  Ханкенди (preferred)  Степанакерт (deprecated)"), r.toString());
    }

    @Test
    void inlineCodesCopiedFromTheSourceComeBackAndSearchFindsText() throws IOException {
        Path project = project();
        Cli.Result r = session(project, "open ru", "search путина", "search SHUSHA --source",
                "goto 20", "copy-source", "undo");
        assertTrue(r.out().contains("  2:1     target"), r.toString());
        assertTrue(r.out().contains("  5:2     source"), r.toString());
        assertTrue(r.out().contains("copied the source into 20:1 as a draft (saved)"), r.toString());
        assertTrue(r.out().contains("error term-missing: “Tbilisi State University”"), r.toString());
    }

    @Test
    void anEditorSignsOffRejectsAndCommentsInTheShellAndSeesWhatChangedSince() throws IOException {
        Path project = project();
        Path ka = project.resolve("locales/ka/article.xlf");
        Cli.Result r = session(project, "review open ka", "goto 9", "approve", "goto 10",
                "reject ზანგეზურის დერეფანი — შეამოწმეთ ბრუნვა", "comment კარგია", "goto 3", "approve");
        assertTrue(r.out().contains("reviewing as "), r.toString());
        assertTrue(r.out().contains("signed off unit 9 (saved)"), r.toString());
        assertTrue(r.out().contains("rejected unit 10 (needs-review-translation, note from "), r.toString());
        assertTrue(r.out().contains("noted on unit 10 (from "), r.toString());
        assertEquals(TargetState.SIGNED_OFF, unit(ka, "9").state());
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, unit(ka, "10").state());
        // each note ends with when it was written (XLIFF 1.2 notes have no date attribute)
        assertTrue(unit(ka, "10").notes().stream().allMatch(n -> n.text().matches(".* \\[\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC]")));
        assertEquals(List.of("rejected: ზანგეზურის დერეფანი — შეამოწმეთ ბრუნვა", "კარგია"),
                unit(ka, "10").notes().stream().map(n -> n.text().replaceFirst(" \\[[^\\]]+ UTC]$", "")).toList());
        assertTrue(Files.exists(project.resolve("locales/ka/article.signoff.json")));

        Cli.Result none = Cli.run("review", "diff", "--locale", "ka", "--project", project.toString());
        assertTrue(none.out().contains("nothing changed since the last sign-off"), none.toString());
        Files.writeString(ka, Files.readString(ka).replace("ფაშინიანმა ეს გააცნობიერა", "ფაშინიანმა ეს კარგად გააცნობიერა"));
        Cli.Result diff = Cli.run("review", "diff", "--locale", "ka", "--project", project.toString());
        assertTrue(diff.out().contains("unit 9 (now signed-off), signed off by "), diff.toString());
        assertTrue(diff.out().contains("ფაშინიანმა ეს {+კარგად+} გააცნობიერა"), diff.toString());
        assertTrue(diff.out().contains("1 unit changed since the last sign-off"), diff.toString());
    }

    @Test
    void theReportIsWrittenPerLocaleOrCombined() throws IOException {
        Path project = project();
        Cli.Result r = Cli.run("review", "report", "--project", project.toString());
        assertEquals(0, r.exit(), r.toString());
        for (String l : List.of("ka", "ru", "az")) {
            assertTrue(Files.exists(project.resolve("review/article." + l + ".html")), l);
        }
        Path combined = dir.resolve("all.html");
        r = Cli.run("review", "report", "--combined", "--output", combined.toString(), "--project", project.toString());
        assertEquals(0, r.exit(), r.toString());
        String html = Files.readString(combined);
        assertTrue(html.contains("<th>Georgian (ka)</th>") && html.contains("<th>Russian (ru)</th>")
                && html.contains("<th>Azerbaijani (az)</th>"), "three editions side by side");
        assertEquals(2, Cli.run("review", "report", "--output", "x.html", "--project", project.toString()).exit(),
                "--output with several locales and no --combined is a usage error");
    }

    @Test
    void undoGoesBackToTheSegmentThatChanged() throws IOException {
        Path project = project();
        Cli.Result r = session(project, "open az", "goto 16:2", "t Azərbaycan dili", "goto 3", "undo", "show");
        assertEquals("", r.err(), r.toString());
        String after = r.out().substring(r.out().indexOf("took back “translated 16:2 as a draft”: 16:2 is as it was"
                + " before (saved)"));
        List<String> heads = after.lines().filter(l -> l.startsWith("—— ")).toList();
        assertTrue(heads.size() >= 2 && heads.stream().allMatch(l -> l.contains(" · 16:2 · ")), after);
    }

    @Test
    void searchTakesYoAsYe() throws IOException {
        Path project = project();
        Cli.Result r = session(project, "open ru", "search все наоборот", "search ВСЁ НАОБОРОТ", "search всё");
        assertEquals("", r.err(), r.toString());
        List<String> counts = r.out().lines().filter(l -> l.matches("\\d+ match(es)?.*")).toList();
        assertEquals(3, counts.size(), r.toString());
        assertEquals("1 match", counts.get(0), r.toString());
        assertEquals("1 match", counts.get(1), r.toString());
        assertTrue(r.out().contains("3:1     target … антироссийская, у Армении же всё наоборот."), "shown as written:\n" + r);
        // «всё» finds «все» too: more than the word written with «ё»
        assertTrue(Integer.parseInt(counts.get(2).split(" ")[0]) > 1, r.toString());
    }

    @Test
    void aMemoryMatchIsUsedAndATermInsertedInTheFormChosen() throws IOException {
        Path project = project();
        Path tmx = dir.resolve("ka.tmx");
        Files.writeString(tmx, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\""
                + " segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" datatype=\"plaintext\" creationtool=\"t\""
                + " creationtoolversion=\"1\"/><body><tu><tuv xml:lang=\"en\"><seg>Moscow never wanted Karabakh’s conflict"
                + " resolved!</seg></tuv><tuv xml:lang=\"ka\"><seg>მოსკოვს ყარაბაღის კონფლიქტის მოგვარება არ სურდა!</seg>"
                + "</tuv></tu></body></tmx>\n", StandardCharsets.UTF_8);
        assertEquals(0, Cli.run("tm", "import", tmx.toString(), "--project", project.toString()).exit());
        Cli.Result r = session(project, "open ka", "goto 7:1", "use 1", "t მოსკოვს", "goto 7:1", "term-insert 2",
                "term-insert 2 3");
        assertEquals("", r.err(), r.toString());
        Path ka = project.resolve("locales/ka/article.xlf");
        // the panel numbers the memory's matches and the glossary's terms
        String panel = r.out();
        assertTrue(panel.lines().anyMatch(l -> l.matches("\\s+1\\s+99% მოსკოვს ყარაბაღის კონფლიქტის მოგვარება არ სურდა!")),
                panel);
        assertTrue(panel.contains("used match 1 (99 %) in 7:1 as a draft (saved)"), panel);
        int karabakh = panel.lines().filter(l -> l.matches("\\s+\\d+ Karabakh’s → .*")).map(String::strip)
                .map(l -> Integer.parseInt(l.split(" ")[0])).findFirst().orElseThrow();
        assertEquals(2, karabakh, "Moscow comes first: " + panel);
        // without a form: the forms to choose from, the dictionary form first
        List<String> forms = panel.lines().filter(l -> l.matches("\\s+\\d+ \\S.*") && !l.contains("→")
                && !l.contains("%")).map(String::strip).toList();
        assertTrue(forms.size() > 3 && forms.get(0).equals("1 ყარაბაღი"), forms.toString());
        assertTrue(forms.stream().anyMatch(f -> f.endsWith(" მთიანი ყარაბაღი")), "the glossary's variant: " + forms);
        String third = forms.get(2).substring(2);
        assertTrue(panel.contains("inserted “" + third + "” into 7:1 as a draft (saved)"), panel);
        assertEquals("მოსკოვს " + third, unit(ka, "7").targetSegment("1").plainText());
        assertEquals(TargetState.NEW, unit(ka, "7").state());
    }
}
