package org.l10nwb.core.testing;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;

import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XPathSelector;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Runs an ISO Schematron schema (query binding XSLT 2, XPath 2 via Saxon-HE) over a document:
 * patterns, rules and asserts/reports, with the rule semantics of the standard (within a pattern
 * a node is handled by the first rule whose context matches it). Not supported, and not used by
 * the TBX schemas it serves: abstract patterns, {@code let}, phases, includes. Written here
 * because the ISO skeleton XSLT that compiles Schematron is not available to the build; Saxon
 * evaluates every expression.
 */
public final class Schematron {
    private final Processor saxon = new Processor(false);
    private final List<Pattern> patterns = new ArrayList<>();
    private final XPathCompiler xpath;

    private record Check(boolean report, String test, String message) {
    }

    private record Rule(String context, List<Check> checks) {
    }

    private record Pattern(String id, List<Rule> rules) {
    }

    public Schematron(Path schema) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document sch = f.newDocumentBuilder().parse(schema.toFile());
        xpath = saxon.newXPathCompiler();
        String iso = "http://purl.oclc.org/dsdl/schematron";
        NodeList ns = sch.getElementsByTagNameNS(iso, "ns");
        for (int i = 0; i < ns.getLength(); i++) {
            Element e = (Element) ns.item(i);
            xpath.declareNamespace(e.getAttribute("prefix"), e.getAttribute("uri"));
        }
        NodeList ps = sch.getElementsByTagNameNS(iso, "pattern");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            List<Rule> rules = new ArrayList<>();
            for (Node r = p.getFirstChild(); r != null; r = r.getNextSibling()) {
                if (r instanceof Element re && "rule".equals(re.getLocalName())) {
                    List<Check> checks = new ArrayList<>();
                    for (Node a = re.getFirstChild(); a != null; a = a.getNextSibling()) {
                        if (a instanceof Element ae && ("assert".equals(ae.getLocalName()) || "report".equals(ae.getLocalName()))) {
                            checks.add(new Check("report".equals(ae.getLocalName()), ae.getAttribute("test"),
                                    ae.getTextContent().replaceAll("\\s+", " ").strip()));
                        }
                    }
                    rules.add(new Rule(re.getAttribute("context"), checks));
                }
            }
            patterns.add(new Pattern(p.getAttribute("id"), rules));
        }
    }

    /** The failed asserts and fired reports: {@code line: pattern: message}; empty when the document passes. */
    public List<String> validate(byte[] document) throws SaxonApiException {
        DocumentBuilder b = saxon.newDocumentBuilder();
        b.setLineNumbering(true);
        XdmNode doc = b.build(new StreamSource(new ByteArrayInputStream(document)));
        List<String> out = new ArrayList<>();
        for (Pattern p : patterns) {
            Set<XdmNode> handled = new HashSet<>();
            for (Rule r : p.rules()) {
                XPathSelector sel = xpath.compile("//(" + r.context() + ")").load();
                sel.setContextItem(doc);
                for (XdmItem item : sel.evaluate()) {
                    XdmNode node = (XdmNode) item;
                    if (!handled.add(node)) {
                        continue;
                    }
                    for (Check c : r.checks()) {
                        XPathSelector t = xpath.compile(c.test()).load();
                        t.setContextItem(node);
                        boolean holds = t.effectiveBooleanValue();
                        if (holds == c.report()) {
                            out.add(node.getLineNumber() + ": " + p.id() + ": " + (c.message().isEmpty() ? c.test() : c.message()));
                        }
                    }
                }
            }
        }
        return out;
    }
}
