package org.l10nwb.okapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffDocuments;
import org.l10nwb.core.xliff.XliffRewriter;

/**
 * Lossless rewriting of XLIFF 2: every file of the OASIS suites' {@code valid/} folders (2.1 and
 * 2.2, core and modules) that the reader accepts gets the first segment of its first unit with
 * text translated anew, and is written; the result, parsed, equals the original but for that
 * segment's target and state (a DOM comparison, white space included, with that segment masked in
 * both), and reads back with the new target.
 */
class Xliff2RewriteConformanceTest {
    /** Files whose change is refused for writing, and why: the workbench would lose what they hold. */
    private static final java.util.Map<String, String> REFUSED = java.util.Map.of(
            // a match points into the target's <mrk>
            "withMatches.xlf", "holds annotations",
            // the segment's target marks a term (<mrk>) or a comment (<sm>/<em>)
            "withGlossary.xlf", "holds annotations",
            "testTranslateWithTarget.xlf", "holds annotations",
            // the first segment opens a code (<sc>) that the second, still untranslated, closes: the
            // target would hold the opening alone, which the reader takes for another kind of code
            "withModulesAttributesInEc.xlf", "different tag-types");

    private static final Path SUITES = Shared.path("conformance/oasis-xliff-tc");

    @Test
    void everyValidFileIsRewrittenChangingOnlyOneTarget() throws Exception {
        List<String> problems = new ArrayList<>();
        int total = 0;
        int rewritten = 0;
        int unread = 0;
        int nothingToTranslate = 0;
        int refused = 0;
        for (String version : List.of("xliff-21", "xliff-22")) {
            for (String part : List.of("core", "modules")) {
                Path dir = SUITES.resolve(version + "/test-suite/" + part + "/valid");
                List<Path> files;
                try (Stream<Path> s = Files.list(dir)) {
                    files = s.filter(p -> p.toString().endsWith(".xlf")).sorted().toList();
                }
                for (Path f : files) {
                    total++;
                    String key = version + "/" + part + "/" + f.getFileName();
                    byte[] original = Files.readAllBytes(f);
                    XliffDocument doc;
                    try {
                        doc = XliffDocuments.read(f, original);
                    } catch (WorkbenchException e) {
                        unread++; // listed with the reason in Xliff2ConformanceTest
                        continue;
                    }
                    try {
                        if (rewriteOne(f, original, doc)) {
                            rewritten++;
                        } else {
                            nothingToTranslate++;
                        }
                    } catch (WorkbenchException e) {
                        String why = REFUSED.get(f.getFileName().toString());
                        if (why == null || !e.getMessage().contains(why)) {
                            problems.add(key + ": " + e.getMessage());
                        } else {
                            refused++;
                        }
                    } catch (AssertionError | RuntimeException e) {
                        problems.add(key + ": " + e.getMessage());
                    }
                }
            }
        }
        System.out.printf("XLIFF 2 rewrite: %d valid files, %d rewritten with only the changed target different, "
                + "%d refused for writing as expected, %d without a segment with text, %d not read (see the conformance test)%n",
                total, rewritten, refused, nothingToTranslate, unread);
        assertEquals(List.of(), problems);
        assertTrue(rewritten >= 80, "rewritten: " + rewritten);
    }

