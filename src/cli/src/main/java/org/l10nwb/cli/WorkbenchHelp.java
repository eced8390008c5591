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
 * error it is rather than as an illegal argument (which would be a bug).
 */
public class WorkbenchHelp extends Help implements Help.Command {

    public WorkbenchHelp(TemplateExecutor templateExecutor) {
        super(templateExecutor);
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
        return super.help(command);
    }
}
