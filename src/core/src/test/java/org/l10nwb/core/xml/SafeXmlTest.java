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
}
