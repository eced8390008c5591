package org.l10nwb.core.glossary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import com.thaiopensource.relaxng.jaxp.XMLSyntaxSchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import org.l10nwb.core.testing.Schematron;
import org.l10nwb.core.testing.Shared;

/**
 * Exported TBX is valid against the TBX core structure (RELAX NG, checked with Jing) and the
 * TBX-Basic dialect's Schematron (LTAC's {@code TBX-Basic_DCA.sch}, run with Saxon-HE by
 * {@link Schematron}), keeps every data category it read, and reads back the same.
 */
class TbxWriterTest {
    private static final String[] SAMPLES = {"terms-devset/glossary.tbx", "conformance/okapi/tbx/maryland.tbx",
        "conformance/okapi/tbx/ibm_tbx.tbx", "conformance/ltac-tbx/TBX-Basic_dialect/DCT/Example_Astronomy_DCT_VALID.tbx",
        "conformance/ltac-tbx/TBX-Basic_dialect/DCA/Example_Astronomy_DCA_VALID.tbx",
        "conformance/ltac-tbx/TBX_test_files/basic_good.tbx", "conformance/ltac-tbx/TBX_test_files/basic_bad.tbx",
        "conformance/ltac-tbx/TBX_test_files/min_good.tbx"};

    private static Schematron basic() throws Exception {
        return new Schematron(Shared.path("conformance/ltac-tbx/TBX-Basic_dialect/DCA/TBX-Basic_DCA.sch"));
    }

    @Test
    void theSchematronRunnerRejectsTheBadBasicSample() throws Exception {
        byte[] bad = Files.readAllBytes(Shared.path("conformance/ltac-tbx/TBX_test_files/basic_bad.tbx"));
        List<String> problems = basic().validate(bad);
        assertTrue(problems.stream().anyMatch(p -> p.contains("/partOfSpeech/ type may be")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("/definition/ may only appear")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("Permitted type value(s): responsibility")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("Permitted type value(s): transactionType")), problems.toString());
    }

