package org.l10nwb.core.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.testing.Shared;

class TbxReaderTest {
    private final TbxReader reader = new TbxReader();

    @Test
    void readsTheDevelopmentGlossaryWithStatuses() {
        Glossary g = reader.read(Shared.path("terms-devset/glossary.tbx"));
        assertEquals(12, g.concepts().size());
        assertEquals("en", g.sourceLanguage());
        assertEquals(List.of("en", "ru", "ka", "az"), List.copyOf(g.languages()));
        Concept karabakh = g.concept("karabakh");
        List<Term> ru = karabakh.terms("ru");
        assertEquals(List.of("Карабах", "карабахский", "Арцах"), ru.stream().map(Term::text).toList());
        assertEquals(List.of(TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED),
                ru.stream().map(Term::status).toList());
        assertTrue(ru.get(2).position().line() > 0, "terms keep their line");
        assertEquals("Əliyev", g.concept("aliyev").sections("az").get(0).preferred().text());
    }

    @Test
    void readsTbxBasicInBothStylesAlike() {
        Glossary dca = reader.read(Shared.path("conformance/ltac-tbx/TBX-Basic_dialect/DCA/Example_Astronomy_DCA_VALID.tbx"));
        Glossary dct = reader.read(Shared.path("conformance/ltac-tbx/TBX-Basic_dialect/DCT/Example_Astronomy_DCT_VALID.tbx"));
        assertFalse(dca.concepts().isEmpty());
        assertEquals(summary(dca), summary(dct));
        boolean anyDefinition = dca.concepts().stream().anyMatch(c -> c.languages().stream().anyMatch(s -> s.definition() != null)
                || c.definition() != null);
        assertTrue(anyDefinition, "definitions are kept");
    }

    private static List<String> summary(Glossary g) {
        return g.concepts().stream().flatMap(c -> c.languages().stream().flatMap(s -> s.terms().stream()
                .map(t -> c.id() + "/" + s.language() + "/" + t.text() + "/" + t.status() + "/" + t.partOfSpeech())))
                .toList();
    }

