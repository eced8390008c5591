package org.l10nwb.core.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;

/**
 * The one walk over an XML document that the XLIFF, TMX and TBX readers share: a StAX reader set
 * up by {@link SafeXml} (no DTD is read, no entity expanded), the file it reads for every message,
 * and errors as one-line {@link WorkbenchException}s at {@code file:line:column}. A parser error
 * ({@link XMLStreamException}) becomes {@code not well-formed XML: …} at the parser's position the
 * moment it happens, so the readers need not declare or translate it.
 *
 * <p>Only thin delegation happens per event: nothing is allocated that the StAX call itself does
 * not allocate, so the readers keep their speed. Not thread-safe (one per document).
 */
public final class XmlCursor implements AutoCloseable {
    /** One factory for every reader: the JDK's factory creates a fresh parser per document. */
    private static final XMLInputFactory FACTORY = SafeXml.inputFactory();
    /** How much of a document the DOCTYPE check looks at: an internal subset is at its very start. */
    private static final int HEAD = 1 << 16;

    /**
     * How deep elements may nest. The readers walk nested groups and inline codes recursively, and
     * so do the writers and checks after them; no real XLIFF, TBX or TMX comes near this, while
     * 100,000 nested {@code <g>} would overflow the stack of any of them. Bounded here, once for all.
     */
    public static final int MAX_DEPTH = 200;

    private final Path file;
    private final XMLStreamReader r;
    private int depth;
    /** The document when it is in memory, for the DOCTYPE check; {@code null} when streamed. */
    private final byte[] bytes;

    private XmlCursor(Path file, XMLStreamReader r, byte[] bytes) {
        this.file = file;
        this.r = r;
        this.bytes = bytes;
    }

