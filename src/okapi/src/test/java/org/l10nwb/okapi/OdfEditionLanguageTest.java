package org.l10nwb.okapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.l10nwb.core.locale.LocaleTag;

/**
 * An OpenDocument edition says it is in its own language: the default text language of its styles
 * (which LibreOffice's spelling and hyphenation follow) and its metadata name the target, not the
 * English of the original.
 */
class OdfEditionLanguageTest {
    @ParameterizedTest
    @CsvSource({"ru, RU", "ka, GE", "az, AZ"})
    void theStylesAndMetadataOfAnEditionNameItsLanguage(String language, String country) throws IOException {
        Path document = OfficeDocumentTest.OFFICE.resolve("article.odt");
        Map<String, byte[]> edition = OfficeDocumentTest.entries(
                OfficeDocumentTest.merge(document, OfficeDocumentTest.translated(document), LocaleTag.of(language)));
        String styles = new String(edition.get("styles.xml"), StandardCharsets.UTF_8);
        assertTrue(styles.contains("fo:language=\"" + language + "\" fo:country=\"" + country + "\""), styles);
        assertFalse(styles.contains("fo:language=\"en\""), styles);
        String meta = new String(edition.get("meta.xml"), StandardCharsets.UTF_8);
        assertTrue(meta.contains("<dc:language>" + language + "</dc:language>"), meta);
        assertEquals("mimetype", edition.keySet().iterator().next(), "the ODF mimetype stays first");
    }

    @Test
    void anEditionInTheOriginalsLanguageKeepsItsDeclaration() throws IOException {
        String language = "en";
        Path document = OfficeDocumentTest.OFFICE.resolve("article.odt");
        Map<String, byte[]> original = OfficeDocumentTest.entries(java.nio.file.Files.readAllBytes(document));
        Map<String, byte[]> edition = OfficeDocumentTest.entries(
                OfficeDocumentTest.merge(document, OfficeDocumentTest.translated(document), LocaleTag.of(language)));
        assertEquals(new String(original.get("styles.xml"), StandardCharsets.UTF_8),
                new String(edition.get("styles.xml"), StandardCharsets.UTF_8));
        // meta.xml holds the title, a unit: Okapi writes it anew, and the declaration stays the original's
        String meta = new String(edition.get("meta.xml"), StandardCharsets.UTF_8);
        assertTrue(meta.contains("<dc:language>en-US</dc:language>"), meta);
    }
}
