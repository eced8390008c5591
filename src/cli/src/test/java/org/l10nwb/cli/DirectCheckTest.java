package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.cli.command.DirectCheck;
import org.l10nwb.core.testing.Shared;

/**
 * A one-shot {@code check} taken without Spring Shell answers exactly what the shell's run of the
 * same command line answers: exit code, standard output, standard error and the report file.
 */
class DirectCheckTest {

    @Test
    void plainCommandLinesRunWithoutTheShellAndAnswerTheSame(@TempDir Path dir) throws IOException {
        Path project = Shared.copyProjectBeforeReview(dir);
        String p = project.toString();
        String ru = project.resolve("locales/ru/article.xlf").toString();
        String ka = project.resolve("locales/ka").toString();
        Path noLocale = dir.resolve("plain.xlf");
        Files.writeString(noLocale, "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file"
                + " original=\"a.txt\" datatype=\"plaintext\" source-language=\"en\"><body><trans-unit id=\"1\">"
                + "<source>Moscow.</source><target state=\"translated\">Москва</target></trans-unit></body></file>"
                + "</xliff>", StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.xlf");
        Files.writeString(broken, "<xliff version=\"1.2\"><file", StandardCharsets.UTF_8);
        String glossary = project.resolve("glossary/article.tbx").toString();
        List<String[]> lines = List.of(
                new String[] {"check", "--project", p},
                new String[] {"check", "--project", p, "--format", "sarif"},
                new String[] {"check", "--project", p, "--format", "junit", "--fail-on", "warning"},
                new String[] {"check", ru, ka, "--project", p, "--verbose", "--show-suppressed"},
                new String[] {"check", ru, "--glossary", glossary, "--glossary", glossary, "--fail-on", "never"},
                new String[] {"check", noLocale.toString(), "--glossary", glossary},
                new String[] {"check", noLocale.toString(), "--glossary", glossary, "--target-language", "ru"},
                new String[] {"check", broken.toString(), ru, "--glossary", glossary},
                new String[] {"check", "--project", p, "--format", "yaml"},
                new String[] {"check", "--project", p, "--fail-on", "sometimes"},
                new String[] {"check", dir.resolve("missing.xlf").toString(), "--glossary", glossary},
                new String[] {"check", "--project", dir.resolve("nowhere").toString()},
                new String[] {"check", "--project", p, "--debug", "--format=sarif"});
        for (String[] line : lines) {
            List<String> command = GlobalOptions.parse(line).command();
            assertTrue(DirectCheck.parse(command).isPresent(), "taken without the shell: " + command);
            assertEquals(Cli.runThroughShell(line).toString(), Cli.run(line).toString(), String.join(" ", line));
        }
    }

    @Test
    void theReportFileIsTheSame(@TempDir Path dir) throws IOException {
        Path project = Shared.copyProjectBeforeReview(dir);
        List<String> reports = new ArrayList<>();
        for (boolean direct : new boolean[] {false, true}) {
            Path out = dir.resolve("report-" + direct + ".sarif");
            String[] line = {"check", "--project", project.toString(), "--format", "sarif", "--output", out.toString()};
            Cli.Result r = direct ? Cli.run(line) : Cli.runThroughShell(line);
            reports.add(r.exit() + r.out() + r.err().replace(out.getFileName().toString(), "REPORT")
                    + Files.readString(out, StandardCharsets.UTF_8));
        }
        assertEquals(reports.get(0), reports.get(1));
    }

    @Test
    void unusualCommandLinesAreLeftToTheShell() {
        for (String line : List.of("check --path a.xlf", "check --format", "check --bogus", "check --format a --format b",
                "check a.xlf --fail-on never b.xlf", "check --verbose --verbose", "check --show-suppressed true",
                "check --output -", "check-all", "stats")) {
            assertFalse(DirectCheck.parse(List.of(line.split(" "))).isPresent(), line);
        }
        assertEquals(Cli.runThroughShell("check", "--bogus").toString(), Cli.run("check", "--bogus").toString());
    }
}
