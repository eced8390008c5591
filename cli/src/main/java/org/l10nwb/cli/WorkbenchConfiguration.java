package org.l10nwb.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.shell.Shell;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.annotation.CommandScan;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.PromptProvider;

import org.l10nwb.core.format.DocumentFormats;

/** Wires the workbench commands to the core and to Spring Shell. */
@Configuration(proxyBeanMethods = false)
@CommandScan(basePackages = "org.l10nwb.cli.command")
public class WorkbenchConfiguration {

    @Bean
    public ExitStatus exitStatus() {
        return new ExitStatus();
    }

    /**
     * Standard streams in one-shot mode; the terminal's writer in the interactive shell, so that
     * output and the prompt do not interleave.
     */
    @Bean
    public Console console(Environment env, ObjectProvider<Terminal> terminal) {
        boolean debug = env.getProperty("workbench.debug", Boolean.class, false);
        boolean interactive = env.getProperty("spring.shell.interactive.enabled", Boolean.class, false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        if (interactive) {
            return new Console(terminal.getObject().writer(), err, debug);
        }
        return new Console(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)), err, debug);
    }

    @Bean
    public ErrorReporter errorReporter(Console console, ExitStatus status) {
        return new ErrorReporter(console, status);
    }

    @Bean
    public OneShotRunner oneShotRunner(Shell shell, ShellContext shellContext, CommandCatalog catalog,
            Console console, ExitStatus status, ErrorReporter errors) {
        return new OneShotRunner(shell, shellContext, catalog, console, status, errors);
    }

    @Bean
    public DocumentFormats documentFormats() {
        return DocumentFormats.load();
    }

    @Bean
    public PromptProvider promptProvider() {
        return () -> new AttributedString("workbench> ", AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }
}
