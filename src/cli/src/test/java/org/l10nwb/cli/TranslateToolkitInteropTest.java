package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xliff.XliffRewriter;

/**
 * Translate Toolkit (the Debian package {@code translate-toolkit}, which CI installs) as a peer:
 * it counts the workbench's signed-off units as translated, its {@code po2xliff} output (XLIFF
 * 1.1 without a target language) is checked, and a file of its rewritten by the workbench is
 * read back by its {@code xliff2po}.
 */
class TranslateToolkitInteropTest {
    private static final String GLOSSARY = Shared.path("terms-devset/glossary.tbx").toString();
    private static final String PO = """
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Language: ru\\n"

            msgid "Karabakh"
            msgstr "в Арцахе"

            msgid "in Shusha"
            msgstr "в Шуше"

            msgid "Putin"
            msgstr ""
            """;

    @BeforeAll
    static void translateToolkitIsInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pocount")),
                "skipped: Translate Toolkit is not installed (Debian package translate-toolkit; .ci/run installs it)");
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + out);
        return out;
    }

    /** pocount's CSV figures for one file: translated, fuzzy and untranslated messages. */
    private static int[] pocount(Path dir, Path file) throws IOException, InterruptedException {
        String csv = run(dir, "pocount", "--csv", file.toString());
        String row = csv.lines().filter(l -> l.startsWith(file.toString() + ",")).findFirst().orElseThrow(() -> new AssertionError(csv));
        String[] f = row.split(",\\s*");
        return new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[4]), Integer.parseInt(f[6])};
    }

    @Test
    void pocountCountsSignedOffUnitsAsTranslated(@TempDir Path dir) throws Exception {
        Path project = Shared.copyProject(dir);
        Path ru = project.resolve("locales/ru/article.xlf");
        List<TransUnit> units = new XliffReader().read(ru).units();
        long signedOff = units.stream().filter(u -> u.hasTarget() && u.state() != null && u.state().isSignedOff()).count();
        assertTrue(signedOff > 0);
        int[] counts = pocount(project, project.relativize(ru));
        assertEquals(signedOff, counts[0], "signed-off units are translated for Translate Toolkit");
        assertEquals(units.size() - signedOff, counts[1] + counts[2]);
    }

    @Test
    void po2xliffOutputIsCheckedInTheLocaleOfItsFolder(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("locales/ru"));
        Files.writeString(folder.resolve("a.po"), PO, StandardCharsets.UTF_8);
        run(folder, "po2xliff", "a.po", "a.xlf");
        Path xlf = folder.resolve("a.xlf");
        assertTrue(Files.readString(xlf).contains("version=\"1.1\""));
        Cli.Result r = Cli.run("check", "--glossary", GLOSSARY, "--fail-on", "warning", xlf.toString());
        assertEquals(1, r.exit(), r.toString());
        List<String> findings = r.out().lines().filter(l -> l.startsWith(xlf.toString())).toList();
        assertTrue(findings.stream().anyMatch(l -> l.contains("error term-forbidden 3:")), r.toString());
        assertTrue(findings.stream().anyMatch(l -> l.contains("warning untranslated 5:")), r.toString());
        assertTrue(findings.stream().noneMatch(l -> l.contains(" 4:")), "unit 4 is translated with the approved term: " + r);
    }

    @Test
    void aPo2xliffFileTranslatedHereIsReadBackByXliff2po(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.po"), PO, StandardCharsets.UTF_8);
        run(dir, "po2xliff", "a.po", "a.xlf");
        Path xlf = dir.resolve("a.xlf");
        byte[] original = Files.readAllBytes(xlf);
        XliffDocument doc = new XliffReader().read(xlf, original);
        List<TransUnit> units = new ArrayList<>(doc.files().get(0).units());
        units.replaceAll(u -> u.id().equals("5")
                ? u.withTarget(Content.single("1", Fragment.text("Путин")), TargetState.SIGNED_OFF) : u);
        byte[] written = new XliffRewriter().rewrite(xlf, original, new XliffDocument(List.of(doc.files().get(0).withUnits(units))));
        Files.write(xlf, written);
        assertTrue(new String(written, StandardCharsets.UTF_8).contains("version=\"1.1\""), "kept in its own version");
        int[] counts = pocount(dir, Path.of("a.xlf"));
        assertEquals(3, counts[0], "the two approved units and the one signed off here are translated");
        run(dir, "xliff2po", "a.xlf", "b.po");
        String po = Files.readString(dir.resolve("b.po"));
        assertTrue(po.contains("msgid \"Putin\"\nmsgstr \"Путин\""), po);
        assertTrue(po.contains("msgid \"Karabakh\"\nmsgstr \"в Арцахе\""), po);
    }
}
