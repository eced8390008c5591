package org.l10nwb.core.xliff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Status;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;

/** A signed-off unit is written approved="yes", as other tools expect, and read back signed off. */
class XliffApprovedTest {
    private static XliffDocument doc(TransUnit... units) {
        return XliffDocument.of(new XliffFile("a.txt", "plaintext", "en", "ru", Map.of(), List.of(units)));
    }

    private static TransUnit unit(String id, String target, TargetState state) {
        return TransUnit.of(id, Content.single("1", Fragment.text("Text " + id)))
                .withTarget(Content.single("1", Fragment.text(target)), state);
    }

    @Test
    void signedOffAndFinalAreApprovedOthersAreNot() {
        String xml = new XliffWriter().toString(doc(unit("1", "Один", TargetState.SIGNED_OFF),
                unit("2", "Два", TargetState.FINAL), unit("3", "Три", TargetState.TRANSLATED),
                unit("4", "", TargetState.SIGNED_OFF)));
        assertTrue(xml.contains("<trans-unit id=\"1\" approved=\"yes\" xml:space=\"preserve\">"), xml);
        assertTrue(xml.contains("<trans-unit id=\"2\" approved=\"yes\" xml:space=\"preserve\">"), xml);
        assertTrue(xml.contains("<trans-unit id=\"3\" xml:space=\"preserve\">"), xml);
        assertTrue(xml.contains("<trans-unit id=\"4\" xml:space=\"preserve\">"), "an empty target is not approved");
        XliffDocument back = new XliffReader().read(Path.of("a.xlf"), xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(Status.SIGNED_OFF, Status.of(back.units().get(0)));
        assertEquals(Status.TRANSLATED, Status.of(back.units().get(2)));
        assertEquals(xml, new XliffWriter().toString(back), "read back and written again, the same bytes");
    }

    @Test
    void aNewTargetIsNoLongerApproved() {
        XliffDocument d = new XliffReader().read(Path.of("a.xlf"), new XliffWriter().write(doc(unit("1", "Один", TargetState.SIGNED_OFF))));
        TransUnit changed = d.units().get(0).withTarget(Content.single("1", Fragment.text("Раз")), TargetState.TRANSLATED);
        assertFalse(changed.attributes().containsKey("approved"));
        assertFalse(new XliffWriter().toString(doc(changed)).contains("approved"));
    }
}
