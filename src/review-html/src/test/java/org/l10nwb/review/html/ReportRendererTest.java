package org.l10nwb.review.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Rule;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.check.Suppressions;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.review.ReviewService.Cell;
import org.l10nwb.core.review.ReviewService.Column;
import org.l10nwb.core.review.ReviewService.ConceptView;
import org.l10nwb.core.review.ReviewService.Piece;
import org.l10nwb.core.review.ReviewService.Report;
import org.l10nwb.core.review.ReviewService.Row;
import org.l10nwb.core.review.ReviewService.SegmentText;
import org.l10nwb.core.review.ReviewService.TermView;

/** The page escapes everything that comes from files; the browser test shows it runs nothing. */
class ReportRendererTest {
    private static final String HOSTILE = "</td><script>alert(1)</script><img src=x onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">x</a>";

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void everyTextFromFilesIsEscaped() {
        Cell cell = new Cell("ru", "locales/ru/a\"b.xlf", "1\" onmouseover=\"alert(4)", "translated", "translated", HOSTILE,
                List.of(new Piece(HOSTILE, null, null), new Piece("Шуши", "shusha\"><script>", "forbidden")),
                List.of(new Finding(Rule.TERM_FORBIDDEN, Severity.ERROR, null, "1", "shusha", HOSTILE, List.of(), List.of())), List.of(),
                List.of(new Note(HOSTILE, null, HOSTILE)), true, HOSTILE, "abc",
                List.of(new SegmentText("1\"><script>", HOSTILE, List.of(HOSTILE), List.of(HOSTILE))), List.of(HOSTILE));
        Report report = new Report(HOSTILE, HOSTILE, "en", "now", List.of(new Column("ru", "Russian", "a.xlf", 1, 1, 1)),
                List.of(new Row("1", List.of(new Piece(HOSTILE, null, null)), List.of(cell))), Map.of("term-forbidden", 1),
                List.of(new ConceptView("shusha\"><script>", HOSTILE, List.of(HOSTILE),
                        List.of(new TermView("ru", HOSTILE, "preferred", true)))));
        String html = new String(new ReportRenderer().render(report), StandardCharsets.UTF_8);
        assertEquals(1, count(html, "<script"), "only the page's own script");
        assertEquals(0, count(html, "<img"));
        assertEquals(0, count(html, "<a href"));
        assertFalse(html.contains("onerror=\"alert"), "no live attribute");
        assertFalse(html.contains("onmouseover=\"alert"), "attribute values stay inside their quotes");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text is shown as text");
        assertTrue(html.contains("data-concept=\"shusha&quot;&gt;&lt;script&gt;\""));
        assertTrue(html.contains("default-src 'none'"), "a policy that forbids network requests");
        assertTrue(html.contains("font/woff2;base64,d09GMg"), "the Georgian font travels with the page");
    }

    @Test
    void codesArePlaceholdersEmptySentencesSaySoAndApproveIsNotOfferedForThem() {
        Cell cell = new Cell("ru", "locales/ru/a.xlf", "4", "translated", "translated", "",
                List.of(new Piece("1", null, "segment"), new Piece("\u27e81\u27e9", null, "code"), new Piece("Шуша", null, null),
                        new Piece("\u27e8/1\u27e9", null, "code"), new Piece(" ", null, null), new Piece("2", null, "segment"),
                        new Piece("not translated", null, "untranslated")),
                List.of(), List.of(), List.of(), false, null, "abc",
                List.of(new SegmentText("1", "\u27e81\u27e9Шуша\u27e8/1\u27e9", List.of("\u27e81\u27e9", "\u27e8/1\u27e9"),
                        List.of("\u27e81\u27e9", "\u27e8/1\u27e9")), new SegmentText("2", "", List.of(), List.of())), List.of("4:2"));
        Report report = new Report("r1", "t", "en", "now", List.of(new Column("ru", "Russian", "a.xlf", 1, 0, 0)),
                List.of(new Row("4", List.of(new Piece("Shusha", null, null)), List.of(cell))), Map.of(), List.of());
        String html = new String(new ReportRenderer().render(report), StandardCharsets.UTF_8);
        assertTrue(html.contains("<span class=\"code\">\u27e81\u27e9</span>Шуша<span class=\"code\">\u27e8/1\u27e9</span>"), html);
        assertTrue(html.contains("<span class=\"untranslated\">not translated</span>"));
        assertTrue(html.contains("<button type=\"button\" class=\"approve\" title=\"Not offered: 4:2 not translated\""
                + " hidden=\"hidden\">Approve</button>"), "no Approve with a sentence not translated");
        assertTrue(html.contains("data-codes=\"\u27e81\u27e9 \u27e8/1\u27e9\""), "the codes a correction must keep");
        assertTrue(html.contains("data-report=\"r1\""), "decisions are kept under the report");
        assertFalse(html.contains("&lt;g1&gt;"));
    }

    @Test
    void anAcceptedFindingIsShownApartWithItsReasonAndDoesNotCount() {
        Finding kept = new Finding(new Rule("spacing", Severity.WARNING, "spacing"), Severity.WARNING, null, "2", null, "a double space", List.of(),
                List.of());
        Finding accepted = new Finding(new Rule("number-mismatch", Severity.ERROR, "numbers"), Severity.ERROR, null, "2", null,
                "the source has 2020, which the translation lacks", List.of(), List.of());
        Suppressions.Suppression by = new Suppressions.Suppression("a.xlf", "2", "number-mismatch", "0123456789abcdef",
                HOSTILE, null);
        Cell cell = new Cell("ru", "locales/ru/a.xlf", "2", "translated", "translated", "", List.of(new Piece("В 2002", null,
                null)), List.of(kept), List.of(new Suppressions.Suppressed(accepted, by)), List.of(), false, null, "abc",
                List.of(new SegmentText("1", "В 2002", List.of(), List.of())), List.of());
        Report report = new Report("r2", "t", "en", "now", List.of(new Column("ru", "Russian", "a.xlf", 1, 1, 1)),
                List.of(new Row("2", List.of(new Piece("In 2020", null, null)), List.of(cell))), Map.of("spacing", 1),
                List.of());
        String html = new String(new ReportRenderer().render(report), StandardCharsets.UTF_8);
        assertTrue(html.contains("<ul class=\"findings\">\n        <li data-rule=\"spacing\"><b>spacing</b>: <span>a double"
                + " space</span></li>"), html);
        assertTrue(html.contains("<ul class=\"findings suppressed\" title=\"Findings the project accepts: they do not count\">"
                + "\n        <li data-rule=\"number-mismatch\"><b>number-mismatch</b>: <span>the source has 2020, which the"
                + " translation lacks</span> <span class=\"reason\">— accepted: &lt;/td&gt;&lt;script&gt;"), html);
        assertTrue(html.contains("data-findings=\"1\""), "the accepted finding does not count");
        assertFalse(html.contains("data-errors=\"number-mismatch\""), "the accepted error is not one the page warns about");
        assertEquals(1, count(html, "<script"), "the reason is text");
    }
}
