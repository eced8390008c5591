package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.testing.Shared;

/**
 * The three kinds of failure, kept apart: bad usage or input (exit 2, one line with its place), a
 * bug in the workbench (exit 70, one line saying so; the stack trace only with --debug), and the
 * shell going on after either. The failures come from the test-only command {@code test-fail}.
 */
class FailureKindsTest {
    private static final String BUG = "workbench: internal error: java.lang.IllegalStateException: a test's broken"
            + " invariant. This is a bug in the workbench, not a problem with your input; please report it, with the"
            + " output of the same command run with --debug.";

    private static final String GLOSSARY = Shared.path("terms-devset/glossary.tbx").toString();

    @TempDir
    Path tmp;

    @Test
    void badInputIsExitTwoWithOneLineNamingItsPlace() {
        Cli.Result r = Cli.run("test-fail", "input");
        assertEquals(ExitStatus.USAGE, r.exit(), r.toString());
        assertEquals("locales/ru/article.xlf:42:7: not well-formed XML: a test's bad input\n", r.err(), r.toString());
    }

    @Test
    void aBugIsExitSeventyWithOneLineAskingForAReportAndNoStackTrace() {
        Cli.Result r = Cli.run("test-fail", "bug");
        assertEquals(ExitStatus.SOFTWARE, r.exit(), r.toString());
        assertEquals(BUG + "\n", r.err(), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
    }

    @Test
    void withDebugABugComesWithItsStackTrace() {
        Cli.Result r = Cli.run("--debug", "test-fail", "bug");
        assertEquals(ExitStatus.SOFTWARE, r.exit(), r.toString());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith("workbench: internal error: java.lang.IllegalStateException: a test's broken"
                + " invariant. This is a bug in the workbench"), r.toString());
        assertTrue(lines.get(0).endsWith("please report it, with this output."), r.toString());
        assertTrue(r.err().contains("\tat org.l10nwb.cli.command.FailCommand.fail("), r.toString());
    }

    @Test
    void anErrorThrownByACommandIsABugToo() {
        Cli.Result r = Cli.run("test-fail", "error");
        assertEquals(ExitStatus.SOFTWARE, r.exit(), r.toString());
        assertEquals(1, r.errLines(), r.toString());
        assertTrue(r.err().startsWith("workbench: internal error: java.lang.AssertionError: a test's assertion inside the"
                + " workbench. This is a bug in the workbench"), r.toString());
        Cli.Result debug = Cli.run("test-fail", "error", "--debug");
        assertEquals(ExitStatus.SOFTWARE, debug.exit(), debug.toString());
        assertTrue(debug.err().contains("\tat org.l10nwb.cli.command.FailCommand.fail("), debug.toString());
    }

    @Test
    void inTheShellBothAreReportedTheSameWayAndTheSessionGoesOn() throws IOException {
        Path script = Files.writeString(tmp.resolve("session.txt"), "test-fail bug\ntest-fail input\nterm shusha --glossary "
                + GLOSSARY + "\n");
        Cli.Result r = Cli.run("script", script.toString());
        assertEquals(List.of(BUG, "locales/ru/article.xlf:42:7: not well-formed XML: a test's bad input"),
                r.err().lines().toList(), r.toString());
        assertTrue(r.out().contains("Шуша (preferred)"), "the line after the failures ran:\n" + r);
        assertEquals(ExitStatus.SOFTWARE, r.exit(), "the worst failure decides the exit status");
    }

    @Test
    void usageErrorsOfTheParserAreOneLineOnTheErrorStreamOnly() throws IOException {
        Cli.Result r = Cli.run("stats", "--locale");
        assertEquals(ExitStatus.USAGE, r.exit(), r.toString());
        assertEquals("workbench: Not enough arguments for option 'locale', requires at least '1' (see 'workbench help')\n",
                r.err(), r.toString());
        assertEquals("", r.out(), r.toString());

        Path script = Files.writeString(tmp.resolve("session.txt"), "stats --locale\n");
        Cli.Result shell = Cli.run("script", script.toString());
        assertEquals(ExitStatus.USAGE, shell.exit(), shell.toString());
        assertEquals(r.err(), shell.err(), shell.toString());
    }

    @Test
    void helpForACommandThatDoesNotExistIsAUsageError() {
        Cli.Result r = Cli.run("help", "frobnicate");
        assertEquals(ExitStatus.USAGE, r.exit(), r.toString());
        assertEquals("workbench: unknown command 'frobnicate' (see 'workbench help')\n", r.err(), r.toString());
        assertEquals(ExitStatus.USAGE, Cli.run("help", "test-fail").exit(), "a hidden command has no help");
        assertEquals(ExitStatus.OK, Cli.run("help", "glossary", "lint").exit());
    }

    @Test
    void theShellsOwnFileCommandsReportBadFilesAsInput() throws IOException {
        Path missing = tmp.resolve("missing.txt");
        Cli.Result r = Cli.run("script", missing.toString());
        assertEquals(ExitStatus.USAGE, r.exit(), r.toString());
        assertEquals(missing + ": no such file\n", r.err(), r.toString());

        Path latin1 = Files.write(tmp.resolve("latin1.txt"), new byte[] {'t', 'e', 'r', 'm', ' ', 'c', 'a', 'f', (byte) 0xE9, '\n'});
        Cli.Result l = Cli.run("script", latin1.toString());
        assertEquals(ExitStatus.USAGE, l.exit(), l.toString());
        assertTrue(l.err().startsWith(latin1 + ":1:9: not valid UTF-8"), l.toString());

        Path folder = Files.createDirectories(tmp.resolve("a-folder"));
        Cli.Result h = Cli.run("history", "--file", folder.toString());
        assertEquals(ExitStatus.USAGE, h.exit(), h.toString());
        assertEquals(1, h.errLines(), h.toString());
        assertTrue(h.err().startsWith(folder + ": cannot write: "), h.toString());
    }

    @Test
    void theReporterLooksThroughReflectionsWrappers() {
        List<String> lines = new ArrayList<>();
        int code = ErrorReporter.report(new InvocationTargetException(new WorkbenchException("a user error")), false,
                lines::add);
        assertEquals(ExitStatus.USAGE, code);
        assertEquals(List.of("workbench: a user error"), lines);
        lines.clear();
        assertEquals(ExitStatus.SOFTWARE, ErrorReporter.report(new NullPointerException("line one\nline two"), false,
                lines::add));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("workbench: internal error: java.lang.NullPointerException: line one line two."),
                lines.toString());
    }
}
