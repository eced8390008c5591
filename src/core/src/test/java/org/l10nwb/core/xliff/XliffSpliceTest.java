package org.l10nwb.core.xliff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;

/** Another tool's file rewritten: only what changed is written, everything else is kept as it was. */
class XliffSpliceTest {
    private static final Path FILE = Path.of("in/other.xlf");
    private static final String OTHER = """
            <?xml version='1.0' encoding='UTF-8'?>
            <!-- written by another tool -->
            <xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' xmlns:x='urn:x' version='1.2' x:tool='t'>
              <file original='a.txt' source-language='en' target-language='ru' datatype='plaintext'>
                <header><x:info a='1'/></header>
                <body>
                  <group id='g1' x:kind='section'>
                    <trans-unit id='1' x:extra='kept'  translate='yes'>
                      <source>One. Two.</source>
                      <seg-source><mrk mid='1' mtype='seg'>One.</mrk> <mrk mid='2' mtype='seg'>Two.</mrk></seg-source>
                      <target x:state='y' state='needs-translation'><mrk mid='1' mtype='seg' x:confirmed='yes'>Раз.</mrk> <mrk mid='2' mtype='seg' x:confirmed='no'>Тво.</mrk></target>
                      <alt-trans match-quality='80'><target>Один.</target></alt-trans>
                    </trans-unit>
                    <trans-unit id='2'>
                      <source>Three</source>
                      <note from='pm'>Keep short</note>
                      <context-group><context context-type='x'>c</context></context-group>
                    </trans-unit>
                  </group>
                  <bin-unit id='b' mime-type='image/png'><bin-source><external-file href='a.png'/></bin-source></bin-unit>
                </body>
              </file>
            </xliff>
            """;

    private static byte[] bytes() {
        return OTHER.getBytes(StandardCharsets.UTF_8);
    }

    private static XliffDocument read() {
        return new XliffReader().read(FILE, bytes());
    }

    private static XliffDocument with(XliffDocument d, TransUnit... replacements) {
        List<TransUnit> units = new ArrayList<>(d.files().get(0).units());
        for (TransUnit r : replacements) {
            units.replaceAll(u -> u.id().equals(r.id()) ? r : u);
        }
        return new XliffDocument(List.of(d.files().get(0).withUnits(units)));
    }

    private static String rewrite(XliffDocument changed) {
        return new String(new XliffRewriter().rewrite(FILE, bytes(), changed), StandardCharsets.UTF_8);
    }

    @Test
    void nothingChangedIsTheSameBytes() {
        assertArrayEquals(bytes(), new XliffRewriter().rewrite(FILE, bytes(), read()));
    }

    @Test
    void oneSegmentChangedKeepsTheMarkersAttributesAndTheRest() {
        XliffDocument d = read();
        TransUnit u = d.units().get(0);
        TransUnit changed = u.withTarget(u.target().withSegments(Map.of("1", Fragment.text("Раз."), "2", Fragment.text("Два."))),
                TargetState.SIGNED_OFF);
        String out = rewrite(with(d, changed));
        assertEquals(OTHER.replace("<trans-unit id='1' x:extra='kept'  translate='yes'>",
                        "<trans-unit id='1' x:extra='kept'  translate='yes' approved=\"yes\">")
                .replace("x:state='y' state='needs-translation'", "x:state='y' state=\"signed-off\"")
                .replace("x:confirmed='no'>Тво.</mrk>", "x:confirmed='no'>Два.</mrk>"), out);
    }

    @Test
    void aNewTargetAndANoteGoWhereXliffPutsThem() {
        XliffDocument d = read();
        TransUnit u = d.units().get(1);
        TransUnit changed = u.withTarget(Content.single("1", Fragment.text("Три")), TargetState.TRANSLATED)
                .withNotes(List.of(u.notes().get(0), new Note("editor", null, "ok & short")));
        String out = rewrite(with(d, changed));
        assertEquals(OTHER.replace("<source>Three</source>\n          <note from='pm'>Keep short</note>\n",
                "<source>Three</source>\n          <target xml:lang=\"ru\" state=\"translated\">Три</target>\n"
                        + "          <note from='pm'>Keep short</note>\n          <note from=\"editor\">ok &amp; short</note>\n"), out);
    }

    @Test
    void unitsAddedOrANewSourceAreRefusedNamingFileAndUnit() {
        XliffDocument d = read();
        XliffFile f = d.files().get(0);
        List<TransUnit> more = new ArrayList<>(f.units());
        more.add(TransUnit.of("3", Content.single("1", Fragment.text("Four"))));
        WorkbenchException added = assertThrows(WorkbenchException.class,
                () -> rewrite(new XliffDocument(List.of(f.withUnits(more)))));
        assertTrue(added.getMessage().startsWith("in/other.xlf: not written: units would be added"), added.getMessage());
        TransUnit u = d.units().get(1);
        TransUnit other = new TransUnit(u.id(), Content.single("1", Fragment.text("Five")), u.target(), u.state(),
                u.stateQualifier(), u.segmented(), u.attributes(), u.notes(), u.position(), u.targetPosition());
        WorkbenchException source = assertThrows(WorkbenchException.class, () -> rewrite(with(d, other)));
        assertTrue(source.getMessage().contains("the source of unit '2' would change"), source.getMessage());
    }
}
