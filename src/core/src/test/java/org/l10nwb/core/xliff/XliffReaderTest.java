package org.l10nwb.core.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;

class XliffReaderTest {
    private static final Path FILE = Path.of("locales/ru/article.xlf");
    private final XliffReader reader = new XliffReader();

    private XliffDocument read(String xml) {
        return reader.read(FILE, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String doc(String units) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                + "<file original=\"a.txt\" datatype=\"plaintext\" source-language=\"en\" target-language=\"ru\"><body>\n"
                + units + "\n</body></file></xliff>\n";
    }

    @Test
    void readsSegmentsTargetsStatesAndPositions() {
        XliffDocument d = read(doc("""
                <trans-unit id="7" xml:space="preserve">
                <source>One. Two.</source>
                <seg-source><mrk mid="1" mtype="seg">One.</mrk> <mrk mid="2" mtype="seg">Two.</mrk></seg-source>
                <target xml:lang="ru" state="translated"><mrk mid="1" mtype="seg">Раз.</mrk> <mrk mid="2" mtype="seg">Два.</mrk></target>
                <note from="editor">Check the name.</note>
                </trans-unit>"""));
        TransUnit u = d.units().get(0);
        assertEquals("7", u.id());
        assertEquals(2, u.source().segments().size());
        assertEquals("Два.", u.targetSegment("2").plainText());
        assertEquals("translated", u.state().value());
        assertEquals("Check the name.", u.notes().get(0).text());
        assertEquals(4, u.position().line());
        assertEquals(7, u.targetPosition().line());
        assertTrue(u.targetPosition().column() > 1);
        String line = "<target xml:lang=\"ru\" state=\"translated\"><mrk mid=\"1\" mtype=\"seg\">Раз.</mrk> <mrk mid=\"2\" mtype=\"seg\">";
        assertEquals(7, u.targetPosition("2").line());
        assertEquals(line.length() + 1, u.targetPosition("2").column(), "segment 2's text starts after its <mrk>");
        assertTrue(u.targetPosition("1").column() < u.targetPosition("2").column());
        assertEquals(u.targetPosition(), u.targetPosition("9"), "a segment the target lacks is placed at the target");
        assertEquals(u.targetPosition(), u.withTarget(u.target(), u.state()).targetPosition("2"),
                "a replaced target has no segment positions");
    }

    @Test
    void segmentStatesInTheWorkbenchNamespaceAreReadFromTheTargetsMrk() {
        String units = """
                <trans-unit id="7" xml:space="preserve">
                <source>One. Two. Three.</source>
                <seg-source><mrk mid="1" mtype="seg">One.</mrk> <mrk mid="2" mtype="seg">Two.</mrk> <mrk mid="3" mtype="seg">Three.</mrk></seg-source>
                <target xml:lang="ru" state="new"><mrk mid="1" mtype="seg" w:state="translated">Раз.</mrk> <mrk mid="2" mtype="seg" w:state="new">Два.</mrk> <mrk mid="3" mtype="seg" w:state="translated"></mrk></target>
                </trans-unit>""";
        String xml = doc(units).replace("<xliff version=\"1.2\"", "<xliff xmlns:w=\"" + XliffReader.WB_NS
                + "\" version=\"1.2\"");
        TransUnit u = read(xml).units().get(0);
        assertEquals(java.util.Set.of("1"), u.confirmedSegments(),
                "whatever the prefix; a segment still new or without text is not confirmed");
        assertEquals(org.l10nwb.core.model.Status.TRANSLATED, org.l10nwb.core.model.Status.of(u, "1"));
        assertEquals(org.l10nwb.core.model.Status.DRAFT, org.l10nwb.core.model.Status.of(u, "2"));
        assertEquals(org.l10nwb.core.model.Status.DRAFT, org.l10nwb.core.model.Status.of(u));

        WorkbenchException e = assertThrows(WorkbenchException.class,
                () -> read(xml.replace("w:state=\"new\"", "w:state=\"done\"")));
        assertTrue(e.getMessage().contains("unknown segment state wb:state=\"done\" in unit '7'"), e.getMessage());
        assertEquals(java.util.Set.of(), read(xml.replace("state=\"new\"><mrk", "state=\"translated\"><mrk")).units()
                .get(0).confirmedSegments(), "a translated unit has every segment confirmed by its own state");
    }

    @Test
    void inlineCodesAreKeptAsMarkup() {
        XliffDocument d = read(doc("""
                <trans-unit id="1"><source>Go <g id="1" ctype="bold">now</g><x id="2"/> &amp; <ph id="3">&lt;br/&gt;</ph></source></trans-unit>"""));
        TransUnit u = d.units().get(0);
        assertEquals("Go now & ", u.source().plainText());
        assertEquals(4, u.source().joined().codes().size());
        Run.Code ph = u.source().joined().codes().get(3);
        assertEquals("<ph id=\"3\">&lt;br/&gt;</ph>", ph.xml());
        assertNull(u.target());
    }

    @Test
    void refusesDoctypeWithExternalEntity() {
        String hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\" "
                + "source-language=\"en\"><body><trans-unit id=\"1\"><source>&xxe;</source></trans-unit></body></file></xliff>";
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> read(hostile));
        assertTrue(e.getMessage().startsWith("locales/ru/article.xlf:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        WorkbenchException e = assertThrows(WorkbenchException.class,
                () -> read(doc("<trans-unit id=\"1\"><source>open</trans-unit>")));
        assertTrue(e.getMessage().matches("locales/ru/article\\.xlf:\\d+:\\d+: not well-formed XML: .*"), e.getMessage());
    }

    @Test
    void notUtf8IsAnError() {
        byte[] bytes = doc("<trans-unit id=\"1\"><source>caf\u00e9</source></trans-unit>")
                .getBytes(StandardCharsets.ISO_8859_1);
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> reader.read(FILE, bytes));
        assertTrue(e.getMessage().startsWith("locales/ru/article.xlf:"), e.getMessage());
    }

    @Test
    void otherVersionsAndDuplicateIdsAreRefused() {
        assertThrows(WorkbenchException.class, () -> read("<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\"/>"));
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> read(doc(
                "<trans-unit id=\"1\"><source>a</source></trans-unit><trans-unit id=\"1\"><source>b</source></trans-unit>")));
        assertTrue(e.getMessage().contains("duplicate trans-unit id '1'"), e.getMessage());
    }

    @Test
    void unknownStateIsRefused() {
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> read(doc(
                "<trans-unit id=\"1\"><source>a</source><target state=\"done\">b</target></trans-unit>")));
        assertTrue(e.getMessage().contains("unknown target state 'done'"), e.getMessage());
    }
}
