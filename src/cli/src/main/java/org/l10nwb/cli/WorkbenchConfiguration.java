package org.l10nwb.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.jline.reader.LineReader;
import org.jline.reader.Parser;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.Shell;
import org.springframework.shell.boot.SpringShellProperties;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.annotation.CommandScan;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.completion.CompletionProvider;
import org.springframework.shell.completion.CompletionResolver;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.jline.PromptProvider;
import org.springframework.shell.result.CommandNotFoundMessageProvider;
import org.springframework.shell.style.TemplateExecutor;

import org.l10nwb.cli.shell.SessionHolder;
import org.l10nwb.cli.shell.ShellParser;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.session.TranslationSession;

/** Wires the workbench commands to the core and to Spring Shell. */
@Configuration(proxyBeanMethods = false)
@CommandScan(basePackages = "org.l10nwb.cli.command")
public class WorkbenchConfiguration {

    @Bean
    public ExitStatus exitStatus() {
        return new ExitStatus();
    }

    /** The project of the global {@code --project} option, or of the working folder: the one place commands ask. */
    @Bean
    public Projects projects(Environment env) {
        return new Projects(env.getProperty(WorkbenchApplication.PROJECT_PROPERTY));
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

    /** Before Spring Shell's own resolver, so that usage errors are reported like every other error. */
    @Bean
    @Order(CommandExceptionResolver.DEFAULT_PRECEDENCE - 1)
    public ErrorReporter errorReporter(Console console, ExitStatus status) {
        return new ErrorReporter(console, status);
    }

    /** Spring Shell's help command, with the templates its properties name. */
    @Bean
    public WorkbenchHelp workbenchHelp(ObjectProvider<TemplateExecutor> templates, SpringShellProperties properties,
            Console console, Environment env) {
        WorkbenchHelp help = new WorkbenchHelp(templates.getIfAvailable(), console,
                env.getProperty("spring.shell.interactive.enabled", Boolean.class, false));
        help.setCommandTemplate(properties.getCommand().getHelp().getCommandTemplate());
        help.setCommandsTemplate(properties.getCommand().getHelp().getCommandsTemplate());
        return help;
    }

    /** Spring Shell's script command, reading the file strictly as UTF-8 with one-line errors. */
    @Bean
    @ConditionalOnProperty(name = "spring.shell.command.script.enabled", havingValue = "true", matchIfMissing = true)
    public WorkbenchScript workbenchScript(Parser parser) {
        return new WorkbenchScript(parser);
    }

    /** Spring Shell's history command, writing its file as every other file is written. */
    @Bean
    @ConditionalOnProperty(name = "spring.shell.command.history.enabled", havingValue = "true", matchIfMissing = true)
    public WorkbenchHistory workbenchHistory(org.jline.reader.History lines) {
        return new WorkbenchHistory(lines);
    }

    @Bean
    public OneShotRunner oneShotRunner(Shell shell, ShellContext shellContext, CommandCatalog catalog,
            Console console, ExitStatus status, ErrorReporter errors) {
        return new OneShotRunner(shell, shellContext, catalog, console, status, errors);
    }

    /** The shell when the workbench is started without a command; only then is its line reader made. */
    @Bean
    @ConditionalOnProperty(name = "spring.shell.interactive.enabled", havingValue = "true")
    public InteractiveRunner interactiveRunner(LineReader lineReader, PromptProvider promptProvider, Shell shell,
            ShellContext shellContext, ErrorReporter errors, Console console, Projects projects, SessionHolder sessions) {
        return new InteractiveRunner(lineReader, promptProvider, shell, shellContext, errors, console, projects, sessions);
    }

    @Bean
    public DocumentFormats documentFormats() {
        return DocumentFormats.load();
    }

    /** An unknown command in the shell or in a script: one line like every other error, and exit status 2. */
    @Bean
    public CommandNotFoundMessageProvider commandNotFoundMessageProvider(ExitStatus status) {
        return ctx -> {
            status.raise(ExitStatus.USAGE);
            String word = ctx.commands().isEmpty() ? ctx.text() : ctx.commands().get(0);
            return "workbench: unknown command '" + word + "' (see 'help')";
        };
    }

    /** Free text after t, reject, comment and search is taken as typed, apostrophes and quotes included. */
    @Bean
    @Primary
    public Parser shellParser() {
        return new ShellParser();
    }

    @Bean
    public SessionHolder sessionHolder() {
        return new SessionHolder();
    }

    /** The prompt names the open file's locale and the segment in hand: {@code ru 5:2> }. */
    @Bean
    public PromptProvider promptProvider(SessionHolder sessions) {
        return () -> {
            TranslationSession s = sessions.current();
            String where = s == null ? "workbench" : s.targetLanguage() + " " + s.current().id() + (s.readOnly() ? " (read-only)" : "");
            // JLine drops colours on a dumb terminal or a pipe by itself; NO_COLOR is the user's wish on top
            boolean plain = System.getenv("NO_COLOR") != null || "dumb".equals(System.getenv("TERM"));
            return new AttributedString(where + "> ", plain ? AttributedStyle.DEFAULT
                    : AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
        };
    }

    /**
     * Completes the first positional value of {@code open} and {@code goto} (Spring Shell
     * completes option values only after the option's name): {@code open r<TAB>} gives
     * {@code ru}, {@code goto 5<TAB>} the segments of unit 5. Glossary terms and free text are
     * {@link org.l10nwb.cli.shell.ShellCompleter}'s.
     */
    @Bean
    public CompletionResolver positionalValues(SessionHolder sessions, Projects projects) {
        CompletionProvider open = openTargets(projects);
        CompletionProvider segments = segmentIds(sessions);
        return ctx -> {
            CommandRegistration reg = ctx.getCommandRegistration();
            List<String> words = ctx.getWords();
            int i = ctx.getWordIndex();
            String current = ctx.currentWordUpToCursor();
            if (reg == null || (current != null && current.startsWith("-")) || i < 0 || i > words.size()) {
                return List.of();
            }
            for (int k = 0; k < Math.min(i, words.size()); k++) {
                if (!words.get(k).isEmpty()) {
                    return List.of(); // only the first value; later ones belong to options
                }
            }
            CompletionProvider p = switch (reg.getCommand()) {
                case "open" -> open;
                case "goto" -> segments;
                default -> null;
            };
            return p == null ? List.of() : p.apply(ctx);
        };
    }

    /** Completes {@code open}: the project's target locales and the XLIFF files under its locales folder. */
    @Bean
    public CompletionProvider openTargets(Projects projects) {
        return ctx -> {
            List<CompletionProposal> out = new ArrayList<>();
            Project p;
            try {
                p = projects.projectIfAny();
            } catch (WorkbenchException unreadable) {
                return out; // the command itself will say what is wrong with the project; Tab only proposes nothing
            }
            if (p == null) {
                return out; // nothing to propose outside a project but file names, which the user types
            }
            p.targetLocales().forEach(l -> out.add(new CompletionProposal(l.tag()).description(l.displayName())));
            for (Project.Translation t : p.translations()) {
                if (Files.isRegularFile(t.xliff())) {
                    out.add(new CompletionProposal(Paths2.display(p.display(t.xliff()))));
                }
            }
            return out;
        };
    }

    /** Completes {@code goto}: the segment ids of the open file. */
    @Bean
    public CompletionProvider segmentIds(SessionHolder sessions) {
        return ctx -> {
            TranslationSession s = sessions.current();
            if (s == null) {
                return List.of();
            }
            return s.segments().stream().map(r -> new CompletionProposal(r.id())).toList();
        };
    }
}
