package org.l10nwb.core.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;

/** XLIFF 1.0, 1.1 and namespace-less 1.2, as other tools write them. */
class XliffVersionsTest {
    private static final Path FILE = Path.of("in/a.xlf");
    private final XliffReader reader = new XliffReader();

    /** What Translate Toolkit's po2xliff writes (XLIFF 1.1, no target-language). */
    private static final String PO2XLIFF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
              <file original="a.po" source-language="en-US" datatype="plaintext">
                <body>
                  <trans-unit xml:space="preserve" id="3" approved="yes"><source>Hello world</source>
                    <target state="translated">Привет, мир</target>
                    <context-group name="po-reference" purpose="location"><context context-type="sourcefile">src/a.c</context></context-group>
                    <note from="developer">A comment</note>
                  </trans-unit>
                  <trans-unit xml:space="preserve" id="5"><source>Untranslated</source>
                    <target></target>
                  </trans-unit>
                </body>
              </file>
            </xliff>""";

    private XliffDocument read(String xml) {
        return reader.read(FILE, xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void xliff11IsRead() {
        XliffDocument d = read(PO2XLIFF);
        TransUnit u = d.units().get(0);
        assertEquals("Привет, мир", u.target().plainText());
        assertEquals("translated", u.state().value());
        assertEquals("A comment", u.notes().get(0).text());
        assertTrue(!d.units().get(1).hasTarget());
    }

    @Test
    void xliff10WithoutNamespaceIsRead() {
        XliffDocument d = read("""
                <?xml version="1.0"?>
                <xliff version='1.0'>
                  <file tool='PASSOLO 3.0' source-language='en' datatype='winres' original='NOTEPAD.EXE'>
                    <header></header>
                    <body><group restype='menu'><trans-unit id='1'><source>&amp;File</source></trans-unit></group></body>
                  </file>
                </xliff>""");
        assertEquals("&File", d.units().get(0).source().plainText());
    }

    @Test
    void xliff12WithoutNamespaceIsRead() {
        XliffDocument d = read("""
                <xliff version="1.2"><file original="a" source-language="en" target-language="de" datatype="html"><body>
                <trans-unit id="3"><source>Segment one. Segment two.</source>
                <seg-source><mrk mid="0" mtype="seg">Segment one.</mrk> <mrk mid="1" mtype="seg">Segment two.</mrk></seg-source>
                <target><mrk mid="0" mtype="seg">Segment ein.</mrk> <mrk mid="1" mtype="seg">Segment zwei.</mrk></target>
                </trans-unit></body></file></xliff>""");
        TransUnit u = d.units().get(0);
        assertEquals(2, u.source().segments().size());
        assertEquals("Segment zwei.", u.targetSegment("1").plainText());
    }

    @Test
    void elementsOfAnotherNamespaceAreNotXliffs() {
        // a 1.1 document whose elements are in the 1.2 namespace: they are not its XLIFF elements
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> read("""
                <xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1" xmlns:x="urn:oasis:names:tc:xliff:document:1.2">
                <x:file original="a" source-language="en"><x:body/></x:file></xliff>"""));
        assertTrue(e.getMessage().contains("no <file> element"), e.getMessage());
    }

    @Test
    void otherVersionsAreRefusedNamingWhatWasFound() {
        WorkbenchException e = assertThrows(WorkbenchException.class,
                () -> read("<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"/>"));
        assertTrue(e.getMessage().startsWith("in/a.xlf:1:"), e.getMessage());
        assertTrue(e.getMessage().contains("urn:oasis:names:tc:xliff:document:2.0, version=\"2.0\""), e.getMessage());
    }

    @Test
    void anotherToolsXliff11IsWrittenBackAsXliff11() {
        byte[] bytes = PO2XLIFF.getBytes(StandardCharsets.UTF_8);
        XliffDocument d = reader.read(FILE, bytes);
        TransUnit u = d.units().get(1);
        TransUnit translated = u.withTarget(org.l10nwb.core.model.Content.single("1",
                org.l10nwb.core.model.Fragment.text("Не переведено")), org.l10nwb.core.model.TargetState.TRANSLATED);
        XliffDocument changed = new XliffDocument(List.of(d.files().get(0).withUnits(List.of(d.units().get(0), translated))));
        String written = new String(new XliffRewriter().rewrite(FILE, bytes, changed), StandardCharsets.UTF_8);
        assertEquals(PO2XLIFF.replace("<target></target>", "<target state=\"translated\">Не переведено</target>"), written);
    }
}