    /** Changes the first segment with text of the first translatable unit; false when there is none. */
    private static boolean rewriteOne(Path path, byte[] original, XliffDocument doc) throws Exception {
        int fileIndex = -1;
        int unitIndex = -1;
        int partIndex = -1;
        for (int f = 0; f < doc.files().size() && fileIndex < 0; f++) {
            List<TransUnit> units = doc.files().get(f).units();
            for (int u = 0; u < units.size() && fileIndex < 0; u++) {
                List<Part> parts = units.get(u).source().parts();
                for (int p = 0; p < parts.size(); p++) {
                    if (units.get(u).translatable() && parts.get(p).isSegment() && parts.get(p).content().hasText()) {
                        fileIndex = f;
                        unitIndex = u;
                        partIndex = p;
                        break;
                    }
                }
            }
        }
        if (fileIndex < 0) {
            return false;
        }
        TransUnit before = doc.files().get(fileIndex).units().get(unitIndex);
        Part changedPart = before.source().parts().get(partIndex);
        String sid = changedPart.segmentId();
        Content old = before.target() != null ? before.target() : before.source().withSegments(p -> Fragment.EMPTY);
        List<Part> parts = new ArrayList<>(old.parts());
        parts.set(partIndex, Part.segment(sid, translated(changedPart.content(), sid)));
        TargetState state = before.state() == null ? TargetState.NEW : before.state();
        TransUnit after = before.withTarget(new Content(parts), state);
        Set<String> confirmed = new java.util.HashSet<>(after.confirmedSegments());
        confirmed.add(sid);
        after = after.withConfirmedSegments(confirmed);
        List<XliffFile> files = new ArrayList<>(doc.files());
        List<TransUnit> units = new ArrayList<>(files.get(fileIndex).units());
        units.set(unitIndex, after);
        XliffFile file = files.get(fileIndex).withUnits(units);
        if (file.targetLanguage() == null) {
            file = new XliffFile(file.original(), file.datatype(), file.sourceLanguage(), "fr", file.attributes(), file.units());
        }
        files.set(fileIndex, file);
        byte[] written = new XliffRewriter().rewrite(path, original, doc, new XliffDocument(files));

        XliffDocument back = XliffDocuments.read(path, written);
        TransUnit read = back.files().get(fileIndex).units().get(unitIndex);
        assertEquals(translated(changedPart.content(), sid), read.target().parts().get(partIndex).content());
        assertTrue(read.isSegmentConfirmed(sid), "the changed segment is translated");
        for (int f = 0; f < doc.files().size(); f++) {
            for (int u = 0; u < doc.files().get(f).units().size(); u++) {
                if (f != fileIndex || u != unitIndex) {
                    TransUnit a = doc.files().get(f).units().get(u);
                    TransUnit b = back.files().get(f).units().get(u);
                    assertEquals(a.target(), b.target(), "unit " + a.id() + " is unchanged");
                    assertEquals(a.state(), b.state(), "unit " + a.id() + " keeps its state");
                }
            }
        }
        Document a = parse(original);
        Document b = parse(written);
        assertFalse(a.isEqualNode(b), "the target changed");
        mask(a, fileIndex, unitIndex, partIndex);
        mask(b, fileIndex, unitIndex, partIndex);
        assertTrue(a.isEqualNode(b), "differs from the original outside the changed target of unit " + before.id());
        return true;
    }

    /** What a translator does: the source's codes kept, its first text translated. */
    private static Fragment translated(Fragment source, String sid) {
        List<Run> runs = new ArrayList<>();
        boolean done = false;
        for (Run r : source.runs()) {
            if (r instanceof Run.Text && !done) {
                runs.add(new Run.Text("Changé & <nouveau> " + sid));
                done = true;
            } else {
                runs.add(r);
            }
        }
        return Fragment.of(runs);
    }

    /** Empties the changed segment but for its source, drops its state, and the root's trgLang. */
    private static void mask(Document d, int fileIndex, int unitIndex, int partIndex) {
        Element root = d.getDocumentElement();
        root.removeAttribute("trgLang");
        String ns = root.getNamespaceURI();
        Element file = children(root, ns, Set.of("file")).get(fileIndex);
        List<Element> units = new ArrayList<>();
        collectUnits(file, ns, units);
        Element piece = children(units.get(unitIndex), ns, Set.of("segment", "ignorable")).get(partIndex);
        piece.removeAttribute("state");
        piece.removeAttribute("subState");
        for (Node n = piece.getFirstChild(); n != null;) {
            Node next = n.getNextSibling();
            if (!(n instanceof Element e && e.getLocalName().equals("source"))) {
                piece.removeChild(n);
            }
            n = next;
        }
        d.normalizeDocument();
    }

    private static void collectUnits(Element parent, String ns, List<Element> out) {
        for (Element e : children(parent, ns, Set.of("unit", "group"))) {
            if (e.getLocalName().equals("unit")) {
                out.add(e);
            } else {
                collectUnits(e, ns, out);
            }
        }
    }

    private static List<Element> children(Element parent, String ns, Set<String> locals) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && ns.equals(e.getNamespaceURI()) && locals.contains(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
