package org.l10nwb.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import org.l10nwb.core.WorkbenchException;

/**
 * The {@code workbench} command. With arguments it runs one command and exits with its code (0
 * clean, 1 problems found, 2 usage error or unreadable input, 70 a bug in the workbench); without,
 * it opens the interactive shell. The global options ({@link GlobalOptions}) may stand anywhere:
 * {@code --debug} prints stack traces with errors, {@code --project DIR} names the project for the
 * command or for the whole shell.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class WorkbenchApplication {
    /** The property holding the folder of the global {@code --project} option, when it was given. */
    public static final String PROJECT_PROPERTY = "workbench.project";
    /** The core's property naming where spelling answers are remembered between runs. */
    private static final String SPELLING_CACHE = "workbench.spelling.cache";

    /** The version from the jar's manifest, or {@code dev} when run from classes. */
    public static String version() {
        String v = WorkbenchApplication.class.getPackage().getImplementationVersion();
        return v == null ? BuildInfo.load().version() : v;
    }

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    /** Runs the workbench and answers its exit code. */
    public static int run(String[] argv) {
        return run(argv, true);
    }

    /**
     * Runs the workbench; {@code direct} lets a plain one-shot {@code check} run without Spring
     * Shell ({@link DirectCommand}), which the tests turn off to compare the two.
     */
    static int run(String[] argv, boolean direct) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        GlobalOptions global;
        try {
            global = GlobalOptions.parse(argv);
        } catch (WorkbenchException e) {
            err.println("workbench: " + e.getMessage() + " (see 'workbench help')");
            return ExitStatus.USAGE;
        }
        if (global.version()) {
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            BuildInfo.load().describe().forEach(out::println);
            out.flush();
            return ExitStatus.OK;
        }
        List<String> args = global.command();
        if (!args.isEmpty() && args.get(0).equals("merge-driver")) {
            return org.l10nwb.cli.team.MergeDriver.run(args.subList(1, args.size()), err);
        }
        if (System.getProperty(SPELLING_CACHE) == null) {
            // the spelling dictionaries' answers between runs (-Dworkbench.spelling.cache= turns it off)
            System.setProperty(SPELLING_CACHE, StateFolder.cacheFromEnvironment().resolve("spelling").toString());
        }
        if (direct) {
            for (DirectCommand command : java.util.ServiceLoader.load(DirectCommand.class,
                    WorkbenchApplication.class.getClassLoader())) {
                java.util.OptionalInt code = command.run(args, global);
                if (code.isPresent()) {
                    return code.getAsInt();
                }
            }
        }
        boolean debug = global.debug();
        boolean interactive = args.isEmpty();
        if (!interactive) {
            // No line editing is needed for a single command; a plain terminal also keeps JLine
            // from probing for a console that CI machines do not have.
            System.setProperty("org.jline.terminal.dumb", "true");
        }
        Map<String, Object> props = new HashMap<>();
        props.put("workbench.debug", debug);
        if (global.project() != null) {
            props.put(PROJECT_PROPERTY, global.project());
        }
        props.put("spring.shell.history.name", StateFolder.fromEnvironment().resolve("history").toString());
        props.put("spring.shell.interactive.enabled", interactive);
        props.put("spring.shell.noninteractive.enabled", false);
        props.put("spring.main.log-startup-info", false);
        SpringApplication app = new SpringApplication(WorkbenchApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(props);
        try (ConfigurableApplicationContext ctx = app.run(args.toArray(new String[0]))) {
            return ctx.getBean(ExitStatus.class).code();
        } catch (RuntimeException | Error e) {
            // What no runner reported: a failure to start the application.
            return ErrorReporter.report(e, debug, err::println);
        }
    }
}
