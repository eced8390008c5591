package org.l10nwb.core.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.testing.ByteDiff;

class XliffWriterTest {
    private final XliffWriter writer = new XliffWriter();
    private final XliffReader reader = new XliffReader();

    private static XliffDocument sample() {
        Content source = new Content(List.of(Part.segment("1", Fragment.text("A <b> & \"c\".\r")),
                Part.between(Fragment.text(" ")), Part.segment("2", Fragment.text("Şuşa — “quoted”."))));
        Content target = source.withSegments(Map.of("1", Fragment.text("Ш <б> & «в».\r"), "2", Fragment.text("Шуша.")));
        TransUnit u = TransUnit.of("1", source).withTarget(target, TargetState.TRANSLATED)
                .withNotes(List.of(new Note("editor", null, "Keep «Шуша».")));
        TransUnit empty = TransUnit.of("2", Content.single("1", Fragment.text("Untranslated.")));
        return XliffDocument.of(new XliffFile("locales/en/a.txt", "plaintext", "en", "ru", Map.of(), List.of(u, empty)));
    }

    @Test
    void writeReadWriteGivesTheSameBytes() {
        byte[] first = writer.write(sample());
        XliffDocument back = reader.read(Path.of("a.xlf"), first);
        ByteDiff.assertSameBytes("rewritten XLIFF", first, writer.write(back));
        TransUnit u = back.units().get(0);
        assertEquals("A <b> & \"c\".\r", u.source().segments().get(0).content().plainText());
        assertEquals("Ш <б> & «в».\r", u.targetSegment("1").plainText());
        assertEquals(TargetState.TRANSLATED, u.state());
    }

    @Test
    void aSegmentConfirmedInADraftIsMarkedOnItsMrkAndReadBack() {
        Content source = new Content(List.of(Part.segment("1", Fragment.text("Shusha fell.")),
                Part.between(Fragment.text(" ")), Part.segment("2", Fragment.text("People died."))));
        Content target = source.withSegments(Map.of("1", Fragment.text("Шуша пала."), "2", Fragment.text("Люди.")));
        TransUnit draft = TransUnit.of("1", source).withTarget(target, TargetState.NEW)
                .withConfirmedSegments(java.util.Set.of("1"));
        XliffDocument doc = XliffDocument.of(new XliffFile("a.txt", "plaintext", "en", "ru", Map.of(), List.of(draft)));
        byte[] first = writer.write(doc);
        String xml = new String(first, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<xliff version=\"1.2\" xmlns=\"" + XliffReader.NS + "\" xmlns:wb=\""
                + XliffReader.WB_NS + "\">"), xml);
        assertTrue(xml.contains("<target xml:lang=\"ru\" state=\"new\"><mrk mid=\"1\" mtype=\"seg\""
                + " wb:state=\"translated\">Шуша пала.</mrk> <mrk mid=\"2\" mtype=\"seg\">Люди.</mrk></target>"), xml);
        assertFalse(xml.contains("<seg-source><mrk mid=\"1\" mtype=\"seg\" wb:"), "the source's segments carry no state");

        TransUnit back = reader.read(Path.of("a.xlf"), first).units().get(0);
        assertEquals(java.util.Set.of("1"), back.confirmedSegments());
        assertEquals(TargetState.NEW, back.state());
        ByteDiff.assertSameBytes("rewritten XLIFF", first, writer.write(reader.read(Path.of("a.xlf"), first)));

        TransUnit translated = back.withTarget(back.target(), TargetState.TRANSLATED);
        assertEquals(java.util.Set.of(), translated.confirmedSegments(), "a translated unit says it once, by its state");
        String after = new String(writer.write(XliffDocument.of(new XliffFile("a.txt", "plaintext", "en", "ru",
                Map.of(), List.of(translated)))), StandardCharsets.UTF_8);
        assertFalse(after.contains("wb:"), "no segment states and no namespace once none is needed:\n" + after);
    }

    @Test
    void editingAConfirmedSegmentTakesItsConfirmationBack() {
        Content source = new Content(List.of(Part.segment("1", Fragment.text("A.")), Part.between(Fragment.text(" ")),
                Part.segment("2", Fragment.text("B."))));
        TransUnit u = TransUnit.of("1", source).withTarget(source.withSegments(Map.of("1", Fragment.text("А."),
                "2", Fragment.text("Б."))), TargetState.NEW).withConfirmedSegments(java.util.Set.of("1", "2", "3"));
        assertEquals(java.util.Set.of("1", "2"), u.confirmedSegments(), "only segments that exist and have text");
        TransUnit edited = u.withTarget(source.withSegments(Map.of("1", Fragment.text("А."), "2", Fragment.text("В."))),
                TargetState.NEW);
        assertEquals(java.util.Set.of("1"), edited.confirmedSegments());
    }

    @Test
    void outputIsDeterministicAndPortable() {
        String xml = new String(writer.write(sample()), StandardCharsets.UTF_8);
        assertEquals(xml, new String(writer.write(sample()), StandardCharsets.UTF_8));
        assertFalse(xml.contains("\r\n"), "LF line ends only");
        assertTrue(xml.contains("original=\"locales/en/a.txt\""));
        assertTrue(xml.contains("&#13;"), "carriage returns in text survive XML line-end normalisation");
        assertFalse(xml.matches("(?s).*20\\d\\d-\\d\\d-\\d\\d.*"), "no dates");
    }

    @Test
    void charactersXmlCannotCarryAreRefused() {
        TransUnit u = TransUnit.of("1", Content.single("1", Fragment.text("bell \u0007")));
        XliffDocument d = XliffDocument.of(new XliffFile("a", "plaintext", "en", "ru", Map.of(), List.of(u)));
        assertThrows(WorkbenchException.class, () -> writer.write(d));
    }
}
