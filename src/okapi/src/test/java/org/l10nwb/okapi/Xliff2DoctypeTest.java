package org.l10nwb.okapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.XliffDocument;

/** XLIFF 2 allows no document type declaration: the document's own is refused, the word in a comment is not one. */
class Xliff2DoctypeTest {
    private static final String BODY = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\""
            + " trgLang=\"ru\"><file id=\"f1\"><unit id=\"u1\"><segment><source>Hello</source><target>Привет</target>"
            + "</segment></unit></file></xliff>\n";

    private static XliffDocument read(String doc) {
        return new OkapiXliff2Reader().read(Path.of("in.xlf"), doc.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentsOwnDoctypeIsRefused() {
        for (String doctype : new String[] {"<!DOCTYPE xliff SYSTEM \"x.dtd\">", "<!DOCTYPE xliff [<!ENTITY a \"b\">]>"}) {
            WorkbenchException e = assertThrows(WorkbenchException.class,
                    () -> read("<?xml version=\"1.0\"?>\n<!-- a note -->\n" + doctype + "\n" + BODY));
            assertTrue(e.getMessage().startsWith("in.xlf") && e.getMessage().contains("XLIFF 2 does not allow"), e.getMessage());
        }
    }

    @Test
    void theWordInACommentIsNoDoctype() {
        XliffDocument doc = read("<?xml version=\"1.0\"?>\n" + BODY.replace("<file ", "<!-- no <!DOCTYPE here --><file "));
        assertEquals(1, doc.files().size());
    }
}
