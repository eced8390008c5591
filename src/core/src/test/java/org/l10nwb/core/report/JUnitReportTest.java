package org.l10nwb.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckResult;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.xliff.XliffReader;

/** The JUnit report is valid against the Jenkins/Surefire JUnit schema, in every shape it takes. */
class JUnitReportTest {
    private static final String XLIFF = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
            + "<file original=\"a\" datatype=\"plaintext\" source-language=\"en\" target-language=\"ru\"><body>"
            + "<trans-unit id=\"u1\"><source>Shusha and the Zangezur Corridor were in the news again today</source>"
            + "<target>Шуша и Зангезурский коридор снова в новостях сегодня Шуша</target></trans-unit>"
            + "<trans-unit id=\"u2\"><source>Untranslated  text</source></trans-unit>"
            + "<trans-unit id=\"u3\"><source>Price: 12 dollars.</source><target>Цена: 13 долларов</target></trans-unit>"
            + "</body></file></xliff>";

    private static CheckResult result() {
        XliffDocument doc = new XliffReader().read(Path.of("ru/a.xlf"), XLIFF.getBytes(StandardCharsets.UTF_8));
        return new CheckService(new Glossary(List.of(), "en", List.of()), new Languages(List.of()), CheckConfig.defaults())
                .check(List.of(Path.of("ru/a.xlf")), List.of(doc));
    }

    private static byte[] write(CheckResult r, Severity failOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JUnitReport.write(r, failOn, out);
        return out.toByteArray();
    }

    @Test
    void theSchemaRejectsWhatItShould() throws Exception {
        byte[] bad = "<testsuites><testsuite name=\"x\" tests=\"1\"><testcase name=\"a\" file=\"x\" line=\"3\"/></testsuite></testsuites>"
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(JUnitSchema.validate(bad).isEmpty(), "a schema that accepts file and line attributes proves nothing here");
    }

    @Test
    void reportWithFailuresSkippedAndNotesIsValid() throws Exception {
        CheckResult r = result();
        assertFalse(r.findings().isEmpty(), "the sample must give findings");
        for (Severity failOn : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            byte[] junit = write(r, failOn);
            assertEquals(List.of(), JUnitSchema.validate(junit), new String(junit, StandardCharsets.UTF_8));
        }
        Document doc = parse(write(r, Severity.WARNING));
        NodeList cases = doc.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        assertEquals("u1: Shusha and the Zangezur Corridor were \u2026", ((Element) cases.item(0)).getAttribute("name"));
        assertEquals("u2: Untranslated text", ((Element) cases.item(1)).getAttribute("name"));
        assertEquals("u3: Price: 12 dollars.", ((Element) cases.item(2)).getAttribute("name"));
        assertEquals("ru/a.xlf", ((Element) cases.item(0)).getAttribute("classname"));
        assertEquals(1, doc.getElementsByTagName("skipped").getLength());
        assertTrue(doc.getElementsByTagName("failure").getLength() > 0);
        String failure = doc.getElementsByTagName("failure").item(0).getTextContent();
        assertTrue(failure.startsWith("ru/a.xlf:1:"), "the place is in the failure's text: " + failure);
    }

    @Test
    void anUnreadableFileIsASuiteWithOneErrorAndStaysValid() throws Exception {
        CheckResult r = result().withUnreadable(List.of(
                new CheckResult.Unreadable(SourcePosition.of(Path.of("ru/bad.xlf"), 3, 7), "not well-formed XML: <b>")));
        byte[] junit = write(r, Severity.ERROR);
        assertEquals(List.of(), JUnitSchema.validate(junit), new String(junit, StandardCharsets.UTF_8));
        Document doc = parse(junit);
        assertEquals("1", doc.getDocumentElement().getAttribute("errors"));
        assertEquals("4", doc.getDocumentElement().getAttribute("tests"));
        Element error = (Element) doc.getElementsByTagName("error").item(0);
        assertEquals("unreadable", error.getAttribute("type"));
        assertEquals("ru/bad.xlf:3:7: error unreadable: not well-formed XML: <b>", error.getTextContent());
        Element suite = (Element) error.getParentNode().getParentNode();
        assertEquals("ru/bad.xlf", suite.getAttribute("name"));
        assertEquals("1", suite.getAttribute("errors"));
    }

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