    @Test
    void everyExportPassesTheCoreSchemaAndTheBasicSchematronAndKeepsItsDataCategories() throws Exception {
        Schematron sch = basic();
        for (String f : SAMPLES) {
            Glossary g = reader.read(Shared.path(f));
            byte[] tbx = writer.write(g, f);
            assertEquals(List.of(), validate(tbx), f);
            assertEquals(List.of(), sch.validate(tbx), f);
            Glossary back = reader.read(Path.of("x.tbx"), tbx);
            List<String> a = dump(g);
            List<String> b = dump(back);
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                assertEquals(a.get(i), b.get(i), f + " line " + i);
            }
            assertEquals(a.size(), b.size(), f);
            assertArrayEquals(tbx, writer.write(back, f), "same glossary, same bytes: " + f);
        }
    }

    @Test
    void contextSourcesDatesResponsibilityAndTermTypesSurviveTheExport() throws Exception {
        Path in = Shared.path("conformance/ltac-tbx/TBX-Basic_dialect/DCA/Example_Astronomy_DCA_VALID.tbx");
        String original = Files.readString(in);
        String exported = new String(writer.write(reader.read(in), "astronomy"), java.nio.charset.StandardCharsets.UTF_8);
        for (String category : List.of("type=\"context\"", "type=\"source\"", "type=\"termType\"", "<date>",
                "type=\"responsibility\"", "type=\"transactionType\"", "type=\"geographicalUsage\"",
                "type=\"crossReference\"", "type=\"externalCrossReference\"", "type=\"xGraphic\"")) {
            int before = count(original, category);
            int after = count(exported, category);
            assertEquals(before, after, category + " in the export");
        }
        assertTrue(count(original, "type=\"context\"") > 0, "the sample has context sentences");
    }

    @Test
    void aPartOfSpeechBasicLacksBecomesItsBasicValueAndTheOriginalIsKept() throws Exception {
        Path project = Shared.projectRoot().resolve("glossary/article.tbx");
        Glossary g = reader.read(project);
        byte[] tbx = writer.write(g, "article");
        String exported = new String(tbx, java.nio.charset.StandardCharsets.UTF_8);
        // the file keeps Basic's rules (noun, the finer part of speech in a note): the glossary read has proper nouns
        assertTrue(g.concepts().stream().flatMap(c -> c.languages().stream()).flatMap(l -> l.terms().stream())
                .anyMatch(t -> "properNoun".equals(t.partOfSpeech())), "the project's glossary has proper nouns");
        assertEquals(List.of(), validate(tbx));
        assertEquals(List.of(), basic().validate(tbx), "the project's glossary exports as TBX-Basic");
        assertFalse(exported.contains(">properNoun<"), "properNoun is not a TBX-Basic part of speech");
        assertTrue(exported.contains("<termNote type=\"partOfSpeech\">noun</termNote>"));
        assertTrue(exported.contains("<note>partOfSpeech: properNoun</note>"));
        Glossary back = reader.read(Path.of("x.tbx"), exported.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(back.concepts().stream().flatMap(c -> c.languages().stream()).flatMap(s -> s.terms().stream())
                .anyMatch(t -> "properNoun".equals(t.partOfSpeech())));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
    private final TbxWriter writer = new TbxWriter();
    private final TbxReader reader = new TbxReader();

    private static Validator coreValidator() throws SAXException {
        SchemaFactory f = new XMLSyntaxSchemaFactory();
        assertEquals(XMLConstants.RELAXNG_NS_URI, XMLSyntaxSchemaFactory.SCHEMA_LANGUAGE);
        Schema schema = f.newSchema(Shared.path("conformance/ltac-tbx/TBX_Core_RNG/TBXcoreStructV03.rng").toFile());
        return schema.newValidator();
    }

    private static List<String> validate(byte[] tbx) throws SAXException, IOException {
        Validator v = coreValidator();
        List<String> problems = new ArrayList<>();
        v.setErrorHandler(new org.xml.sax.ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        v.validate(new StreamSource(new ByteArrayInputStream(tbx)));
        return problems;
    }

    @Test
    void theValidatorRejectsTheBadCoreSample() throws Exception {
        byte[] bad = Files.readAllBytes(Shared.path("conformance/ltac-tbx/TBX_test_files/core_structure_bad.tbx"));
        assertTrue(!validate(bad).isEmpty(), "a validator that accepts everything proves nothing");
    }

    @Test
    void exportOfTheDevelopmentGlossaryIsValidAndLossless() throws Exception {
        Glossary g = reader.read(Shared.path("terms-devset/glossary.tbx"));
        byte[] tbx = writer.write(g, "development glossary");
        assertEquals(List.of(), validate(tbx));
        Glossary back = reader.read(Path.of("export.tbx"), tbx);
        assertEquals(dump(g), dump(back));
        assertArrayEquals(tbx, writer.write(back, "development glossary"), "same glossary, same bytes");
    }

    @Test
    void exportOfTbx2008AndBasicSamplesIsValid() throws Exception {
        for (String f : List.of("conformance/okapi/tbx/maryland.tbx", "conformance/okapi/tbx/ibm_tbx.tbx",
                "conformance/ltac-tbx/TBX-Basic_dialect/DCT/Example_Astronomy_DCT_VALID.tbx")) {
            Glossary g = reader.read(Shared.path(f));
            byte[] tbx = writer.write(g, f);
            assertEquals(List.of(), validate(tbx), f);
            assertEquals(dump(g), dump(reader.read(Path.of("x.tbx"), tbx)), f);
        }
    }

    @Test
    void idsThatAreNotXmlNamesAreMadeValidAndTextIsEscaped(@TempDir Path dir) throws Exception {
        Term t = new Term("R&D <dept>", TermStatus.SUPERSEDED, "noun", null, "say \"R and D\"", List.of("a < b"), null);
        Concept c = new Concept("42", "org", "defined & kept", List.of("note"), List.of(
                new LanguageSection("en", null, List.of(), List.of(t))), null);
        byte[] tbx = writer.write(new Glossary(List.of(), "en", List.of(c)), "x");
        assertEquals(List.of(), validate(tbx));
        Glossary back = reader.read(dir.resolve("x.tbx"), tbx);
        Term t2 = back.concept("c42").terms("en").get(0);
        assertEquals("R&D <dept>", t2.text());
        assertEquals(TermStatus.SUPERSEDED, t2.status());
        assertEquals("say \"R and D\"", t2.usageNote());
        assertEquals(List.of("a < b"), t2.notes());
    }

    @Test
    void inflectionHintsAreReadFromTbx2008AndV3AndExportedValid() throws Exception {
        String v3 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
                  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
                  <text><body><conceptEntry id="baku"><langSec xml:lang="ru"><termSec>
                    <term>Баку</term>
                    <termNote type="x-inflection">indeclinable</termNote>
                    <termNote type="x-inflectedForm">Бакы</termNote>
                    <termNote type="x-inflectedForm">Бакою</termNote>
                  </termSec></langSec></conceptEntry></body></text>
                </tbx>""".strip();
        String tbx2008 = """
                <?xml version="1.0" encoding="UTF-8"?>
                <martif type="TBX" xml:lang="en"><text><body>
                  <termEntry id="moldova"><langSet xml:lang="ru"><tig>
                    <term>Молдова</term><termNote type="x-inflection">ru:fem-a</termNote>
                  </tig></langSet></termEntry>
                </body></text></martif>""".strip();
        Term baku = reader.read(Path.of("v3.tbx"), v3.getBytes(StandardCharsets.UTF_8)).concept("baku").terms("ru").get(0);
        assertEquals("indeclinable", baku.inflection());
        assertEquals(List.of("Бакы", "Бакою"), baku.inflectedForms());
        Glossary old = reader.read(Path.of("2008.tbx"), tbx2008.getBytes(StandardCharsets.UTF_8));
        assertEquals("ru:fem-a", old.concept("moldova").terms("ru").get(0).inflection());
        assertEquals(new Inflection(false, "ru", "fem-a"), Inflection.parse("ru:fem-a"));
        assertEquals(new Inflection(true, null, null), Inflection.parse(" Indeclinable "));

        Glossary both = new Glossary(List.of(), "en", List.of(
                reader.read(Path.of("v3.tbx"), v3.getBytes(StandardCharsets.UTF_8)).concept("baku"),
                old.concept("moldova")));
        byte[] out = writer.write(both, "hints");
        assertEquals(List.of(), validate(out));
        String written = new String(out, StandardCharsets.UTF_8);
        // TBX-Basic has no such termNote: the export keeps the hints as notes, which reading restores
        assertTrue(written.contains(">x-inflection: indeclinable</note>"), written);
        assertTrue(written.contains(">x-inflectedForm: Бакы</note>"), written);
        Glossary back = reader.read(Path.of("out.tbx"), out);
        assertEquals(dump(both), dump(back));
        assertEquals(List.of("Бакы", "Бакою"), back.concept("baku").terms("ru").get(0).inflectedForms());
        assertEquals("ru:fem-a", back.concept("moldova").terms("ru").get(0).inflection());
    }

    private static List<String> dump(Glossary g) {
        List<String> out = new ArrayList<>();
        for (Concept c : g.concepts()) {
            out.add(TbxWriter.xmlId(c.id()) + " " + c.subjectField() + " " + c.definition() + " " + c.notes() + " "
                    + c.extra());
            for (LanguageSection s : c.languages()) {
                out.add("  " + s.language() + " " + s.definition() + " " + s.notes() + " " + s.extra());
                for (Term t : s.terms()) {
                    out.add("    " + t.text() + " " + t.status() + " " + t.partOfSpeech() + " " + t.grammaticalGender()
                            + " " + t.usageNote() + " " + t.notes() + " " + t.extra() + " " + t.inflection() + " " + t.inflectedForms());
                }
            }
        }
        return out;
    }
}
