package org.l10nwb.core.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;

/** Attributes and elements are XLIFF's only in XLIFF's namespace (attributes: in none). */
class XliffNamespacesTest {
    private final XliffReader reader = new XliffReader();

    private XliffDocument read(String xml) {
        return reader.read(Path.of("a.xlf"), xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aForeignVersionWrittenFirstIsNotXliffs() {
        XliffDocument d = read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:its="http://www.w3.org/2005/11/its"
                 its:version="2.0" version="1.2"><file original="a" source-language="en" target-language="it"
                 datatype="xml"><body><trans-unit id="1"><source>a</source></trans-unit></body></file></xliff>""");
        assertEquals(1, d.units().size());
    }

    @Test
    void aForeignStateWrittenFirstIsNotTheTargetsState() {
        XliffDocument d = read("""
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:x="urn:other">
                <file original="a" source-language="en" target-language="it" datatype="xml"><body>
                <trans-unit id="1" x:id="other"><source>a</source><target x:state="whatever" state="signed-off">b</target></trans-unit>
                <trans-unit id="2"><source>a</source><target x:state="final">b</target></trans-unit>
                </body></file></xliff>""");
        assertEquals("1", d.units().get(0).id());
        assertEquals("signed-off", d.units().get(0).state().value());
        assertNull(d.units().get(1).state());
    }

    @Test
    void prefixedXliffElementsAndForeignInlineElements() {
        XliffDocument d = read("""
                <xlf:xliff version="1.2" xmlns:xlf="urn:oasis:names:tc:xliff:document:1.2" xmlns:htm="http://www.w3.org/1999/xhtml">
                <xlf:file original="a" source-language="en" target-language="it" datatype="xml"><xlf:body>
                <xlf:trans-unit id="1"><xlf:source>A <xlf:g id="1">bold</xlf:g> <htm:br/>word</xlf:source></xlf:trans-unit>
                </xlf:body></xlf:file></xlf:xliff>""");
        TransUnit u = d.units().get(0);
        assertEquals("A bold word", u.source().plainText());
        var codes = u.source().joined().codes();
        assertEquals("<xlf:g id=\"1\">", codes.get(0).xml());
        assertEquals("</xlf:g>", codes.get(1).xml());
        assertEquals(Run.CodeKind.STANDALONE, codes.get(2).kind());
        assertEquals("<htm:br/>", codes.get(2).xml());
    }
}
