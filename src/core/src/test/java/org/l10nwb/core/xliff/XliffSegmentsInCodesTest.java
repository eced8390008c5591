package org.l10nwb.core.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Status;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;

/** Segments wrapped in inline codes ({@code <g>} around {@code <mrk mtype="seg">}) are segments. */
class XliffSegmentsInCodesTest {
    private static final String DOC = """
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
            <file original="a" source-language="de" target-language="it" datatype="xml"><body>
            <trans-unit id="1" xml:space="preserve">
            <source><g ctype="bold" id="1">Wie schützt man. Sich gegen Erdbeben?</g></source>
            <seg-source><g ctype="bold" id="1"><mrk mid="0" mtype="seg">Wie schützt man.</mrk> <mrk mid="1" mtype="seg">Sich gegen Erdbeben?</mrk></g></seg-source>
            <target state="translated"><g ctype="bold" id="1"><mrk mid="0" mtype="seg">Come ci si protegge.</mrk> <mrk mid="1" mtype="seg"></mrk></g></target>
            </trans-unit>
            </body></file></xliff>""";

    @Test
    void aHalfTranslatedUnitIsSeenAsSuch() {
        XliffDocument d = new XliffReader().read(Path.of("a.xlf"), DOC.getBytes(StandardCharsets.UTF_8));
        TransUnit u = d.units().get(0);
        List<Part> segments = u.source().segments();
        assertEquals(List.of("0", "1"), segments.stream().map(Part::segmentId).toList());
        assertEquals("Sich gegen Erdbeben?", segments.get(1).content().plainText());
        assertEquals("Come ci si protegge.", u.targetSegment("0").plainText());
        assertNull(u.targetSegment("1"));
        assertEquals(Status.TRANSLATED, Status.of(u, "0"));
        assertEquals(Status.UNTRANSLATED, Status.of(u, "1"));
    }

    @Test
    void theCodesAroundSegmentsAreWrittenBackAroundThem() {
        XliffDocument d = new XliffReader().read(Path.of("a.xlf"), DOC.getBytes(StandardCharsets.UTF_8));
        String xml = new XliffWriter().toString(d);
        org.junit.jupiter.api.Assertions.assertTrue(xml.contains("<seg-source><g ctype=\"bold\" id=\"1\"><mrk mid=\"0\" mtype=\"seg\">Wie schützt man.</mrk>"
                + " <mrk mid=\"1\" mtype=\"seg\">Sich gegen Erdbeben?</mrk></g></seg-source>"), xml);
    }
}
