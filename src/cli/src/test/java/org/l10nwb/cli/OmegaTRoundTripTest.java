package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xliff.XliffWriter;
import org.l10nwb.core.xml.XmlText;

/**
 * Our XLIFF translated in OmegaT 3.6 (the Debian package {@code omegat}, in console mode) and
 * brought back builds the same edition: the Russian XLIFF is handed over with its targets reset to
 * the source, OmegaT fills every segment from a project memory holding the translations, and the
 * file it writes, put back in the project, builds the committed edition byte for byte.
 */
class OmegaTRoundTripTest {
    private static final Path OMEGAT = Path.of("/usr/share/omegat/OmegaT.jar");

    @Test
    void translatedInOmegaTBuildsTheSameEdition(@TempDir Path tmp) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(OMEGAT),
                "skipped: OmegaT is not installed (Debian package omegat; .ci/run installs it)");
        Path project = Shared.copyProjectBeforeReview(tmp);
        Path ru = project.resolve("locales/ru/article.xlf");
        XliffDocument translated = new XliffReader().read(ru);

        // the hand-off: every target a copy of its source, state new, as a translator receives it
        List<TransUnit> handOff = new ArrayList<>();
        StringBuilder tmx = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header"
                + " creationtool=\"test\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"test\" adminlang=\"en\""
                + " srclang=\"en\" datatype=\"plaintext\"/><body>\n");
        for (TransUnit u : translated.units()) {
            handOff.add(u.withTarget(u.source(), TargetState.NEW));
            for (Part p : u.source().segments()) {
                tmx.append("<tu><tuv lang=\"en\"><seg>");
                XmlText.escapeText(p.content().plainText(), tmx);
                tmx.append("</seg></tuv><tuv lang=\"ru\"><seg>");
                XmlText.escapeText(u.targetSegment(p.segmentId()).plainText(), tmx);
                tmx.append("</seg></tuv></tu>\n");
            }
        }
        tmx.append("</body></tmx>\n");
        Path omt = tmp.resolve("omegat-project");
        for (String d : List.of("source", "target", "tm", "omegat", "glossary", "dictionary")) {
            Files.createDirectories(omt.resolve(d));
        }
        Files.writeString(omt.resolve("omegat.project"), """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <omegat><project version="1.0">
                <source_dir>source</source_dir><source_dir_excludes/><target_dir>target</target_dir><tm_dir>tm</tm_dir>
                <glossary_dir>glossary</glossary_dir><glossary_file>glossary/glossary.txt</glossary_file>
                <dictionary_dir>dictionary</dictionary_dir><source_lang>en</source_lang><target_lang>ru</target_lang>
                <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
                <target_tok>org.omegat.tokenizer.LuceneRussianTokenizer</target_tok>
                <sentence_seg>false</sentence_seg><support_default_translations>true</support_default_translations>
                <remove_tags>false</remove_tags></project></omegat>
                """, StandardCharsets.UTF_8);
        Files.write(omt.resolve("source/article.xlf"),
                new XliffWriter().write(new XliffDocument(List.of(translated.files().get(0).withUnits(handOff)))));
        Files.writeString(omt.resolve("omegat/project_save.tmx"), tmx, StandardCharsets.UTF_8);

        Process p = new ProcessBuilder("java", "-Djava.awt.headless=true", "-jar", OMEGAT.toString(), omt.toString(),
                "--mode=console-translate").redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        Path back = omt.resolve("target/article.xlf");
        assertTrue(Files.isRegularFile(back), log);

        XliffDocument fromOmegaT = new XliffReader().read(back);
        assertEquals(translated.units().size(), fromOmegaT.units().size());
        for (int i = 0; i < translated.units().size(); i++) {
            assertEquals(translated.units().get(i).target(), fromOmegaT.units().get(i).target(),
                    "unit " + translated.units().get(i).id() + " as OmegaT translated it");
        }
        Files.copy(back, ru, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path edition = project.resolve("locales/ru/article.txt");
        Files.delete(edition);
        Cli.Result r = Cli.run("build", "--locale", "ru", "--project", project.toString());
        assertEquals(0, r.exit(), r.toString());
        assertArrayEquals(Files.readAllBytes(Shared.projectRoot().resolve("locales/ru/article.txt")), Files.readAllBytes(edition));
    }
}
