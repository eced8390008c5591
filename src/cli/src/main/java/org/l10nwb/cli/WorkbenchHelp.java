package org.l10nwb.cli;

import java.io.IOException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jline.utils.AttributedString;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.standard.commands.Help;
import org.springframework.shell.style.TemplateExecutor;

import org.l10nwb.core.WorkbenchException;

/**
 * Spring Shell's {@code help}, with help for a command that does not exist reported as the usage
 * error it is rather than as an illegal argument (which would be a bug). Run once from the command
 * line ({@code workbench --help}, {@code workbench check -h}) it prints plain text on standard
 * output like every other command, so that it can be piped.
 */
public class WorkbenchHelp extends Help implements Help.Command {
    private final Console console;
    private final boolean interactive;

    public WorkbenchHelp(TemplateExecutor templateExecutor, Console console, boolean interactive) {
        super(templateExecutor);
        this.console = console;
        this.interactive = interactive;
    }

    /** Runs under the registration of {@link Help#help}, whose {@code @ShellMethod} this overrides. */
    @Override
    public AttributedString help(String[] command) throws IOException {
        if (command != null) {
            String name = Stream.of(command).map(String::trim).collect(Collectors.joining(" "));
            CommandRegistration r = getCommandCatalog().getRegistrations().get(name);
            if (r == null || r.isHidden()) {
                throw new WorkbenchException("unknown command '" + name + "' (see 'workbench help')");
            }
        }
        AttributedString text = super.help(command);
        if (interactive || text == null) {
            return text;
        }
        console.out().print(text.toString());
        console.flush();
        return null;
    }
}
