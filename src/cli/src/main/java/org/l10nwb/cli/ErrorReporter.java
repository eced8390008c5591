package org.l10nwb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Collectors;

import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.shell.command.CommandParser.CommandParserException;

import org.l10nwb.core.WorkbenchException;

/**
 * Turns every failure of a command into one line on the error stream and an exit code: user
 * errors and bad usage are 2, with the file position when there is one. A stack trace is printed
 * only with {@code --debug}.
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
        Throwable e = unwrap(ex);
        if (e instanceof CommandParserExceptionsException parse) {
            String msg = parse.getParserExceptions().stream().map(CommandParserException::getMessage)
                    .collect(Collectors.joining("; "));
            console.error("workbench: " + msg + " (see 'workbench help')");
        } else if (e instanceof WorkbenchException w) {
            console.error(w.position() == null ? "workbench: " + w.getMessage() : w.getMessage());
        } else if (e instanceof IllegalArgumentException) {
            console.error("workbench: " + e.getMessage());
        } else {
            console.error("workbench: internal error: " + e + (console.debug() ? "" : " (run with --debug for details)"));
        }
        if (console.debug()) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            console.error(trace.toString().stripTrailing());
        }
        status.raise(ExitStatus.USAGE);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.lang.reflect.UndeclaredThrowableException
                || t instanceof java.lang.reflect.InvocationTargetException
                || t.getClass().getName().endsWith("CommandExecutionException")) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
