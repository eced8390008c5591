package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.Shared;

/**
 * A finding the project accepts is shown where findings are shown, greyed with its reason: in
 * the shell's checks panel and on the review page; it does not count there either, and when the
 * text is edited it is a finding again.
 */
class SuppressedFindingsShownTest {
    private static final String REASON = "the author dates it to 2002";

    @TempDir
    Path dir;

    @Test
    void theShellAndTheReviewPageShowAnAcceptedFindingWithItsReason() throws IOException {
        Path project = Shared.copyProjectBeforeReview(dir);
        Path ru = project.resolve("locales/ru/article.xlf");
        edit(ru, "Но в 2020 году Путин этот баланс нарушил", "Но в 2002 году Путин этот баланс нарушил");
        String p = project.toString();
        Cli.Result add = Cli.run("suppress", "add", "--project", p, "--locale", "ru", "--at", "5:4", "--check",
                "number-mismatch", "--reason", REASON);
        assertEquals(0, add.exit(), add.toString());

        Cli.Result shell = session(project, "open ru", "goto 5:4");
        assertTrue(shell.out().contains("✓ checks: no findings (1 accepted)"), shell.toString());
        assertTrue(shell.out().contains("accepted error number-mismatch: the source has 2020, which the translation lacks;"
                + " it has 2002 instead — " + REASON), shell.toString());
        assertFalse(shell.out().contains("   error number-mismatch"), "an accepted finding is not listed as one that counts");

        Path page = dir.resolve("ru.html");
        Cli.Result report = Cli.run("review", "report", "--project", p, "--locale", "ru", "--output", page.toString());
        assertEquals(0, report.exit(), report.toString());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String cell = cell(html, "5");
        assertTrue(cell.contains("<ul class=\"findings suppressed\""), cell);
        assertTrue(cell.contains("<li data-rule=\"number-mismatch\"><b>number-mismatch</b>: <span>the source has 2020,"
                + " which the translation lacks; it has 2002 instead</span> <span class=\"reason\">— accepted: " + REASON
                + "</span></li>"), cell);
        assertFalse(cell.contains("data-errors=\"number-mismatch\""), "an accepted error is not one the page warns about: " + cell);

        edit(ru, "Но в 2002 году Путин этот баланс нарушил", "Но в 2003 году Путин этот баланс нарушил");
        Cli.Result back = session(project, "open ru", "goto 5:4");
        assertTrue(back.out().contains("   error number-mismatch: the source has 2020, which the translation lacks; it has"
                + " 2003 instead"), back.toString());
        assertFalse(back.out().contains("accepted error"), back.toString());
        assertEquals(0, Cli.run("review", "report", "--project", p, "--locale", "ru", "--output", page.toString()).exit());
        String again = cell(Files.readString(page, StandardCharsets.UTF_8), "5");
        assertFalse(again.contains("findings suppressed"), again);
        assertTrue(again.contains("data-errors=\"number-mismatch\""), again);
    }

    /** The page's cell of the unit (one locale). */
    private static String cell(String html, String unit) {
        int at = html.indexOf("<td class=\"cell\"", html.indexOf("data-unit=\"" + unit + "\""));
        return html.substring(at, html.indexOf("</td>", html.indexOf("class=\"decide\"", at)));
    }

    /** The lines run in one shell started on the project ({@code workbench --project DIR script FILE}). */
    private Cli.Result session(Path project, String... lines) throws IOException {
        Path file = dir.resolve("session.txt");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return Cli.run("--project", project.toString(), "script", file.toString());
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains(from), from);
        Files.writeString(file, xml.replace(from, to), StandardCharsets.UTF_8);
    }
}
