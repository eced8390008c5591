package org.l10nwb.okapi;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * An XML part in a canonical text form, to compare an edition's parts with the original's by
 * what they say rather than how Okapi's writers spell it: element and attribute names by
 * namespace URI (never prefix), attributes in sorted order, no XML declaration, empty elements
 * however written, character references resolved. Two differences that carry no meaning in these
 * formats are also set aside, and only these: whitespace that contains a line break and stands
 * alone between elements (indentation; Okapi's ODF writer adds line breaks after paragraphs), and
 * {@code xml:space="preserve"} on an element whose text has no space to preserve at either end
 * (Okapi's Word writer puts it on every {@code w:t}).
 */
final class CanonicalXml {
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private CanonicalXml() {}

    static String of(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            Element root = b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
            StringBuilder out = new StringBuilder();
            write(root, out, 0);
            return out.toString();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static void write(Element e, StringBuilder out, int depth) {
        out.append("  ".repeat(depth)).append('<').append(name(e));
        List<String> attributes = new ArrayList<>();
        NamedNodeMap map = e.getAttributes();
        String text = e.getTextContent();
        boolean edgeSpace = !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
        for (int i = 0; i < map.getLength(); i++) {
            Attr a = (Attr) map.item(i);
            if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                continue; // declarations: the names carry their namespace already
            }
            if (XML_NS.equals(a.getNamespaceURI()) && "space".equals(a.getLocalName())
                    && "preserve".equals(a.getValue()) && !edgeSpace) {
                continue;
            }
            attributes.add(name(a) + "=\"" + escape(a.getValue()) + "\"");
        }
        attributes.sort(null);
        attributes.forEach(a -> out.append(' ').append(a));
        out.append(">\n");
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                write((Element) c, out, depth + 1);
            } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                String t = c.getNodeValue();
                if (t.isBlank() && t.indexOf('\n') >= 0) {
                    continue;
                }
                out.append("  ".repeat(depth + 1)).append('"').append(escape(t)).append("\"\n");
            }
        }
        out.append("  ".repeat(depth)).append("</").append(name(e)).append(">\n");
    }

    private static String name(Node n) {
        String ns = n.getNamespaceURI();
        String local = n.getLocalName() == null ? n.getNodeName() : n.getLocalName();
        return ns == null ? local : "{" + ns + "}" + local;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\n", "\\n");
    }
}
