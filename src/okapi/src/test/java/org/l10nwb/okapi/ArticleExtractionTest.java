package org.l10nwb.okapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.l10nwb.core.format.DocumentFormat;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.format.Segmentation;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.extract.Reconciler;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffWriter;

/** The article's segmentation, and the XLIFF we write checked against the XLIFF 1.2 schemas. */
class ArticleExtractionTest {
    private static final LocaleTag EN = LocaleTag.of("en");
    private static final DocumentFormats FORMATS = DocumentFormats.load();

    private static List<String> segments(Path file) {
        List<String> out = new ArrayList<>();
        for (Content c : FORMATS.forFile(file).extract(file, EN, Segmentation.DEFAULT)) {
            for (Part p : c.segments()) {
                out.add(p.content().plainText());
            }
        }
        return out;
    }

    @Test
    void theArticleHasTwentyParagraphsAndFiftyEightSentences() {
        Path article = Shared.path("source-article.en.txt");
        List<Content> units = FORMATS.forFile(article).extract(article, EN, Segmentation.DEFAULT);
        assertEquals(20, units.size());
        List<String> segments = segments(article);
        assertEquals(58, segments.size());
        // Splits that a naive splitter gets wrong, each checked.
        assertTrue(segments.contains("But he didn’t let Aliyev finish the job: he let Azerbaijan recapture the key city "
                + "of Shusha, then called time on the war, so that the conflict would remain unresolved and Moscow could "
                + "keep its grip as the region’s “mediator.”"), "a full stop inside closing quotes ends the sentence");
        assertTrue(segments.contains("So long as Russia played mediator, Armenians and Azerbaijanis competed for its "
                + "favor — the perfect balance for Moscow."));
        assertTrue(segments.contains("Moscow’s response?"), "a question is a sentence of its own");
        assertTrue(segments.contains("Op-Ed by Beka Kobakhidze, Professor of Modern History at Tbilisi State University"),
                "the byline is one segment");
        assertTrue(segments.contains("In 2020, Putin succumbed to the temptation to punish his historical ally, Armenia "
                + "— or more precisely, its leader Pashinyan — with Aliyev’s hands."), "dashes do not split");
    }

    @Test
    void projectRulesTakePrecedenceOverTheDefaults(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path text = tmp.resolve("a.txt");
        Files.writeString(text, "See Tbl. Five for the rows. Then we left.\n");
        assertEquals(3, segments(text).size(), "the default rules break after 'Tbl.'");
        Path srx = tmp.resolve("rules.srx");
        Files.writeString(srx, """
                <?xml version="1.0" encoding="UTF-8"?>
                <srx xmlns="http://www.lisa.org/srx20" version="2.0">
                <header segmentsubflows="yes" cascade="yes"><formathandle type="start" include="no"/>
                <formathandle type="end" include="yes"/><formathandle type="isolated" include="no"/></header>
                <body><languagerules><languagerule languagerulename="project-en">
                <rule break="no"><beforebreak>\\bTbl\\.</beforebreak><afterbreak>\\s</afterbreak></rule>
                </languagerule></languagerules>
                <maprules><languagemap languagepattern="en.*" languagerulename="project-en"/></maprules></body></srx>
                """);
        List<String> segs = new ArrayList<>();
        for (Content c : FORMATS.forFile(text).extract(text, EN, new Segmentation(srx))) {
            c.segments().forEach(p -> segs.add(p.content().plainText()));
        }
        assertEquals(List.of("See Tbl. Five for the rows.", "Then we left."), segs);
    }

    static Stream<Path> documents() throws Exception {
        List<Path> docs = new ArrayList<>();
        docs.add(Shared.path("source-article.en.txt"));
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/roundtrip"))) {
            s.sorted().forEach(docs::add);
        }
        docs.add(OfficeDocumentTest.OFFICE.resolve("article.docx"));
        docs.add(OfficeDocumentTest.OFFICE.resolve("article.odt"));
        return docs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void writtenXliffIsValidAgainstTheStrictXliff12Schema(Path document) throws Exception {
        DocumentFormat format = FORMATS.forFile(document);
        List<TransUnit> units = new ArrayList<>(Reconciler.fresh(format.extract(document, EN, Segmentation.DEFAULT)));
        // half of them translated, to cover <target> with state and segments; the others drafts
        // with their first segment confirmed, to cover the workbench's wb:state on <mrk>
        for (int i = 0; i < units.size(); i++) {
            TransUnit u = units.get(i);
            units.set(i, i % 2 == 0 ? u.withTarget(u.source(), TargetState.TRANSLATED)
                    : u.withTarget(u.source(), TargetState.NEW).withConfirmedSegments(
                            java.util.Set.of(u.source().segments().get(0).segmentId())));
        }
        XliffDocument doc = XliffDocument.of(new XliffFile("locales/en/" + document.getFileName(),
                format.xliffDatatype(), "en", "ru", Map.of(), units));
        byte[] xml = new XliffWriter().write(doc);
        if (units.size() > 1 && units.get(1).segmented()) {
            assertTrue(new String(xml, java.nio.charset.StandardCharsets.UTF_8).contains(" wb:state=\"translated\""));
        }
        strictSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Schema strictSchema() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // the strict schema checks attributes of other namespaces on <mrk> strictly: ours are in
        // the workbench's own small schema
        return factory.newSchema(new javax.xml.transform.Source[] {
            new StreamSource(Shared.path("conformance/okapi/xliff12-schemas/xliff-core-1.2-strict.xsd").toFile()),
            new StreamSource(Shared.projectRoot().resolve("docs/xliff/l10nwb-xliff.xsd").toFile())});
    }
}