    /** A document in memory; UTF-8 (declared or by default) is checked first, to name the bad byte's place. */
    public static XmlCursor open(Path file, byte[] bytes) {
        SafeXml.checkUtf8(file, bytes);
        try {
            return new XmlCursor(file, FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes)), bytes);
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(file, e);
        } catch (RuntimeException e) {
            throw SafeXml.parserFailure(file, null, e);
        }
    }

    /**
     * A document in memory whose bytes were checked as UTF-8 already ({@link SafeXml#checkUtf8}),
     * by an earlier read of the very same bytes: the check is not made again.
     */
    public static XmlCursor openChecked(Path file, byte[] bytes) {
        try {
            return new XmlCursor(file, FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes)), bytes);
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(file, e);
        } catch (RuntimeException e) {
            throw SafeXml.parserFailure(file, null, e);
        }
    }

    /**
     * A document streamed from {@code in}, the content of {@code file}; the parser detects the
     * encoding. The caller closes {@code in}.
     */
    public static XmlCursor open(Path file, InputStream in) {
        try {
            return new XmlCursor(file, FACTORY.createXMLStreamReader(in), null);
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(file, e);
        } catch (RuntimeException e) {
            throw SafeXml.parserFailure(file, null, e);
        }
    }

    /** Markup held in a string (an inline fragment wrapped in its element); {@code where} names it. */
    public static XmlCursor ofMarkup(Path where, String markup) {
        try {
            return new XmlCursor(where, FACTORY.createXMLStreamReader(new StringReader(markup)), null);
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(where, e);
        }
    }

    /** The file named in every message. */
    public Path file() {
        return file;
    }

    /** Where the parser is: just after the event it last reported. */
    public SourcePosition position() {
        return SafeXml.position(file, r);
    }

    /** An input error at the current position, naming the file: the caller throws it. */
    public WorkbenchException error(String message) {
        return new WorkbenchException(position(), message);
    }

    /**
     * Moves to the root element; answers false when the document has none. A DOCTYPE that declares
     * entities is refused (entities are never expanded); with {@code doctypeAllowed} false, any
     * DOCTYPE is, in {@code format}'s name. One that only names an external DTD is never read.
     */
    public boolean toRoot(String format, boolean doctypeAllowed) {
        // looked for in the bytes before the parser reads the DOCTYPE: the JDK's parser prints a
        // stack trace on standard error when the file ends inside an internal subset
        byte[] head = head();
        String problem = Doctype.problem(head, head.length, head.length < HEAD);
        if (problem != null) {
            SourcePosition at = Doctype.position(file, head, head.length);
            throw new WorkbenchException(at != null ? at : position(), problem);
        }
        while (hasNext()) {
            int ev = next();
            if (ev == XMLStreamConstants.DTD) {
                if (!doctypeAllowed) {
                    throw error("DOCTYPE declarations are not allowed in " + format + " (entities are never expanded)");
                }
                // the parser's own report of the subset: the first bytes were looked at above
                if (r.getText() != null && r.getText().contains("<!ENTITY")) {
                    throw error("the DOCTYPE declares entities; refused (entities are never expanded)");
                }
            } else if (ev == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /** The document's first bytes (up to 64 KB), for the DOCTYPE check. */
    private byte[] head() {
        if (bytes != null) {
            return bytes.length <= HEAD ? bytes : java.util.Arrays.copyOf(bytes, HEAD);
        }
        if (!Files.isRegularFile(file)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, AtomicFiles.reason(e));
        }
    }

    // Each parser call catches its own XMLStreamException rather than going through a shared
    // lambda: these run once per event, and a capturing lambda there would allocate. A runtime
    // exception out of the parser is the parser failing on this input (the JDK's throws
    // MissingResourceException for a character outside the BMP in a DOCTYPE's internal subset):
    // it is the input's error, reported like the parser's own; our code is kept out of these tries.

    public boolean hasNext() {
        try {
            return r.hasNext();
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(file, e);
        } catch (RuntimeException e) {
            throw SafeXml.parserFailure(file, r, e);
        }
    }

    /** The next event of any kind ({@link XMLStreamConstants}). */
    public int next() {
        int event;
        try {
            event = r.next();
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(file, e);
        } catch (RuntimeException e) {
            throw SafeXml.parserFailure(file, r, e);
        }
        return counted(event);
    }

    /**
     * The next start or end tag, as StAX's {@code nextTag}: white space, comments and processing
     * instructions are passed over, other text is not well-formed here.
     */
    public int nextTag() {
        int event;
        try {
            event = r.nextTag();
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(file, e);
        } catch (RuntimeException e) {
            throw SafeXml.parserFailure(file, r, e);
        }
        return counted(event);
    }

    /** Keeps the element depth, refusing a document nested deeper than {@link #MAX_DEPTH}. */
    private int counted(int event) {
        if (event == XMLStreamConstants.START_ELEMENT) {
            if (++depth > MAX_DEPTH) {
                throw error("elements nested more than " + MAX_DEPTH + " deep; refused");
            }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        }
        return event;
    }

    /** Reads to the end of the document, so that what is malformed after the root is reported too. */
    public void toEnd() {
        while (hasNext()) {
            next();
        }
    }

    /** Passes over the rest of the current element; leaves the cursor on its end tag. */
    public void skipElement() {
        int depth = 1;
        while (depth > 0) {
            int ev = next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** The text of the current element, which may hold no element (StAX's {@code getElementText}). */
    public String elementText() {
        try {
            String text = r.getElementText();
            depth--; // it ends on the element's end tag
            return text;
        } catch (XMLStreamException e) {
            throw SafeXml.malformed(file, e);
        } catch (RuntimeException e) {
            throw SafeXml.parserFailure(file, r, e);
        }
    }

    /** The text of the current element and all its descendants; leaves the cursor on its end tag. */
    public String textWithin() {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> appendText(sb);
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
        return sb.toString();
    }

    /** Whether an event is text: characters, CDATA or ignorable space. */
    public static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    /** The text of the current text event. */
    public String text() {
        return r.getText();
    }

    /** Appends the current text event without making a string of it. */
    public void appendText(StringBuilder sb) {
        sb.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
    }

    public int textLength() {
        return r.getTextLength();
    }

    /** The current element's (or entity reference's) local name. */
    public String localName() {
        return r.getLocalName();
    }

    /** The current element's namespace, or {@code null}. */
    public String namespace() {
        return r.getNamespaceURI();
    }

    /** Whether the current element is {@code local} in namespace {@code ns}. */
    public boolean is(String ns, String local) {
        return local.equals(r.getLocalName()) && ns.equals(r.getNamespaceURI());
    }

    /** The current element's name as written: {@code prefix:local} or {@code local}. */
    public String qualifiedName() {
        return qualified(r.getPrefix(), r.getLocalName());
    }

    /**
     * An attribute without a namespace, or {@code null}. Looked for by hand: the JDK parser's
     * {@code getAttributeValue(null, local)} matches the local name in any namespace, so a
     * foreign {@code its:version} or {@code x:state} written first would be taken for it.
     */
    public String attribute(String local) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            String ns = r.getAttributeNamespace(i);
            if ((ns == null || ns.isEmpty()) && local.equals(r.getAttributeLocalName(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An attribute in namespace {@code ns} (the XML namespace for {@code xml:lang}), or {@code null}. */
    public String attribute(String ns, String local) {
        return r.getAttributeValue(ns, local);
    }

    /** Every attribute of the current element by its name as written ({@code xml:lang}), in order. */
    public Map<String, String> attributes() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            m.put(qualified(r.getAttributePrefix(i), r.getAttributeLocalName(i)), r.getAttributeValue(i));
        }
        return m;
    }

    /** Appends {@code  name="value"} for each attribute of the current element, escaped. */
    public void appendAttributes(StringBuilder sb) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            sb.append(' ').append(qualified(r.getAttributePrefix(i), r.getAttributeLocalName(i))).append("=\"");
            XmlText.escapeAttribute(r.getAttributeValue(i), sb);
            sb.append('"');
        }
    }

    /** Appends the namespace declarations of the current element ({@code xmlns:p="…"}, {@code xmlns="…"}). */
    public void appendNamespaceDeclarations(StringBuilder sb) {
        for (int i = 0; i < r.getNamespaceCount(); i++) {
            String prefix = r.getNamespacePrefix(i);
            if (prefix == null || prefix.isEmpty()) {
                sb.append(" xmlns=\"");
                XmlText.escapeAttribute(r.getNamespaceURI(i) == null ? "" : r.getNamespaceURI(i), sb);
                sb.append('"');
            } else if (!"xml".equals(prefix)) {
                sb.append(" xmlns:").append(prefix).append("=\"");
                XmlText.escapeAttribute(r.getNamespaceURI(i), sb);
                sb.append('"');
            }
        }
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    /** Closes the parser (not the stream it reads); its result or first error already stands. */
    @Override
    public void close() {
        SafeXml.closeQuietly(r);
    }
}
