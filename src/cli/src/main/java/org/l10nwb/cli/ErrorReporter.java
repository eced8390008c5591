package org.l10nwb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.file.InvalidPathException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.shell.command.CommandParser.CommandParserException;

import org.l10nwb.core.WorkbenchException;

/**
 * Turns every failure of a command into a report on the error stream and an exit code, keeping
 * the kinds of failure apart:
 *
 * <ul>
 * <li>bad usage (Spring Shell's parser) and {@link WorkbenchException} (input that cannot be
 * read or is invalid): one line, prefixed with the file position when there is one, exit
 * {@value ExitStatus#USAGE};
 * <li>anything else is a bug in the workbench: one line that says so and asks for a report,
 * exit {@value ExitStatus#SOFTWARE}.
 * </ul>
 *
 * A stack trace follows only with {@code --debug}. In the shell the session goes on after either.
 */
public final class ErrorReporter implements CommandExceptionResolver {
    private final Console console;
    private final ExitStatus status;

    public ErrorReporter(Console console, ExitStatus status) {
        this.console = console;
        this.status = status;
    }

    @Override
    public CommandHandlingResult resolve(Exception ex) {
        report(ex);
        return CommandHandlingResult.empty();
    }

    /** Reports a failure and raises the exit status accordingly. */
    public void report(Throwable ex) {
        status.raise(report(ex, console.debug(), console::error));
    }

    /**
     * Writes the report of a failure, line by line, and answers its exit code. Also for failures
     * that happen where no console exists yet (while the application starts).
     */
    static int report(Throwable ex, boolean debug, Consumer<String> lines) {
        Throwable e = unwrap(ex);
        int code = ExitStatus.USAGE;
        if (e instanceof CommandParserExceptionsException parse) {
            String msg = parse.getParserExceptions().stream().map(CommandParserException::getMessage)
                    .collect(Collectors.joining("; "));
            // Only a line of the shell or of a script can still hold it: one-shot arguments lose it before parsing.
            boolean project = msg.contains("option '" + GlobalOptions.PROJECT);
            lines.accept("workbench: " + msg + (project ? " (" + GlobalOptions.PROJECT + " is for the whole shell:"
                    + " start it with 'workbench " + GlobalOptions.PROJECT + " DIR')" : " (see 'workbench help')"));
        } else if (e instanceof WorkbenchException w) {
            lines.accept(w.position() == null ? "workbench: " + Remedies.message(w) : Remedies.message(w));
        } else if (e instanceof InvalidPathException p) {
            // A file name the operating system cannot take, as typed by the user.
            lines.accept("workbench: not a valid path: " + p.getMessage());
        } else {
            lines.accept("workbench: internal error: " + oneLine(e) + ". This is a bug in the workbench, not a problem"
                    + " with your input; please report it, with " + (debug ? "this output."
                            : "the output of the same command run with --debug."));
            code = ExitStatus.SOFTWARE;
        }
        if (debug) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            lines.accept(trace.toString().stripTrailing());
        }
        return code;
    }

    private static String oneLine(Throwable e) {
        return String.valueOf(e).replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** The failure itself, out of the wrappers that reflection and Spring Shell put around it. */
    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof UndeclaredThrowableException || t instanceof InvocationTargetException
                || t.getClass().getName().endsWith("CommandExecutionException")) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
