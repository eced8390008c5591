package org.l10nwb.core.xliff;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.l10nwb.core.xml.SafeXml;

/**
 * What an XLIFF document says it is, from its root element alone: its namespace and its
 * {@code version}, so that each version goes to the reader that knows it.
 *
 * @param namespace the root element's namespace, or the empty string
 * @param version the root's {@code version} attribute (without namespace), or {@code null}
 */
public record XliffVersion(String namespace, String version) {
    /** The namespace of XLIFF 2.0 and 2.1 documents (2.1 kept the 2.0 namespace). */
    public static final String NS_20 = "urn:oasis:names:tc:xliff:document:2.0";
    /** The namespace of XLIFF 2.2 documents. */
    public static final String NS_22 = "urn:oasis:names:tc:xliff:document:2.2";

    /** Whether this is an XLIFF 2.x document (2.0, 2.1 or 2.2). */
    public boolean isXliff2() {
        return NS_20.equals(namespace) || NS_22.equals(namespace);
    }

    /**
     * Whether {@code bytes} hold an XLIFF 2.x document. Their encoding is checked first
     * ({@link SafeXml#checkUtf8}): a bad byte is one error line naming the file, not the parser's
     * report on standard error.
     */
    public static boolean isXliff2(Path file, byte[] bytes) {
        SafeXml.checkUtf8(file, bytes);
        XliffVersion v = sniff(new ByteArrayInputStream(bytes));
        return v != null && v.isXliff2();
    }

    /**
     * The root element's namespace and version, read from the start of {@code in} (the parser
     * stops at the root element); {@code null} when there is no root element that can be reached
     * (then the XLIFF 1.x reader gives the exact error). The document's bytes must have passed
     * {@link SafeXml#checkUtf8} already: the JDK's parser prints what it finds wrong in them on
     * standard error. The caller closes {@code in}.
     */
    static XliffVersion sniff(InputStream in) {
        XMLStreamReader r = null;
        try {
            r = SafeXml.inputFactory().createXMLStreamReader(in);
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.DTD) {
                    return null;
                }
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String ns = r.getNamespaceURI();
                    return new XliffVersion(ns == null ? "" : ns, r.getAttributeValue(null, "version"));
                }
            }
            return null;
        } catch (XMLStreamException | RuntimeException e) {
            // a runtime exception is the parser failing on this input (SafeXml.parserFailure):
            // the XLIFF 1.x reader then reports it at its place
            return null;
        } finally {
            SafeXml.closeQuietly(r);
        }
    }
}
