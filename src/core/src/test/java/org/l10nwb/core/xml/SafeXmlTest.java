package org.l10nwb.core.xml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SafeXmlTest {
    private static boolean declares(String doc, java.nio.charset.Charset cs) {
        byte[] bytes = doc.getBytes(cs);
        String problem = Doctype.problem(bytes, bytes.length, true);
        return problem != null && problem.contains("declares entities");
    }

    @Test
    void entityDeclarationsAreFoundInTheDocumentBeforeTheParserReadsIt() {
        String evil = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n<tmx/>";
        assertTrue(declares(evil, StandardCharsets.UTF_8));
        assertTrue(declares("\uFEFF" + evil, StandardCharsets.UTF_16LE), "UTF-16 with a byte-order mark");
        assertTrue(declares(evil, StandardCharsets.UTF_16BE), "UTF-16 without one");
        assertTrue(declares("<!-- a comment --><?pi x?>\n<!DOCTYPE a [<!ENTITY b \"c\">]><a/>", StandardCharsets.UTF_8),
                "after a comment and a processing instruction");
    }

    @Test
    void aDoctypeWithoutEntitiesOrTheWordInTextIsNoEntityDeclaration() {
        assertFalse(declares("<!DOCTYPE tbx SYSTEM \"TBXcoreStructV02.dtd\">\n<tbx/>", StandardCharsets.UTF_8));
        assertFalse(declares("<tmx><body><tu><tuv><seg>&lt;!ENTITY is text here]&gt;</seg></tuv></tu></body></tmx>",
                StandardCharsets.UTF_8));
        assertFalse(declares("<!DOCTYPE tmx [ <!ELEMENT tmx ANY> ]><tmx><seg><!ENTITY after the subset]></seg></tmx>",
                StandardCharsets.UTF_8), "only the internal subset counts");
        assertFalse(declares("<tmx><!-- <!DOCTYPE x [<!ENTITY y \"z\">]> --></tmx>", StandardCharsets.UTF_8),
                "only the prolog's DOCTYPE counts");
    }

    @Test
    void aByteTheDeclaredEncodingDoesNotHaveIsRefusedWithItsLineBeforeTheParserSeesIt() {
        java.nio.file.Path file = java.nio.file.Path.of("a.xlf");
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<a>\n caf\u00e9</a>\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.l10nwb.core.WorkbenchException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.l10nwb.core.WorkbenchException.class, () -> SafeXml.checkUtf8(file, bytes));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("a.xlf:3:5"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("not valid US-ASCII (byte 0xC3"), e.getMessage());
    }

    @Test
    void aDocumentInTheEncodingItDeclaresPasses() {
        java.nio.file.Path file = java.nio.file.Path.of("a.xlf");
        SafeXml.checkUtf8(file, "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a>caf\u00e9</a>\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        SafeXml.checkUtf8(file, "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<a>cafe</a>\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        // Wide encodings are the parser's to detect; an unknown name is the parser's to report.
        SafeXml.checkUtf8(file, "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<a/>"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        SafeXml.checkUtf8(file, "<?xml version=\"1.0\" encoding=\"no-such-encoding\"?>\n<a>\u00e9</a>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aByteOutsideAsciiInTheDeclarationOfASingleByteEncodingIsRefusedAtItsPlace() {
        // not a declaration the parser accepts, so its encoding is not trusted: checked as UTF-8
        java.nio.file.Path file = java.nio.file.Path.of("a.xlf");
        byte[] bytes = "<?xml version=\"1.0\"\n encoding=\"ISO-8859-1\"\u00e9?>\n<a>caf\u00e9</a>\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        org.l10nwb.core.WorkbenchException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.l10nwb.core.WorkbenchException.class, () -> SafeXml.checkUtf8(file, bytes));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("a.xlf:2:23"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("byte 0xE9"), e.getMessage());
    }

    @Test
    void aDeclarationTheParserWouldRefuseDoesNotNameTheEncoding() {
        // quotes that do not match, or anything but standalone after the encoding: the parser reads
        // such a document as UTF-8, so it is checked as UTF-8 (a Latin-1 byte refused at its place)
        java.nio.file.Path file = java.nio.file.Path.of("a.xlf");
        for (String decl : new String[] {"<?xml version=\"1.0\" encoding='ISO-8859-1\"?>",
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\" e.0\"?>", "<?xml version=\"abc\" encoding=\"ISO-8859-1\"?>"}) {
            byte[] bytes = (decl + "\n<a>caf\u00e9</a>\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            org.l10nwb.core.WorkbenchException e = org.junit.jupiter.api.Assertions.assertThrows(
                    org.l10nwb.core.WorkbenchException.class, () -> SafeXml.checkUtf8(file, bytes), decl);
            org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("a.xlf:2:7: not valid UTF-8"), e.getMessage());
        }
        SafeXml.checkUtf8(file, "<?xml version=\"1.0\" encoding='ISO-8859-1' standalone=\"yes\" ?>\n<a>caf\u00e9</a>\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** What reading {@code bytes} as an XLIFF file prints on standard error, and what it throws (null: read). */
    private static String[] readCapturingStandardError(byte[] bytes) {
        java.io.PrintStream real = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        String thrown = null;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            new org.l10nwb.core.xliff.XliffReader().read(java.nio.file.Path.of("in.xlf"), bytes);
        } catch (org.l10nwb.core.WorkbenchException e) {
            thrown = e.getMessage();
        } finally {
            System.setErr(real);
        }
        return new String[] {err.toString(StandardCharsets.UTF_8), thrown};
    }

    @Test
    void aFirstByteOfAWideEncodingWithoutTheRestIsCheckedAsUtf8AndNothingIsPrinted() {
        byte[][] inputs = {
            {(byte) 0xFE, 0x37}, {(byte) 0xFE, 0x00}, {(byte) 0xFF, 0x41}, {0x00, 0x41}, {0x00, 0x41, 0x00, 0x3C},
            ("\u00FE<xliff version=\"1.2\"/>").getBytes(StandardCharsets.ISO_8859_1),
        };
        for (byte[] in : inputs) {
            String[] r = readCapturingStandardError(in);
            String shown = java.util.HexFormat.ofDelimiter(" ").formatHex(in, 0, Math.min(4, in.length));
            org.junit.jupiter.api.Assertions.assertEquals("", r[0], shown + ": printed on standard error");
            org.junit.jupiter.api.Assertions.assertNotNull(r[1], shown);
            assertTrue(r[1].startsWith("in.xlf:"), shown + ": " + r[1]); // one line naming the file
        }
    }

    @Test
    void wideEncodingsAreStillTheParsersToRead() {
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><xliff version=\"1.2\""
                + " xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a.txt\" source-language=\"en\""
                + " datatype=\"plaintext\"><body><trans-unit id=\"1\"><source>Шуша</source></trans-unit></body></file></xliff>";
        for (byte[] in : new byte[][] {("\uFEFF" + doc).getBytes(StandardCharsets.UTF_16BE),
                ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_16LE), doc.getBytes(StandardCharsets.UTF_16BE)}) {
            assertTrue(SafeXml.startsWide(in));
            String[] r = readCapturingStandardError(in);
            org.junit.jupiter.api.Assertions.assertEquals("", r[0]);
            org.junit.jupiter.api.Assertions.assertNull(r[1], r[1]);
        }
        assertFalse(SafeXml.startsWide(new byte[] {(byte) 0xFE, 0x37, 0x3C, 0x61}));
        assertFalse(SafeXml.startsWide("<xliff/>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aDoctypeIsLookedForOnlyBeforeTheRootElement() {
        String doc = "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file original=\"a.txt\" source-language=\"en\" datatype=\"plaintext\"><body><trans-unit id=\"1\">"
                + "<source><![CDATA[<!DOCTYPE x [<!ENTITY y \"z\">]]></source></trans-unit></body></file></xliff>";
        String[] r = readCapturingStandardError(doc.getBytes(StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertNull(r[1], r[1]);
        String unclosed = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ELEMENT xliff ANY>\n<!ATTLIST xliff version CDATA \"1.2\"";
        r = readCapturingStandardError(unclosed.getBytes(StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertEquals("", r[0], "printed on standard error");
        assertTrue(r[1] != null && r[1].startsWith("in.xlf:2:1: ") && r[1].contains("never closed"), r[1]);
    }

    @Test
    void aCharacterOutsideTheBmpInAnInternalSubsetIsRefusedInOneLineBeforeTheParserFailsOnIt() {
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!-- \uD83D\uDE00 -->]>\n<xliff version=\"1.2\""
                + " xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/>";
        for (byte[] in : new byte[][] {doc.getBytes(StandardCharsets.UTF_8), ("\uFEFF" + doc).getBytes(StandardCharsets.UTF_16LE)}) {
            String[] r = readCapturingStandardError(in);
            org.junit.jupiter.api.Assertions.assertEquals("", r[0], "printed on standard error");
            assertTrue(r[1] != null && r[1].startsWith("in.xlf:2:1: ") && r[1].contains("holds U+1F600"), r[1]);
        }
    }

    @Test
    void aParserFailingWithAnExceptionOfItsOwnIsAnInputErrorAtItsPlace() throws Exception {
        // the JDK's parser throws MissingResourceException where its message is missing; the known
        // input (a character outside the BMP in a subset) is refused before, so the net is asked directly
        javax.xml.stream.XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(new java.io.StringReader("<a>\n<b/></a>"));
        r.next();
        r.next();
        org.l10nwb.core.WorkbenchException e = SafeXml.parserFailure(java.nio.file.Path.of("in.tmx"), r,
                new java.util.MissingResourceException("no message", "XMLMessages", "InvalidCharInDTD"));
        assertTrue(e.getMessage().matches("in\\.tmx:\\d+:\\d+: not well-formed XML: the XML parser cannot read this"
                + " \\(InvalidCharInDTD\\)"), e.getMessage());
        e = SafeXml.parserFailure(java.nio.file.Path.of("in.tmx"), null, new ArrayIndexOutOfBoundsException());
        org.junit.jupiter.api.Assertions.assertEquals(
                "in.tmx: not well-formed XML: the XML parser cannot read this (ArrayIndexOutOfBoundsException)", e.getMessage());
    }

    /** What toRoot of {@code doc}, streamed from a file, prints on standard error, and its message. */
    private static String[] streamedToRoot(java.nio.file.Path dir, String doc) throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("big.xlf");
        java.nio.file.Files.writeString(file, doc);
        java.io.PrintStream real = System.err;
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        String thrown = null;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file); XmlCursor x = XmlCursor.open(file, in)) {
            x.toRoot("TMX", true);
        } catch (org.l10nwb.core.WorkbenchException e) {
            thrown = e.getMessage();
        } finally {
            System.setErr(real);
        }
        return new String[] {err.toString(StandardCharsets.UTF_8), thrown == null ? null : thrown.replace(file.toString(), "big.xlf")};
    }

    @Test
    void aStreamedInternalSubsetLongerThanTheLookIsRefusedBeforeTheParserReadsIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // the JDK's parser prints a stack trace on standard error when the file ends in a subset:
        // one that runs past what is looked at is refused whether it closes or not
        String open = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [" + "<!-- x -->\n".repeat(8_000);
        for (String doc : new String[] {open, open + "]>\n<tmx version=\"1.4\"/>"}) {
            String[] r = streamedToRoot(dir, doc);
            org.junit.jupiter.api.Assertions.assertEquals("", r[0], "printed on standard error");
            assertTrue(r[1] != null && r[1].startsWith("big.xlf:2:1: ") && r[1].contains("64 KB"), r[1]);
        }
    }
}
