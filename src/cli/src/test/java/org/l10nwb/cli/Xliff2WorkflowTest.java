package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.Review;
import org.l10nwb.core.xliff.XliffDocuments;
import org.l10nwb.core.xliff.XliffVersion;

/**
 * The translator's and the editor's commands on an XLIFF 2.1 file that another tool touched (a
 * comment, an extension element and a metadata module the workbench does not know): the shell's
 * translate and confirm, {@code pretranslate}, {@code review report}, {@code review apply} and
 * {@code check} work on it, each write keeps what the other tool put there, and findings point at
 * line and column.
 */
class Xliff2WorkflowTest {
    private static final String COMMENT = "<!-- touched by another tool -->";
    private static final String EXTENSION = "<other:x xmlns:other=\"urn:example:other\" other:a=\"1\">kept</other:x>";
    private static final String MODULE = "<mda:metadata xmlns:mda=\"urn:oasis:names:tc:xliff:metadata:2.0\">"
            + "<mda:metaGroup><mda:meta type=\"k\">v</mda:meta></mda:metaGroup></mda:metadata>";

    @TempDir
    Path dir;

    /** A project of one document extracted as XLIFF 2.1, then touched by another tool. */
    private Path project() throws IOException {
        Path source = dir.resolve("article.txt");
        Files.writeString(source, """
                The border is closed. Nobody knows why.
                Talks resume in Vienna next week.
                """, StandardCharsets.UTF_8);
        Path project = dir.resolve("p");
        assertEquals(0, Cli.run("init", project.toString(), "--source", source.toString(), "--targets", "ru").exit());
        Files.writeString(project.resolve("workbench.properties"), "xliff.version = 2.1\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertEquals(0, Cli.run("extract", "--project", project.toString()).exit());
        Path xlf = xlf(project);
        String text = Files.readString(xlf, StandardCharsets.UTF_8);
        assertTrue(text.contains("version=\"2.1\""), text);
        text = text.replaceFirst("(<file [^>]*>)", "$1" + COMMENT).replaceFirst("(<unit id=\"1\"[^>]*>)", "$1" + EXTENSION)
                .replaceFirst("(<unit id=\"2\"[^>]*>)", "$1" + MODULE);
        Files.writeString(xlf, text, StandardCharsets.UTF_8);
        return project;
    }

    private static Path xlf(Path project) {
        return project.resolve("locales/ru/article.xlf");
    }

    private static TransUnit unit(Path xlf, String id) {
        return XliffDocuments.read(xlf).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private static void assertKept(Path xlf) throws IOException {
        byte[] bytes = Files.readAllBytes(xlf);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(XliffVersion.isXliff2(xlf, bytes), "still XLIFF 2");
        assertTrue(text.contains(COMMENT) && text.contains(EXTENSION) && text.contains(MODULE), text);
    }

    private Cli.Result session(Path project, String... lines) throws IOException {
        Path file = dir.resolve("session.txt");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return Cli.run("--project", project.toString(), "script", file.toString());
    }

    @Test
    void theShellTranslatesAndConfirmsSegmentsKeepingTheOtherToolsMarkup() throws IOException {
        Path project = project();
        Cli.Result r = session(project, "open ru", "goto 1:1", "t Граница закрыта.", "goto 1:2", "t Никто не знает почему.",
                "confirm");
        assertEquals("", r.err(), r.toString());
        assertTrue(r.out().contains("translated 1:1 as a draft (saved)"), r.toString());
        assertTrue(r.out().contains("confirmed "), r.toString());
        TransUnit u = unit(xlf(project), "1");
        assertEquals("Граница закрыта.", u.targetSegment("1").plainText());
        assertEquals("Никто не знает почему.", u.targetSegment("2").plainText());
        assertTrue(u.isSegmentConfirmed("2"), "the confirmed segment is translated in the file");
        assertKept(xlf(project));
        String text = Files.readString(xlf(project), StandardCharsets.UTF_8);
        assertTrue(text.contains("<target>Граница закрыта.</target>"), text);
    }

    @Test
    void pretranslateReviewAndCheckWorkOnTheFile() throws IOException {
        Path project = project();
        Path memory = dir.resolve("corpus.tmx");
        Files.writeString(memory, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en-US\""
                + " segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" datatype=\"plaintext\" creationtool=\"t\""
                + " creationtoolversion=\"1\"/>\n<body>\n"
                + "<tu><tuv xml:lang=\"en-US\"><seg>Talks resume in Vienna next week.</seg></tuv>"
                + "<tuv xml:lang=\"ru-RU\"><seg>Переговоры возобновятся в Вене на следующей неделе.</seg></tuv></tu>"
                + "\n</body></tmx>\n", StandardCharsets.UTF_8);
        assertEquals(0, Cli.run("tm", "import", memory.toString(), "--project", project.toString()).exit());
        Cli.Result pre = Cli.run("pretranslate", "ru", "--project", project.toString());
        assertEquals(0, pre.exit(), pre.toString());
        assertTrue(pre.out().contains("filled 1 segment in 1 unit"), pre.toString());
        TransUnit filled = unit(xlf(project), "2");
        assertEquals("Переговоры возобновятся в Вене на следующей неделе.", filled.target().plainText());
        assertTrue(filled.state().isTranslated(), "pretranslated: " + filled.state());
        assertKept(xlf(project));

        Cli.Result report = Cli.run("review", "report", "--project", project.toString());
        assertEquals(0, report.exit(), report.toString());
        String html = Files.readString(project.resolve("review/article.ru.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Переговоры возобновятся в Вене на следующей неделе."), "the report shows the target");

        Path decisions = dir.resolve("decisions.json");
        Files.writeString(decisions, """
                {"format": "l10n-workbench-review", "reviewer": "Nino", "decisions": [
                  {"file": "locales/ru/article.xlf", "unit": "2", "fingerprint": "%s", "action": "approve", "text": ""}]}
                """.formatted(Review.fingerprint(filled)), StandardCharsets.UTF_8);
        Cli.Result apply = Cli.run("review", "apply", decisions.toString(), "--project", project.toString());
        assertEquals(0, apply.exit(), apply.toString());
        assertEquals(TargetState.SIGNED_OFF, unit(xlf(project), "2").state());
        assertTrue(Files.readString(xlf(project), StandardCharsets.UTF_8).contains("state=\"reviewed\""));
        assertKept(xlf(project));

        // unit 1 is untranslated: the finding points just after its start tag, as for XLIFF 1.2
        Path xlf = xlf(project);
        List<String> lines = Files.readAllLines(xlf, StandardCharsets.UTF_8);
        int line = 0;
        while (!lines.get(line).contains("<unit id=\"1\">")) {
            line++;
        }
        int column = lines.get(line).indexOf("<unit id=\"1\">") + "<unit id=\"1\">".length() + 1;
        line++;
        Cli.Result check = Cli.run("check", "--project", project.toString(), "--glossary",
                org.l10nwb.core.testing.Shared.path("terms-devset/glossary.tbx").toString(), "--fail-on", "warning", xlf.toString());
        assertEquals(1, check.exit(), check.toString());
        assertTrue(check.out().contains("article.xlf:" + line + ":" + column + ": warning untranslated 1"), check.toString());
    }
}
