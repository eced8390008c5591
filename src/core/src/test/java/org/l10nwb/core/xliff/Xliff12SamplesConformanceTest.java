package org.l10nwb.core.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.testing.Shared;

/**
 * Every XLIFF 1.2 sample of Okapi's test suite ({@code ../shared/conformance/okapi/xliff12-samples/},
 * 35 files from many tools) is read, or refused for the reason stated here; one target is changed
 * and the file written; the result, parsed, equals the original but for that target (a DOM
 * comparison with that unit's target masked in both).
 */
class Xliff12SamplesConformanceTest {
    /** The samples refused on reading, and why: none of them is a valid XLIFF 1.x document. */
    private static final Map<String, String> REFUSED = Map.of(
            "invalid_xml_entity.xlf", "control character U+0003", // a raw U+0003 character, on purpose
            "PAS-10-Test01.xlf", "duplicate trans-unit id", // ids must be unique in a <file>
            "SF-12-Test01.xlf", "duplicate trans-unit id");

    @Test
    void everySampleIsReadAndRewrittenChangingOnlyOneTarget() throws Exception {
        Path dir = Shared.path("conformance/okapi/xliff12-samples");
        List<Path> samples;
        try (Stream<Path> s = Files.walk(dir)) {
            samples = s.filter(p -> p.toString().endsWith(".xlf")).sorted().toList();
        }
        assertEquals(35, samples.size());
        int refused = 0;
        int rewritten = 0;
        List<String> problems = new ArrayList<>();
        for (Path sample : samples) {
            String name = dir.relativize(sample).toString();
            byte[] original = Files.readAllBytes(sample);
            XliffDocument doc;
            try {
                doc = new XliffReader().read(sample, original);
            } catch (WorkbenchException e) {
                String reason = REFUSED.get(name);
                if (reason == null || !e.getMessage().contains(reason)) {
                    problems.add(name + ": refused: " + e.getMessage());
                } else {
                    refused++;
                }
                continue;
            }
            if (REFUSED.containsKey(name)) {
                problems.add(name + ": read, though it should be refused (" + REFUSED.get(name) + ")");
                continue;
            }
            try {
                rewriteOne(name, original, doc);
                rewritten++;
            } catch (AssertionError | RuntimeException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        System.out.println("XLIFF 1.2 samples: " + samples.size() + " files, " + rewritten
                + " read and rewritten with only the changed target different, " + refused + " refused on reading as expected");
        assertEquals(List.of(), problems);
        assertEquals(32, rewritten);
    }

    /** Changes the first unit with text to translate, writes the file, compares the result with the original. */
    private static void rewriteOne(String name, byte[] original, XliffDocument doc) throws Exception {
        int fileIndex = -1;
        int unitIndex = -1;
        for (int f = 0; f < doc.files().size() && fileIndex < 0; f++) {
            List<TransUnit> units = doc.files().get(f).units();
            for (int u = 0; u < units.size(); u++) {
                if (units.get(u).translatable() && units.get(u).source().joined().hasText()) {
                    fileIndex = f;
                    unitIndex = u;
                    break;
                }
            }
        }
        assertTrue(fileIndex >= 0, "a unit with text");
        TransUnit before = doc.files().get(fileIndex).units().get(unitIndex);
        TransUnit after = before.withTarget(before.source().withSegments(p -> Fragment.text("Changed: " + p.segmentId())),
                TargetState.TRANSLATED);
        List<XliffFile> files = new ArrayList<>(doc.files());
        List<TransUnit> units = new ArrayList<>(files.get(fileIndex).units());
        units.set(unitIndex, after);
        files.set(fileIndex, files.get(fileIndex).withUnits(units));
        byte[] written = new XliffRewriter().rewrite(Path.of(name), original, new XliffDocument(files));

        XliffDocument back = new XliffReader().read(Path.of(name), written);
        TransUnit read = back.files().get(fileIndex).units().get(unitIndex);
        assertEquals(after.target().plainText(), read.target().plainText(), "the changed target is read back");
        assertEquals("translated", read.state().value());
        Document a = parse(original);
        Document b = parse(written);
        assertFalse(a.isEqualNode(b), "the target changed");
        mask(a, fileIndex, unitIndex);
        mask(b, fileIndex, unitIndex);
        if (!a.isEqualNode(b)) {
            fail("differs from the original outside the changed target of unit " + before.id());
        }
        assertNotEquals(0, written.length);
    }

    /** Removes the target of the unit (and the white space before it) and its approval, in the document's own namespace. */
    private static void mask(Document d, int fileIndex, int unitIndex) {
        Element root = d.getDocumentElement();
        String ns = root.getNamespaceURI();
        Element file = children(root, ns, "file").get(fileIndex);
        List<Element> units = new ArrayList<>();
        collectUnits(file, ns, units);
        Element unit = units.get(unitIndex);
        unit.removeAttribute("approved");
        for (Element target : children(unit, ns, "target")) {
            Node before = target.getPreviousSibling();
            if (before != null && before.getNodeType() == Node.TEXT_NODE && before.getTextContent().isBlank()) {
                unit.removeChild(before);
            }
            unit.removeChild(target);
        }
        d.normalizeDocument();
    }

    private static void collectUnits(Element parent, String ns, List<Element> out) {
        for (Element body : children(parent, ns, "body")) {
            collectGroups(body, ns, out);
        }
    }

    private static void collectGroups(Element parent, String ns, List<Element> out) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && same(ns, e.getNamespaceURI())) {
                if (e.getLocalName().equals("trans-unit")) {
                    out.add(e);
                } else if (e.getLocalName().equals("group")) {
                    collectGroups(e, ns, out);
                }
            }
        }
    }

    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && same(ns, e.getNamespaceURI()) && e.getLocalName().equals(local)) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        try {
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
