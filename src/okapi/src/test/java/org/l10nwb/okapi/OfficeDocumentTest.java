package org.l10nwb.okapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.extract.Reconciler;
import org.l10nwb.core.format.DocumentFormat;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.format.Segmentation;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xliff.XliffWriter;

/**
 * The Word and OpenDocument articles under {@code office/} (packed by {@code office/pack} from
 * the XML parts beside them): extraction is deterministic and gives the golden XLIFF; built with
 * targets equal to sources, every part of the edition says what the original's says; a
 * translation lands inside its bold, italic and link codes; hostile packages are refused.
 *
 * <p>To accept a changed extraction as the new golden file: {@code -Dgolden.update=true}.
 */
class OfficeDocumentTest {
    static final Path OFFICE = Path.of("src/test/resources/office");
    private static final LocaleTag EN = LocaleTag.of("en");
    private static final LocaleTag RU = LocaleTag.of("ru");
    private static final DocumentFormats FORMATS = DocumentFormats.load();

    /** The XLIFF that {@code workbench extract} writes for a new document. */
    static byte[] xliff(Path document) {
        DocumentFormat format = FORMATS.forFile(document);
        List<TransUnit> units = Reconciler.fresh(format.extract(document, EN, Segmentation.DEFAULT));
        return new XliffWriter().write(XliffDocument.of(new XliffFile("locales/en/" + document.getFileName(),
                format.xliffDatatype(), "en", "ru", Map.of(), units)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"article.docx", "article.odt"})
    void extractionIsDeterministicAndGivesTheGoldenXliff(String name) throws IOException {
        Path document = OFFICE.resolve(name);
        byte[] first = xliff(document);
        assertArrayEquals(first, xliff(document), "two extractions of " + name + " differ");
        Path golden = OFFICE.resolve(name + ".xlf");
        if (Boolean.getBoolean("golden.update")) {
            Files.write(golden, first);
        }
        assertEquals(Files.readString(golden), new String(first, StandardCharsets.UTF_8),
                "extraction of " + name + " differs from " + golden + " (-Dgolden.update=true accepts it)");
        String text = new String(first, StandardCharsets.UTF_8);
        assertTrue(text.contains("towards <g id=\"1\">Ilham Aliyev</g>, the main"), "bold as an inline code");
        assertTrue(text.contains("as a <g id=\"2\">grandmaster of foreign policy</g>."), "italics as an inline code");
        assertTrue(text.contains("branch of <g id=\"1\">Lomonosov Moscow State University</g>."), "the link as a code");
        assertTrue(text.contains("<mrk mid=\"3\" mtype=\"seg\">Joint press conferences would laud:</mrk>"),
                "the paragraph is split into sentences by the SRX rules");
    }

    @ParameterizedTest
    @ValueSource(strings = {"article.docx", "article.odt"})
    void theCommittedPackageIsItsParts(String name) throws IOException {
        Map<String, byte[]> packed = entries(Files.readAllBytes(OFFICE.resolve(name)));
        Path parts = OFFICE.resolve(name + ".parts");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(parts)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(parts.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        assertEquals(new java.util.TreeSet<>(files.keySet()), new java.util.TreeSet<>(packed.keySet()),
                name + " is not packed from " + parts + "; run office/pack");
        files.forEach((n, bytes) -> assertArrayEquals(bytes, packed.get(n), n + " in " + name + "; run office/pack"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"article.docx", "article.odt"})
    void targetsEqualToSourcesGiveTheOriginalsParts(String name) throws IOException {
        Path document = OFFICE.resolve(name);
        byte[] edition = merge(document, identity(document), EN);
        assertArrayEquals(edition, merge(document, identity(document), EN), "two builds of " + name + " differ");
        Map<String, byte[]> original = entries(Files.readAllBytes(document));
        Map<String, byte[]> built = entries(edition);
        assertEquals(List.copyOf(original.keySet()), List.copyOf(built.keySet()), "the parts of " + name + ", in order");
        for (String part : original.keySet()) {
            if (part.endsWith(".xml") || part.endsWith(".rels")) {
                assertEquals(CanonicalXml.of(original.get(part)), CanonicalXml.of(built.get(part)), part + " of " + name);
            } else {
                assertArrayEquals(original.get(part), built.get(part), part + " of " + name);
            }
        }
        if (name.endsWith(".odt")) {
            assertOdfMimetypeFirstAndStored(edition);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"article.docx", "article.odt"})
    void aTranslationLandsInsideItsFormattingCodes(String name, @TempDir Path tmp) throws IOException {
        Path document = OFFICE.resolve(name);
        byte[] edition = merge(document, translated(document), RU);
        String main = new String(entries(edition).get(name.endsWith(".docx") ? "word/document.xml" : "content.xml"),
                StandardCharsets.UTF_8);
        if (name.endsWith(".docx")) {
            assertTrue(main.contains("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Ильхаму Алиеву</w:t>"), main);
            assertTrue(main.contains("<w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">гроссмейстером внешней политики</w:t>"),
                    main);
            assertTrue(main.contains("<w:hyperlink r:id=\"rId3\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr>"
                    + "<w:t xml:space=\"preserve\">МГУ имени Ломоносова</w:t></w:r></w:hyperlink>"), main);
        } else {
            assertTrue(main.contains("<text:span text:style-name=\"T1\">Ильхаму Алиеву</text:span>"), main);
            assertTrue(main.contains("<text:span text:style-name=\"T2\">гроссмейстером внешней политики</text:span>"), main);
            assertTrue(main.contains("<text:a xlink:type=\"simple\" xlink:href=\"https://www.msu.ru/en/\""
                    + " text:style-name=\"Internet_20_link\">МГУ имени Ломоносова</text:a>"), main);
        }
        // Extracted again, the edition gives the translation with the same codes.
        Path copy = tmp.resolve(name);
        Files.write(copy, edition);
        List<Content> again = FORMATS.forFile(copy).extract(copy, RU, Segmentation.DEFAULT);
        List<TransUnit> expected = translated(document);
        assertEquals(expected.size(), again.size());
        for (int i = 0; i < again.size(); i++) {
            assertEquals(expected.get(i).target().joined(), again.get(i).joined(), "unit " + (i + 1) + " of the edition");
        }
    }

    @Test
    void aFileThatIsNotAZipIsRefusedNamingIt(@TempDir Path tmp) throws IOException {
        Path fake = tmp.resolve("letter.docx");
        Files.writeString(fake, "Dear editor, this is plain text with a .docx name.\n");
        WorkbenchException e = assertThrows(WorkbenchException.class,
                () -> FORMATS.forFile(fake).extract(fake, EN, Segmentation.DEFAULT));
        assertEquals("is not a Word document (not a zip package)", e.detail());
        assertTrue(e.getMessage().startsWith(fake.toString()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aZipBombIsRefusedBeforeOkapiOpensIt(@TempDir Path tmp) throws IOException {
        Path bomb = tmp.resolve("bomb.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED); // the bomb's size does not matter, its making time does
            zip.putNextEntry(new ZipEntry("content.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i <= OfficePackage.MAX_UNPACKED >> 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 2 << 20, "the bomb is small packed: " + Files.size(bomb));
        WorkbenchException e = assertThrows(WorkbenchException.class,
                () -> FORMATS.forFile(bomb).extract(bomb, EN, Segmentation.DEFAULT));
        assertEquals("unpacks to more than 256 MB; refused as a zip bomb", e.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../evil.xml", "/etc/evil.xml", "word\\..\\..\\evil.xml", "C:/evil.xml"})
    void anEntryPointingOutsideThePackageIsRefused(String entry, @TempDir Path tmp) throws IOException {
        Path sly = tmp.resolve("sly.docx");
        Map<String, byte[]> parts = entries(Files.readAllBytes(OFFICE.resolve("article.docx")));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(sly))) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
            }
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        WorkbenchException e = assertThrows(WorkbenchException.class,
                () -> FORMATS.forFile(sly).extract(sly, EN, Segmentation.DEFAULT));
        assertEquals("has an entry named '" + entry + "', which points outside the package; refused", e.detail());
    }

    @Test
    void aZipWithoutTheMainPartIsNotAWordDocument(@TempDir Path tmp) throws IOException {
        Path other = tmp.resolve("photos.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("photo.txt"));
            zip.write("not a picture".getBytes(StandardCharsets.UTF_8));
        }
        WorkbenchException e = assertThrows(WorkbenchException.class,
                () -> FORMATS.forFile(other).extract(other, EN, Segmentation.DEFAULT));
        assertEquals("is not a Word document (a zip package without word/document.xml)", e.detail());
    }

    /** Every unit with its target equal to its source. */
    static List<TransUnit> identity(Path document) {
        List<TransUnit> units = new ArrayList<>();
        for (TransUnit u : Reconciler.fresh(FORMATS.forFile(document).extract(document, EN, Segmentation.DEFAULT))) {
            units.add(u.withTarget(u.source(), TargetState.TRANSLATED));
        }
        return units;
    }

    /**
     * The identity, with the first paragraph (bold and italics) and the list item with the link
     * translated into Russian, codes kept where a translator would put them.
     */
    static List<TransUnit> translated(Path document) {
        XliffReader inline = new XliffReader();
        List<TransUnit> units = new ArrayList<>(identity(document));
        units.set(1, units.get(1).withTarget(Content.single("1", inline.parseInline(
                "Несмотря на мою неизменную неприязнь к <g id=\"1\">Ильхаму Алиеву</g>, главному архитектору болота"
                        + " диктатуры и коррупции в Азербайджане, я восхищался им не меньше как"
                        + " <g id=\"2\">гроссмейстером внешней политики</g>.")), TargetState.TRANSLATED));
        units.set(5, units.get(5).withTarget(Content.single("1", inline.parseInline(
                "Баку принимает филиал <g id=\"1\">МГУ имени Ломоносова</g>.")), TargetState.TRANSLATED));
        return units;
    }

    static byte[] merge(Path document, List<TransUnit> units, LocaleTag target) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMATS.forFile(document).merge(document, EN, target, units, out);
        return out.toByteArray();
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static void assertOdfMimetypeFirstAndStored(byte[] odt) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(odt))) {
            ZipEntry first = in.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("application/vnd.oasis.opendocument.text", new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }
}
