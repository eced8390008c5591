package org.l10nwb.okapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.l10nwb.core.format.DocumentFormat;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.format.Segmentation;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.testing.ByteDiff;

/**
 * Every golden file under {@code roundtrip/}: extracted and merged back with each target equal to
 * its source, the edition is byte-identical to the original; merged with a pseudo-translation,
 * every text unit carries the translation and the inline codes stay in place.
 */
class RoundTripTest {
    private static final Path GOLDEN = Path.of("src/test/resources/roundtrip");
    private static final LocaleTag EN = LocaleTag.of("en");
    private static final LocaleTag RU = LocaleTag.of("ru");
    private static final DocumentFormats FORMATS = DocumentFormats.load();

    static Stream<Path> goldenFiles() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
            assertFalse(list.isEmpty(), "no golden files in " + GOLDEN);
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void targetsEqualToSourcesGiveTheOriginalBytes(Path file) throws IOException {
        DocumentFormat format = FORMATS.forFile(file);
        List<Content> units = format.extract(file, EN, Segmentation.DEFAULT);
        assertFalse(units.isEmpty(), "nothing extracted from " + file);
        List<TransUnit> translated = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            translated.add(TransUnit.of(Integer.toString(i + 1), units.get(i))
                    .withTarget(units.get(i), TargetState.TRANSLATED));
        }
        // Merged into the source language itself: an HTML edition's lang attribute rightly follows
        // the target language, which is not part of the identity.
        ByteDiff.assertSameBytes(file.toString(), Files.readAllBytes(file), merge(format, file, translated, EN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void pseudoTranslationLandsInEveryUnit(Path file, @TempDir Path tmp) throws IOException {
        DocumentFormat format = FORMATS.forFile(file);
        List<Content> units = format.extract(file, EN, Segmentation.DEFAULT);
        List<TransUnit> translated = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Content pseudo = units.get(i).withSegments(p -> pseudo(p.content()));
            translated.add(TransUnit.of(Integer.toString(i + 1), units.get(i)).withTarget(pseudo, TargetState.TRANSLATED));
        }
        byte[] edition = merge(format, file, translated, RU);
        String text = new String(edition, StandardCharsets.UTF_8);
        assertFalse(text.isEmpty());
        // Re-extracting the edition gives the pseudo-translated units, codes included.
        Path copy = tmp.resolve(file.getFileName());
        Files.write(copy, edition);
        List<Content> again = format.extract(copy, EN, Segmentation.DEFAULT);
        assertEquals(units.size(), again.size(), "unit count after merging a translation");
        for (int i = 0; i < units.size(); i++) {
            assertEquals(translated.get(i).target().plainText(), again.get(i).plainText(), "unit " + (i + 1));
            assertEquals(units.get(i).joined().codes().size(), again.get(i).joined().codes().size(),
                    "inline codes of unit " + (i + 1));
        }
        assertTrue(text.contains("⟦"), "the edition carries the translation");
    }

    @org.junit.jupiter.api.Test
    void htmlEditionsTakeTheTargetLanguageAndSpellReferencesAsCharacters(@TempDir Path tmp) throws IOException {
        Path page = tmp.resolve("page.html");
        Files.writeString(page, "<html lang=\"en\"><body><p>One &mdash; two &amp; three.</p></body></html>");
        DocumentFormat format = FORMATS.forFile(page);
        List<Content> units = format.extract(page, EN, Segmentation.DEFAULT);
        assertEquals("One — two & three.", units.get(0).plainText());
        List<TransUnit> translated = List.of(TransUnit.of("1", units.get(0))
                .withTarget(Content.single("1", Fragment.text("Раз — два & три.")), TargetState.TRANSLATED));
        String edition = new String(merge(format, page, translated, RU), StandardCharsets.UTF_8);
        assertEquals("<html lang=\"ru\"><body><p>Раз — два &amp; три.</p></body></html>", edition);
    }

    private static byte[] merge(DocumentFormat format, Path file, List<TransUnit> units, LocaleTag target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.merge(file, EN, target, units, out);
        return out.toByteArray();
    }

    /** Brackets every text run and reverses its letters' case: visibly changed, same codes. */
    static Fragment pseudo(Fragment f) {
        List<Run> runs = new ArrayList<>();
        for (Run r : f.runs()) {
            if (r instanceof Run.Text t && !t.text().isBlank()) {
                runs.add(new Run.Text("⟦" + swapCase(t.text()) + "⟧"));
            } else {
                runs.add(r);
            }
        }
        return Fragment.of(runs);
    }

    private static String swapCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> sb.appendCodePoint(
                Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)));
        return sb.toString();
    }
}
