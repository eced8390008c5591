package org.l10nwb.cli;

import java.util.List;

import com.ibm.icu.util.ULocale;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;
import org.springframework.core.annotation.Order;
import org.springframework.shell.InputProvider;
import org.springframework.shell.Shell;
import org.springframework.shell.ShellRunner;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.InteractiveShellRunner;
import org.springframework.shell.jline.PromptProvider;

import org.l10nwb.cli.shell.SegmentPrinter;
import org.l10nwb.cli.shell.SessionHolder;
import org.l10nwb.cli.shell.ShellCompleter;

/**
 * The translator's shell, as Spring Shell's interactive runner runs it, except that a failure the
 * shell lets through (an {@link Error} thrown by a command, which no exception resolver sees) is
 * reported like every other bug and the session goes on at the next prompt instead of ending. It
 * starts with a one-line greeting that says what to type first.
 */
@Order(InteractiveShellRunner.PRECEDENCE - 1)
public final class InteractiveRunner implements ShellRunner {
    private final LineReader lineReader;
    private final PromptProvider promptProvider;
    private final Shell shell;
    private final ShellContext shellContext;
    private final ErrorReporter errors;
    private final Console console;
    private final Projects projects;
    private final SessionHolder sessions;

    public InteractiveRunner(LineReader lineReader, PromptProvider promptProvider, Shell shell, ShellContext shellContext,
            ErrorReporter errors, Console console, Projects projects, SessionHolder sessions) {
        this.sessions = sessions;
        this.console = console;
        this.projects = projects;
        this.lineReader = lineReader;
        this.promptProvider = promptProvider;
        this.shell = shell;
        this.shellContext = shellContext;
        this.errors = errors;
    }

    @Override
    public boolean run(String[] args) throws Exception {
        if (args.length > 0) {
            return false;
        }
        shellContext.setInteractionMode(InteractionMode.INTERACTIVE);
        // one line, wrapped at the terminal's width where it has one (a pipe has none)
        int width = lineReader.getTerminal() == null ? 0 : lineReader.getTerminal().getWidth();
        String greeting = Greeting.line(projects);
        (width > 0 ? SegmentPrinter.wrap(greeting, width, ULocale.ROOT) : List.of(greeting)).forEach(console::println);
        if (lineReader instanceof LineReaderImpl impl && sessions != null) {
            impl.setCompleter(new ShellCompleter(impl.getCompleter(), sessions));
        }
        InputProvider input = new InteractiveShellRunner.JLineInputProvider(lineReader, promptProvider);
        while (true) {
            try {
                shell.run(input);
                return true;
            } catch (Exception | Error e) {
                errors.report(e);
            }
        }
    }
}
