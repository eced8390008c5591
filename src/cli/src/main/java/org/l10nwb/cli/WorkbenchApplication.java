package org.l10nwb.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The {@code workbench} command. With arguments it runs one command and exits with its code (0
 * clean, 1 problems found, 2 usage error or unreadable input, 70 a bug in the workbench); without,
 * it opens the interactive shell. {@code --debug} anywhere prints stack traces with errors.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class WorkbenchApplication {

    /** The version from the jar's manifest, or {@code dev} when run from classes. */
    public static String version() {
        String v = WorkbenchApplication.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static void main(String[] argv) {
        System.exit(run(argv));
    }

    /** Runs the workbench and answers its exit code. */
    public static int run(String[] argv) {
        List<String> args = new ArrayList<>();
        boolean debug = false;
        for (String a : argv) {
            if (a.equals("--debug")) {
                debug = true;
            } else {
                args.add(a);
            }
        }
        boolean interactive = args.isEmpty();
        if (!interactive) {
            // No line editing is needed for a single command; a plain terminal also keeps JLine
            // from probing for a console that CI machines do not have.
            System.setProperty("org.jline.terminal.dumb", "true");
        }
        Map<String, Object> props = new HashMap<>();
        props.put("workbench.debug", debug);
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
            // What a command's reporter never saw: a failure to start, or an Error thrown by a command.
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
            return ErrorReporter.report(e, debug, err::println);
        }
    }
}
