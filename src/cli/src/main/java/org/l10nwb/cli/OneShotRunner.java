package org.l10nwb.cli;

import java.util.Arrays;
import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.shell.Input;
import org.springframework.shell.InputProvider;
import org.springframework.shell.Shell;
import org.springframework.shell.ShellRunner;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.NonInteractiveShellRunner;

/**
 * Runs the command given on the command line once and records its exit code.
 *
 * <p>Unlike Spring Shell's own non-interactive runner, the arguments reach the command exactly as
 * the operating system passed them (that runner joins and re-parses them, which mangles quotes in
 * translations), an unknown command is a usage error on the error stream, and every failure is
 * reported by {@link ErrorReporter}: a stack trace only with {@code --debug}.
 */
@Order(NonInteractiveShellRunner.PRECEDENCE - 1)
public final class OneShotRunner implements ShellRunner {
    private final Shell shell;
    private final ShellContext shellContext;
    private final CommandCatalog catalog;
    private final Console console;
    private final ExitStatus status;
    private final ErrorReporter errors;

    public OneShotRunner(Shell shell, ShellContext shellContext, CommandCatalog catalog, Console console,
            ExitStatus status, ErrorReporter errors) {
        this.shell = shell;
        this.shellContext = shellContext;
        this.catalog = catalog;
        this.console = console;
        this.status = status;
        this.errors = errors;
    }

    @Override
    public boolean run(String[] args) {
        if (args.length == 0) {
            return false;
        }
        // A script runs its lines as the shell would: a failing line is reported and the next one runs.
        shellContext.setInteractionMode(args[0].equals("script") ? InteractionMode.INTERACTIVE : InteractionMode.NONINTERACTIVE);
        if (!isCommand(args)) {
            console.error("workbench: unknown command '" + args[0] + "' (see 'workbench help')");
            status.raise(ExitStatus.USAGE);
            return true;
        }
        List<String> words = List.copyOf(Arrays.asList(args));
        try {
            shell.run(new InputProvider() {
                private boolean done;

                @Override
                public Input readInput() {
                    if (done) {
                        return null;
                    }
                    done = true;
                    return new Input() {
                        @Override
                        public String rawText() {
                            return String.join(" ", words);
                        }

                        @Override
                        public List<String> words() {
                            return words;
                        }
                    };
                }
            });
        } catch (Exception | Error e) {
            // What the shell lets through (an Error thrown by a command, a failure of a result handler):
            // reported by kind like everything else, a bug as a bug.
            errors.report(e);
        }
        console.flush();
        return true;
    }

    /** Whether the arguments start with a registered command (commands may have several words). */
    private boolean isCommand(String[] args) {
        StringBuilder prefix = new StringBuilder();
        for (String a : args) {
            if (a.startsWith("-")) {
                break;
            }
            if (prefix.length() > 0) {
                prefix.append(' ');
            }
            prefix.append(a);
            String p = prefix.toString();
            boolean known = catalog.getRegistrations().values().stream().anyMatch(r -> r.getCommand().equals(p)
                    || r.getAliases().stream().anyMatch(al -> al.getCommand().equals(p)));
            if (known) {
                return true;
            }
        }
        return false;
    }
}
