package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffDocuments;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xliff.XliffVersion;

/**
 * {@code xliff.version = 2.1}: extraction writes XLIFF 2.1 that the OASIS 2.1 core schema accepts,
 * carrying the same units, targets and states as the 1.2 files, and the build gives the same
 * editions as from 1.2; a second extraction leaves the files as they are.
 */
class Xliff21ExtractBuildTest {
    private static final List<String> LOCALES = List.of("ka", "ru", "az");

    @TempDir
    Path tmp;

    @Test
    void extractionWrites21AndTheBuildGivesTheSameEditions() throws Exception {
        Path project = Shared.copyProject(tmp);
        assertEquals(0, Cli.run("build", "--project", project.toString()).exit());
        Map<String, byte[]> editions = new HashMap<>();
        Map<String, List<TransUnit>> units12 = new HashMap<>();
        for (String l : LOCALES) {
            editions.put(l, Files.readAllBytes(project.resolve("locales/" + l + "/article.txt")));
            units12.put(l, new XliffReader().read(project.resolve("locales/" + l + "/article.xlf")).units());
        }
        Files.writeString(project.resolve("workbench.properties"), "xliff.version = 2.1\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Cli.Result extract = Cli.run("extract", "--project", project.toString());
        assertEquals(0, extract.exit(), extract.toString());
        for (String l : LOCALES) {
            Path xlf = project.resolve("locales/" + l + "/article.xlf");
            byte[] bytes = Files.readAllBytes(xlf);
            assertTrue(XliffVersion.isXliff2(xlf, bytes), l + " is XLIFF 2");
            assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("version=\"2.1\""));
            validate(bytes);
            List<TransUnit> read = XliffDocuments.read(xlf, bytes).units();
            List<TransUnit> before = units12.get(l);
            assertEquals(before.size(), read.size());
            for (int i = 0; i < read.size(); i++) {
                assertEquals(before.get(i).id(), read.get(i).id());
                assertEquals(before.get(i).source(), read.get(i).source(), "unit " + read.get(i).id());
                assertEquals(before.get(i).target(), read.get(i).target(), "unit " + read.get(i).id());
                assertEquals(before.get(i).state(), read.get(i).state(), "unit " + read.get(i).id());
                assertEquals(before.get(i).notes(), read.get(i).notes(), "unit " + read.get(i).id());
            }
            Files.delete(project.resolve("locales/" + l + "/article.txt"));
        }
        Cli.Result build = Cli.run("build", "--project", project.toString());
        assertEquals(0, build.exit(), build.toString());
        for (String l : LOCALES) {
            assertEquals(new String(editions.get(l), StandardCharsets.UTF_8),
                    Files.readString(project.resolve("locales/" + l + "/article.txt"), StandardCharsets.UTF_8),
                    l + ": the edition from 2.1 is the edition from 1.2");
        }
        Map<String, byte[]> written = new HashMap<>();
        for (String l : LOCALES) {
            written.put(l, Files.readAllBytes(project.resolve("locales/" + l + "/article.xlf")));
        }
        assertEquals(0, Cli.run("extract", "--project", project.toString()).exit());
        for (String l : LOCALES) {
            assertTrue(java.util.Arrays.equals(written.get(l), Files.readAllBytes(project.resolve("locales/" + l + "/article.xlf"))),
                    l + ": a second extraction changes nothing");
        }
    }

    private static void validate(byte[] xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.newSchema(Shared.path("conformance/oasis-xliff-tc/xliff-21/schemas/xliff_core_2.0.xsd").toFile())
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @Test
    void anotherVersionIsRefused() throws IOException {
        Path project = Shared.copyProject(tmp);
        Files.writeString(project.resolve("workbench.properties"), "xliff.version = 2.0\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Cli.Result r = Cli.run("extract", "--project", project.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("xliff.version: '2.0' is neither 1.2 nor 2.1"), r.err());
    }
}
