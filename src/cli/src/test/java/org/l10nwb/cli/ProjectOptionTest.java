package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.testing.Shared;

/** {@code --project DIR} is one global option, taken out of the command line like {@code --debug}. */
class ProjectOptionTest {
    @TempDir
    Path tmp;

    private static GlobalOptions parse(String... argv) {
        return GlobalOptions.parse(argv);
    }

    @Test
    void theGlobalOptionsAreTakenOutWhereverTheyStand() {
        assertEquals(new GlobalOptions(false, "p", List.of("stats", "ru")), parse("--project", "p", "stats", "ru"));
        assertEquals(new GlobalOptions(false, "p", List.of("stats", "ru")), parse("stats", "--project", "p", "ru"));
        assertEquals(new GlobalOptions(true, "my project", List.of("stats")), parse("stats", "--debug", "--project=my project"));
        assertEquals(new GlobalOptions(false, "p", List.of()), parse("--project", "p"));
        assertEquals(new GlobalOptions(false, null, List.of("tm", "lookup", "what --project means")),
                parse("tm", "lookup", "what --project means"));
        assertEquals(new GlobalOptions(false, "p", List.of("stats")), parse("--project", "p", "stats", "--project=p"));
    }

    @Test
    void aMissingOrSecondFolderIsAUsageError() {
        for (String[] argv : List.of(new String[] {"stats", "--project"}, new String[] {"stats", "--project="},
                new String[] {"stats", "--project", "--debug"})) {
            WorkbenchException e = assertThrows(WorkbenchException.class, () -> GlobalOptions.parse(argv));
            assertEquals("--project needs the project's folder: --project DIR", e.getMessage());
        }
        assertEquals("--project is given twice ('a' and 'b')",
                assertThrows(WorkbenchException.class, () -> parse("--project", "a", "stats", "--project", "b")).getMessage());
        Cli.Result r = Cli.run("stats", "--project");
        assertEquals(ExitStatus.USAGE, r.exit(), r.toString());
        assertEquals("workbench: --project needs the project's folder: --project DIR (see 'workbench help')\n", r.err());
    }

    @Test
    void everyFormWorksForACommand() throws IOException {
        Path project = Shared.copyProject(tmp);
        for (List<String> argv : List.of(List.of("--project", project.toString(), "stats", "ru"),
                List.of("stats", "ru", "--project=" + project), List.of("stats", "--project", project.toString(), "--locale", "ru"))) {
            Cli.Result r = Cli.run(argv.toArray(new String[0]));
            assertEquals(ExitStatus.OK, r.exit(), argv + "\n" + r);
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("ru ")), argv + "\n" + r);
        }
    }

    @Test
    void aShellStartedOnAProjectWorksOnItAndALineCannotChangeIt() throws IOException {
        Path project = Shared.copyProject(tmp);
        Path script = Files.writeString(tmp.resolve("session.txt"), "open ru --project " + project + "\nopen ru\nclose\n");
        Cli.Result r = Cli.run("--project", project.toString(), "script", script.toString());
        assertEquals(List.of("workbench: Unrecognised option '--project' (--project is for the whole shell: start it with"
                + " 'workbench --project DIR')"), r.err().lines().toList(), r.toString());
        assertTrue(r.out().contains("opened " + project.resolve("locales/ru/article.xlf")), r.toString());
        assertEquals(ExitStatus.USAGE, r.exit());
    }

    @Test
    void initMakesAProjectAndTakesNoOtherOne() throws IOException {
        Path existing = Shared.copyProject(tmp);
        Cli.Result r = Cli.run("init", tmp.resolve("new").toString(), "--source", Shared.path("source-article.en.txt").toString(),
                "--targets", "ru", "--project", existing.toString());
        assertEquals(ExitStatus.USAGE, r.exit(), r.toString());
        assertEquals("workbench: init makes a new project in DIR; --project names an existing one\n", r.err());
        assertTrue(Files.notExists(tmp.resolve("new")));
    }

    @Test
    void checkReadsEveryDocumentOfEveryLocaleAsTheProjectPairsThem() throws IOException {
        Path second = Files.writeString(tmp.resolve("note.txt"), "Shusha is a city.\n");
        Path dir = tmp.resolve("two");
        Cli.Result init = Cli.run("init", dir.toString(), "--source", Shared.path("source-article.en.txt") + "," + second,
                "--targets", "ru,ka");
        assertEquals(ExitStatus.OK, init.exit(), init.toString());
        assertEquals(ExitStatus.OK, Cli.run("--project", dir.toString(), "extract").exit());
        Files.copy(Shared.projectRoot().resolve("glossary/article.tbx"),
                Files.createDirectories(dir.resolve("glossary")).resolve("article.tbx"));
        Cli.Result r = Cli.run("check", "--project", dir.toString(), "--fail-on", "never");
        assertEquals(ExitStatus.OK, r.exit(), r.toString());
        List<String> files = new ArrayList<>();
        for (String line : r.out().lines().toList()) {
            String file = line.contains(".xlf:") ? line.substring(0, line.indexOf(".xlf:") + 4) : null;
            if (file != null && !files.contains(file)) {
                files.add(file);
            }
        }
        String root = dir.toAbsolutePath().normalize() + "/";
        assertEquals(List.of(root + "locales/ru/source-article.xlf", root + "locales/ru/note.xlf",
                root + "locales/ka/source-article.xlf", root + "locales/ka/note.xlf"), files, r.toString());
    }
}
