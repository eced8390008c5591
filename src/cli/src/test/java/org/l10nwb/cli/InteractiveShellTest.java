package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.Shared;

/**
 * The interactive shell itself (no arguments), in a child process whose standard input is the
 * translator's typing: a bug in a command, even an {@link Error}, is reported and the session goes on.
 */
class InteractiveShellTest {
    private static final String GLOSSARY = Shared.path("terms-devset/glossary.tbx").toString();

    @TempDir
    Path tmp;

    private record Session(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Session shell(List<String> options, String... lines) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp",
                System.getProperty("java.class.path"), WorkbenchApplication.class.getName()));
        command.addAll(options);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // its own state folder, so that the shell's history goes there and not into the developer's
        pb.environment().put("XDG_STATE_HOME", tmp.resolve("state").toString());
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the shell ended");
        return new Session(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aBugIsReportedAndTheSessionGoesOn() throws Exception {
        Session s = shell(List.of(), "test-fail error", "test-fail bug", "term shusha --glossary " + GLOSSARY, "exit");
        List<String> errors = s.err().lines().toList();
        assertEquals(2, errors.size(), s.toString());
        assertTrue(errors.get(0).startsWith("workbench: internal error: java.lang.AssertionError: a test's assertion"
                + " inside the workbench. This is a bug in the workbench"), s.toString());
        assertTrue(errors.get(1).startsWith("workbench: internal error: java.lang.IllegalStateException: a test's broken"
                + " invariant. This is a bug in the workbench"), s.toString());
        assertTrue(s.out().contains("Шуша (preferred)"), "the session went on:\n" + s);
        assertEquals(ExitStatus.SOFTWARE, s.exit(), s.toString());
    }

    @Test
    void startedOnAProjectTheShellWorksOnIt() throws Exception {
        Path project = Shared.copyProject(tmp.resolve("copy"));
        Session s = shell(List.of("--project", project.toString()), "open az", "progress", "exit");
        assertEquals("", s.err(), s.toString());
        // a file of the project, shown relative to the working folder the shell was started in
        assertTrue(s.out().contains("opened copy/project/locales/az/article.xlf (en → az, 58 segments)"), s.toString());
        assertTrue(s.out().contains("locales/az/article.xlf: 100 % done, 58 segments"), s.toString());
        assertEquals(ExitStatus.OK, s.exit(), s.toString());
    }

    @Test
    void helpMentionsTheGlobalOptionsOnce() throws Exception {
        List<String> commands = List.of("help", "help stats", "help check", "help open", "help tm lookup",
                "help review report");
        List<String> lines = new ArrayList<>(commands);
        lines.add("exit");
        Session s = shell(List.of(), lines.toArray(new String[0]));
        assertEquals("", s.err(), s.toString());
        // what each command printed follows the prompt it was typed at
        List<String> outputs = List.of(s.out().split("workbench> ", -1)).subList(1, commands.size() + 1);
        for (int i = 0; i < commands.size(); i++) {
            String out = outputs.get(i);
            assertEquals(1, out.lines().filter(l -> l.contains("--project")).count(), commands.get(i) + ":\n" + out);
            assertTrue(out.contains(i == 0 ? "Global options" : "GLOBAL OPTIONS"), commands.get(i) + ":\n" + out);
        }
        assertTrue(outputs.get(0).contains("pretranslate: Fill untranslated segments"), outputs.get(0));
    }

    @Test
    void theShellGreetsWithTheNextStep() throws Exception {
        Path project = Shared.copyProject(tmp.resolve("copy"));
        Session s = shell(List.of("--project", project.toString()), "exit");
        String greeting = s.out().split("workbench> ", -1)[0].strip();
        assertEquals(1, greeting.lines().count(), s.toString());
        assertTrue(greeting.matches("workbench \\S+: project project \\(en → ka, ru, az\\); type 'open ka' to start"
                + " translating, 'help' for the commands"), greeting);
    }

    @Test
    void helpIsGroupedByWhatTheTranslatorDoes() throws Exception {
        Session s = shell(List.of(), "help", "exit");
        String help = s.out().split("workbench> ", -1)[1];
        for (String[] groupAndCommand : new String[][] {{"Project", "init"}, {"Project", "stats"},
                {"Translating", "open"}, {"Translating", "confirm"}, {"Reviewing", "approve"}, {"Reviewing", "check"},
                {"Reviewing", "review report"}, {"Memory", "tm lookup"}, {"Memory", "pretranslate"},
                {"Glossary", "term"}, {"Glossary", "glossary lint"}}) {
            int group = help.indexOf("\n" + groupAndCommand[0] + "\n");
            assertTrue(group >= 0, groupAndCommand[0] + " in:\n" + help);
            int next = help.indexOf("\n\n", group + 2);
            int command = help.indexOf("\n       " + groupAndCommand[1] + ":", group);
            assertTrue(command > group && (next < 0 || command < next), groupAndCommand[1] + " under "
                    + groupAndCommand[0] + ":\n" + help);
        }
    }

    @Test
    void aMissingOrUnknownOptionIsOnePlainLineOnTheErrorStream() throws Exception {
        Path project = Shared.copyProject(tmp.resolve("copy"));
        Session s = shell(List.of("--project", project.toString()), "tm lookup --text hello", "stats --bogus",
                "goto", "exit");
        List<String> errors = s.err().lines().toList();
        assertEquals(List.of("workbench: tm lookup: the project has 3 target locales (ka, ru, az): say which with"
                + " --locale LOCALE", "workbench: Unrecognised option '--bogus' (see 'workbench help')",
                "workbench: Missing mandatory option '--id', unit id, or unit:segment (see 'workbench help')"), errors,
                s.toString());
        assertFalse(s.out().contains("workbench: "), "no copy on standard output:\n" + s);
        assertFalse(s.out().contains("\u001b") || s.err().contains("\u001b"), "no colour through a pipe:\n" + s);
    }
}
