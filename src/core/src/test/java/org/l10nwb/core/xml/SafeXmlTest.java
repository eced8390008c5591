package org.l10nwb.core.xml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SafeXmlTest {
    private static boolean declares(String doc, java.nio.charset.Charset cs) {
        byte[] bytes = doc.getBytes(cs);
        return SafeXml.declaresEntities(null, bytes, bytes.length);
    }

    @Test
    void entityDeclarationsAreFoundInTheDocumentWhenTheParserDoesNotReportThem() {
        String evil = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [ <!ENTITY x SYSTEM \"file:///etc/passwd\"> ]>\n<tmx/>";
        assertTrue(declares(evil, StandardCharsets.UTF_8));
        assertTrue(declares("\uFEFF" + evil, StandardCharsets.UTF_16LE), "UTF-16 with a byte-order mark");
        assertTrue(declares(evil, StandardCharsets.UTF_16BE), "UTF-16 without one");
        assertTrue(SafeXml.declaresEntities("<!DOCTYPE a [<!ENTITY b \"c\">]>", new byte[0], 0), "the parser's own report");
    }

    @Test
    void aDoctypeWithoutEntitiesOrTheWordInTextIsNoEntityDeclaration() {
        assertFalse(declares("<!DOCTYPE tbx SYSTEM \"TBXcoreStructV02.dtd\">\n<tbx/>", StandardCharsets.UTF_8));
        assertFalse(declares("<tmx><body><tu><tuv><seg>&lt;!ENTITY is text here]&gt;</seg></tuv></tu></body></tmx>",
                StandardCharsets.UTF_8));
        assertFalse(declares("<!DOCTYPE tmx [ <!ELEMENT tmx ANY> ]><tmx><seg><!ENTITY after the subset]></seg></tmx>",
                StandardCharsets.UTF_8), "only the internal subset counts");
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
        java.nio.file.Path file = java.nio.file.Path.of("a.xlf");
        byte[] bytes = "<?xml version=\"1.0\"\n encoding=\"ISO-8859-1\"\u00e9?>\n<a>caf\u00e9</a>\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        org.l10nwb.core.WorkbenchException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.l10nwb.core.WorkbenchException.class, () -> SafeXml.checkUtf8(file, bytes));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("a.xlf:2:23"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("the XML declaration holds the byte 0xE9"),
                e.getMessage());
    }
}
