package org.l10nwb.core.xml;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.StrictUtf8;
import org.l10nwb.core.io.TextFiles;

/**
 * The hardened StAX set-up every XML reader of the workbench uses, and its one-line errors.
 *
 * <p>DTD support is off, so no external subset is fetched and no entity, internal or external,
 * is ever expanded; readers decide what a DOCTYPE means for their format.
 */
public final class SafeXml {
    /**
     * A whole XML declaration with an encoding, as the XML grammar has it (version, encoding, an
     * optional standalone, then {@code ?>}): one the parser would not accept as a declaration is
     * not trusted to name the encoding, since the parser then reads the bytes as UTF-8.
     */
    private static final Pattern ENCODING_DECL = Pattern.compile("^<\\?xml\\s+version\\s*=\\s*([\"'])1\\.[0-9]+\\1"
            + "\\s+encoding\\s*=\\s*([\"'])([A-Za-z][A-Za-z0-9._-]*)\\2"
            + "(\\s+standalone\\s*=\\s*([\"'])(yes|no)\\5)?\\s*\\?>");

    /** Encodings of two or four bytes a character, which the parser detects and reads itself. */
    private static final Pattern WIDE_ENCODING = Pattern.compile("(?i)(UTF-?(16|32)|UCS-?[24]|ISO-10646-UCS)");

    private SafeXml() {
    }

    /** A namespace-aware JDK StAX factory that never resolves entities or reads a DTD. */
    public static XMLInputFactory inputFactory() {
        // newDefaultFactory: always the JDK's parser, whatever else is on the class path.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        return factory;
    }

    /**
     * Checks the bytes of a document that is UTF-8 (by declaration or by default) up front: the
     * parser's own report of a bad byte has no usable position, and the JDK's parser prints it on
     * standard error besides. The checks are those of {@link TextFiles#decodeUtf8Strict} (no
     * control characters either), made without decoding the text.
     */
    public static void checkUtf8(Path file, byte[] bytes) {
        String wide = wideEncoding(bytes);
        if (wide != null) {
            DeclaredEncoding.checkWide(file, wide, new java.io.ByteArrayInputStream(bytes));
        } else if (declaresUtf8(bytes)) {
            StrictUtf8.check(file, bytes);
        } else {
            String declared = declaredSingleByte(bytes);
            if (declared != null) {
                DeclaredEncoding.check(file, declared, new java.io.ByteArrayInputStream(bytes));
            }
        }
    }