    static Stream<Path> tbx2008() throws IOException {
        try (Stream<Path> s = Files.list(Shared.path("conformance/okapi/tbx"))) {
            return s.filter(p -> p.toString().endsWith(".tbx")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("tbx2008")
    void readsTbx2008Files(Path file) {
        Glossary g = reader.read(file);
        if (file.getFileName().toString().equals("sdl_tbx.tbx")) {
            // This vendor export has empty <term/> placeholders: each a warning with its position, the term left out.
            assertFalse(g.warnings().isEmpty());
            assertTrue(g.warnings().get(0).render().endsWith("sdl_tbx.tbx:274:36: empty <term>; the term is left out"),
                    g.warnings().get(0).render());
        } else {
            assertEquals(List.of(), g.warnings(), file.toString());
        }
        assertFalse(g.concepts().isEmpty(), file.toString());
        for (Concept c : g.concepts()) {
            for (LanguageSection s : c.languages()) {
                s.terms().forEach(t -> assertFalse(t.text().isBlank()));
            }
        }
    }

    @Test
    void decodesTheDeclaredEncoding() {
        Glossary g = reader.read(Shared.path("conformance/okapi/tbx/test02_win1254.tbx"));
        String all = String.join(" ", summary(g));
        assertTrue(all.chars().anyMatch(c -> "ğışçöüİĞŞ".indexOf(c) >= 0), "Turkish letters decoded: " + all);
    }

    @Test
    void goodCoreAndBasicTestFilesRead() {
        assertFalse(reader.read(Shared.path("conformance/ltac-tbx/TBX_test_files/basic_good.tbx")).concepts().isEmpty());
        assertFalse(reader.read(Shared.path("conformance/ltac-tbx/TBX_test_files/core_structure_good.tbx")).concepts().isEmpty());
    }

    @Test
    void notWellFormedIsAOneLineErrorWithPosition() {
        Path f = Shared.path("conformance/ltac-tbx/TBX_test_files/poorly_formed_xml.tbx");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> reader.read(f));
        assertTrue(e.getMessage().matches(".*poorly_formed_xml\\.tbx:\\d+:\\d+: not well-formed XML: .*"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void refusesEntityDeclarations(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP SECRET");
        Path f = write(dir, "<?xml version=\"1.0\"?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + tbx("<term>&xxe;</term>"));
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> reader.read(f));
        assertTrue(e.getMessage().contains("declares entities"), e.getMessage());
        assertFalse(e.getMessage().contains("TOP SECRET"));
    }

    @Test
    void acceptsAnExternalDtdNameWithoutReadingIt(@TempDir Path dir) throws IOException {
        Path f = write(dir, "<?xml version=\"1.0\"?>\n<!DOCTYPE martif SYSTEM \"http://example.invalid/TBXcoreStructV02.dtd\">\n"
                + "<martif type=\"TBX\" xml:lang=\"en\"><text><body><termEntry id=\"a\"><langSet xml:lang=\"en\">"
                + "<tig><term>corridor</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"
                + "</tig></langSet></termEntry></body></text></martif>");
        Glossary g = reader.read(f);
        assertEquals(TermStatus.DEPRECATED, g.concept("a").terms("en").get(0).status());
    }

    @Test
    void unknownLanguageEmptyTermAndWrongRootAreErrors(@TempDir Path dir) throws IOException {
        Path lang = write(dir, tbx("<term>x</term>").replace("xml:lang=\"ru\"", "xml:lang=\"xx\""));
        WorkbenchException e1 = assertThrows(WorkbenchException.class, () -> reader.read(lang));
        assertTrue(e1.getMessage().matches(".*\\.tbx:\\d+:\\d+: unknown language 'xx'.*"), e1.getMessage());

        Path empty = write(dir, tbx("<term>  </term>"));
        Glossary withEmpty = reader.read(empty);
        assertEquals(1, withEmpty.warnings().size());
        assertTrue(withEmpty.warnings().get(0).message().contains("empty <term>"), withEmpty.warnings().toString());

        Path root = write(dir, "<glossary/>");
        WorkbenchException e3 = assertThrows(WorkbenchException.class, () -> reader.read(root));
        assertTrue(e3.getMessage().contains("expected <tbx>"), e3.getMessage());

        Path status = write(dir, tbx("<term>x</term><termNote type=\"administrativeStatus\">maybe</termNote>"));
        WorkbenchException e4 = assertThrows(WorkbenchException.class, () -> reader.read(status));
        assertTrue(e4.getMessage().contains("unknown administrativeStatus 'maybe'"), e4.getMessage());
    }

    @Test
    void aSectionInsideASectionOfTheSameKindIsAnErrorAtItsPlace(@TempDir Path dir) throws IOException {
        // found by the TBX fuzzer: the inner language section's end left the outer one without a language
        Path lang = write(dir, tbx("<term>a</term>").replace("</langSec>",
                "<langSec xml:lang=\"en\"><termSec><term>b</term></termSec></langSec></langSec>"));
        WorkbenchException e1 = assertThrows(WorkbenchException.class, () -> reader.read(lang));
        assertTrue(e1.getMessage().matches(".*\\.tbx:\\d+:\\d+: <langSec> inside a language section"), e1.getMessage());

        Path term = write(dir, tbx("<termSec><term>b</term></termSec><term>a</term>"));
        WorkbenchException e2 = assertThrows(WorkbenchException.class, () -> reader.read(term));
        assertTrue(e2.getMessage().matches(".*\\.tbx:\\d+:\\d+: <termSec> inside a term section"), e2.getMessage());
    }

    @Test
    void termsWithoutStatusAreAdmittedAndNotesAreKept(@TempDir Path dir) throws IOException {
        Path f = write(dir, tbx("<term>Шуша</term><termNote type=\"partOfSpeech\">properNoun</termNote>"
                + "<termNote type=\"grammaticalGender\">feminine</termNote><note>city</note>"));
        Term t = reader.read(f).concept("c1").terms("ru").get(0);
        assertEquals(TermStatus.ADMITTED, t.status());
        assertEquals("properNoun", t.partOfSpeech());
        assertEquals("feminine", t.grammaticalGender());
        assertEquals(List.of("city"), t.notes());
        assertNotNull(t.position());
    }

    @Test
    void aStreamedFileReadsAsTheSameBytesInMemory() throws IOException {
        for (Path f : List.of(Shared.path("terms-devset/glossary.tbx"),
                Shared.path("conformance/ltac-tbx/TBX-Basic_dialect/DCT/Example_Astronomy_DCT_VALID.tbx"),
                Shared.path("conformance/okapi/tbx/sdl_tbx.tbx"))) {
            Glossary streamed = reader.read(f);
            Glossary held = reader.read(f, Files.readAllBytes(f));
            assertEquals(held.concepts(), streamed.concepts(), f.toString());
            assertEquals(held.warnings(), streamed.warnings(), f.toString());
            assertEquals(held.sourceLanguage(), streamed.sourceLanguage());
        }
    }

    @Test
    void aStreamedFileNamesTheLineAndColumnOfABadByteOrAControlCharacter(@TempDir Path dir) throws IOException {
        byte[] good = tbx("<term>Шуша</term>").replace("<text>", "\n\n<text>").getBytes(StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length);
        int at = new String(good, StandardCharsets.ISO_8859_1).indexOf("<text>");
        bad[at + 1] = (byte) 0xC0; // a lead byte with no continuation
        Path f = dir.resolve("bad.tbx");
        Files.write(f, bad);
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> reader.read(f));
        assertTrue(e.getMessage().matches(".*bad\\.tbx:3:2: not valid UTF-8 .*"), e.getMessage());

        Path nul = write(dir, tbx("<term>Шу\u0000ша</term>"));
        WorkbenchException e2 = assertThrows(WorkbenchException.class, () -> reader.read(nul));
        assertTrue(e2.getMessage().matches(".*\\.tbx:1:\\d+: .*"), e2.getMessage());
        assertFalse(e2.getMessage().contains("\n"));
    }

    @Test
    void aFileOverTheGlossaryLimitIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        StringBuilder many = new StringBuilder("<term>a</term>");
        Path f = write(dir, tbx(many.append("<note>" + "x".repeat(1 << 20) + "</note>").toString()));
        org.l10nwb.core.io.InputLimits oneMb = org.l10nwb.core.io.InputLimits.fromSettings(
                java.util.Map.of("limits.glossary-mb", "1"), dir.resolve("workbench.properties"));
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> reader.read(f, oneMb));
        assertTrue(e.getMessage().contains("limits.glossary-mb"), e.getMessage());
        assertEquals(1, reader.read(f).concepts().size());
    }

    static String tbx(String termSec) {
        return "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"
                + "<tbxHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></tbxHeader><text><body>"
                + "<conceptEntry id=\"c1\"><note>contested</note><langSec xml:lang=\"ru\"><termSec>" + termSec
                + "</termSec></langSec></conceptEntry></body></text></tbx>";
    }

    private static int counter;

    static Path write(Path dir, String xml) throws IOException {
        Path f = dir.resolve("g" + (++counter) + ".tbx");
        Files.writeString(f, xml, StandardCharsets.UTF_8);
        return f;
    }
}