    /**
     * {@link #checkUtf8(Path, byte[])} for the document open on {@code channel}, read a block at a
     * time from its start, so that a document too large to hold twice is never held at all. The
     * channel is left open, its position wherever the check ended.
     */
    public static void checkUtf8(Path file, java.nio.channels.FileChannel channel) {
        byte[] head = new byte[200];
        int n;
        try {
            n = Math.max(0, channel.read(java.nio.ByteBuffer.wrap(head), 0));
        } catch (java.io.IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + org.l10nwb.core.io.AtomicFiles.reason(e));
        }
        head = java.util.Arrays.copyOf(head, n);
        String wide = wideEncoding(head);
        if (wide != null) {
            DeclaredEncoding.checkWide(file, wide, fromStart(file, channel));
        } else if (declaresUtf8(head)) {
            StrictUtf8.check(file, channel);
        } else {
            String declared = declaredSingleByte(head);
            if (declared != null) {
                DeclaredEncoding.check(file, declared, fromStart(file, channel));
            }
        }
    }

    /** The channel's bytes from its start, as a stream (the channel stays open). */
    private static java.io.InputStream fromStart(Path file, java.nio.channels.FileChannel channel) {
        try {
            channel.position(0);
        } catch (java.io.IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + org.l10nwb.core.io.AtomicFiles.reason(e));
        }
        return java.nio.channels.Channels.newInputStream(channel);
    }

    /**
     * As {@link #checkUtf8(Path, byte[])} for a document that is streamed, not held in memory, but
     * only the UTF-8 (control characters are left to the parser): TMX and TBX files.
     */
    public static void checkUtf8Streaming(Path file) {
        byte[] head;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            head = in.readNBytes(200);
        } catch (java.io.IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + org.l10nwb.core.io.AtomicFiles.reason(e));
        }
        if (head.length >= 4 && head[0] == '<' && head[1] == 0 && head[2] == '?' && head[3] == 0) {
            // which the JDK's parser reads as UTF-16 and the UTF-8 check below lets through (NUL is UTF-8)
            throw org.l10nwb.core.io.TextFiles.utf16WithoutMark(file);
        }
        String wide = wideEncoding(head);
        if (wide != null) {
            try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
                DeclaredEncoding.checkWide(file, wide, in);
            } catch (java.io.IOException e) {
                throw WorkbenchException.inFile(file, "cannot read: " + org.l10nwb.core.io.AtomicFiles.reason(e));
            }
        } else if (declaresUtf8(head)) {
            TextFiles.requireUtf8Streaming(file);
        } else {
            String declared = declaredSingleByte(head);
            if (declared != null) {
                DeclaredEncoding.check(file, declared);
            }
        }
    }

    /**
     * The encoding the XML declaration names when it is not UTF-8 and the document does not start
     * like UTF-16 or UTF-32 (whose byte-order marks and NUL bytes the parser reads itself), else
     * {@code null}.
     */
    private static String declaredSingleByte(byte[] bytes) {
        if (bytes.length >= 2 && bytes[1] == 0) {
            return null;
        }
        String declared = declaredName(bytes);
        if (declared == null || isUtf8(declared) || WIDE_ENCODING.matcher(declared).lookingAt()) {
            return null;
        }
        return declared;
    }

    /** UTF-8 by declaration or by default (no byte-order mark of another encoding). */
    static boolean declaresUtf8(byte[] bytes) {
        if (startsWide(bytes)) {
            return false;
        }
        String declared = declaredName(bytes);
        return declared == null || isUtf8(declared) || !knownToJava(declared);
    }

    /**
     * Whether Java can decode the encoding named. One it cannot (a made-up name) is refused by
     * the parser, which reads the document as UTF-8 until then and prints a bad byte on standard
     * error: such a document is checked as UTF-8 first.
     */
    private static boolean knownToJava(String name) {
        try {
            return java.nio.charset.Charset.isSupported(name);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    /**
     * A start the parser is left to read as UTF-16: a byte-order mark, or {@code <?} in two
     * bytes each, big-endian (the XML specification's appendix F). Any other start is checked as
     * UTF-8 here, as the JDK's parser reads it: before, a document whose first byte was 0xFE, 0xFF
     * or NUL passed as wide, and the parser, reading it as UTF-8, printed its decoding error on
     * standard error besides throwing. (UTF-32, which the JDK's parser does not detect, and
     * UTF-16 little-endian without a byte-order mark are refused as UTF-8 with NUL bytes.)
     */
    static boolean startsWide(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes[1] & 0xFF;
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            return true;
        }
        return bytes.length >= 4 && b0 == 0 && b1 == '<' && bytes[2] == 0 && bytes[3] == '?';
    }

    /** The Java name of the UTF-16 the first bytes show ({@link #startsWide}), or {@code null}. */
    static String wideEncoding(byte[] b) {
        if (!startsWide(b)) {
            return null;
        }
        return (b[0] & 0xFF) == 0xFF ? "UTF-16LE" : "UTF-16BE";
    }

    /** The encoding named by the XML declaration in the first 200 bytes, else {@code null}. */
    private static String declaredName(byte[] bytes) {
        if (startsWide(bytes)) {
            return null;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = ENCODING_DECL.matcher(head.startsWith("\u00EF\u00BB\u00BF") ? head.substring(3) : head);
        return m.find() ? m.group(3) : null;
    }

    private static boolean isUtf8(String name) {
        return name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("UTF8");
    }

    /** A parser error as a one-line user error at the parser's position. */
    public static WorkbenchException malformed(Path file, XMLStreamException e) {
        Location loc = e.getLocation();
        String msg = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
        int m = msg.indexOf("Message: ");
        if (m >= 0) {
            msg = msg.substring(m + "Message: ".length());
        }
        msg = msg.replaceAll("\\s+", " ").strip();
        SourcePosition pos = loc == null ? SourcePosition.of(file)
                : SourcePosition.of(file, loc.getLineNumber(), loc.getColumnNumber());
        return new WorkbenchException(pos, "not well-formed XML: " + msg, e);
    }

    /**
     * The parser failing with a runtime exception on this input instead of reporting it (the JDK's
     * parser throws {@code MissingResourceException} when its own message for a character outside
     * the BMP in a DOCTYPE's internal subset is missing): an input error like the parser's own, at
     * the parser's position when there is one, naming what failed but never with its stack trace.
     */
    public static WorkbenchException parserFailure(Path file, XMLStreamReader r, RuntimeException e) {
        String what = e instanceof MissingResourceException m && m.getKey() != null && !m.getKey().isEmpty()
                ? m.getKey() : e.getClass().getSimpleName();
        SourcePosition pos = SourcePosition.of(file);
        if (r != null) {
            try {
                pos = position(file, r);
            } catch (RuntimeException unknown) {
                // a parser that failed may not know where it is either: the file alone is named
            }
        }
        return new WorkbenchException(pos, "not well-formed XML: the XML parser cannot read this (" + what + ")", e);
    }

    /** The reader's current position in {@code file}. */
    public static SourcePosition position(Path file, XMLStreamReader r) {
        Location loc = r.getLocation();
        return SourcePosition.of(file, loc.getLineNumber(), loc.getColumnNumber());
    }

    /** Closes a reader whose result or first error already stands. */
    public static void closeQuietly(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing more to read from it
            }
        }
    }
}
