package org.l10nwb.cli.command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.DirectCommand;
import org.l10nwb.cli.ErrorReporter;
import org.l10nwb.cli.ExitStatus;
import org.l10nwb.cli.GlobalOptions;
import org.l10nwb.cli.Projects;

/**
 * A one-shot {@code check} run without starting Spring Shell, which costs about two seconds of
 * CPU before any command runs (application context, command scanning, the terminal): what CI
 * and a translator's editor wait for at every save.
 *
 * <p>Only command lines whose meaning is plain are taken here: {@code check}, then any paths,
 * then the command's own options, each once with one value that does not begin with a dash
 * ({@code --glossary} as often as wanted), and the flags. Anything else (a path after an option,
 * {@code --path}, an unknown option, a missing value) goes to Spring Shell's parser, so that its
 * wording of usage errors and its reading of unusual lines stay the only ones. Output and exit
 * codes are those of the shell's run of the same command ({@code DirectCheckTest} compares them).
 */
public final class DirectCheck implements DirectCommand {
    private static final Set<String> VALUED = Set.of("--glossary", "--format", "--output", "--fail-on",
            "--target-language");
    private static final Set<String> FLAGS = Set.of("--show-suppressed", "--verbose");

    @Override
    public OptionalInt run(List<String> args, GlobalOptions global) {
        Optional<CheckCommand.Request> request = parse(args);
        return request.isPresent() ? OptionalInt.of(run(request.get(), global)) : OptionalInt.empty();
    }

    /** The request of a plain {@code check} command line, or empty when Spring Shell must read it. */
    public static Optional<CheckCommand.Request> parse(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("check")) {
            return Optional.empty();
        }
        List<String> paths = new ArrayList<>();
        List<String> glossaries = new ArrayList<>();
        String format = "text";
        String output = null;
        String failOn = "error";
        String targetLanguage = null;
        boolean showSuppressed = false;
        boolean verbose = false;
        Set<String> seen = new HashSet<>();
        boolean optionsBegun = false;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.isEmpty()) {
                return Optional.empty();
            }
            if (!a.startsWith("-")) {
                if (optionsBegun) {
                    return Optional.empty();
                }
                paths.add(a);
                continue;
            }
            optionsBegun = true;
            if (FLAGS.contains(a)) {
                if (!seen.add(a)) {
                    return Optional.empty();
                }
                showSuppressed |= a.equals("--show-suppressed");
                verbose |= a.equals("--verbose");
                continue;
            }
            if (!VALUED.contains(a) || i + 1 >= args.size()) {
                return Optional.empty();
            }
            String value = args.get(++i);
            if (value.isEmpty() || value.startsWith("-") || !a.equals("--glossary") && !seen.add(a)) {
                return Optional.empty();
            }
            switch (a) {
                case "--glossary" -> glossaries.add(value);
                case "--format" -> format = value;
                case "--output" -> output = value;
                case "--fail-on" -> failOn = value;
                default -> targetLanguage = value;
            }
        }
        return Optional.of(new CheckCommand.Request(paths, glossaries, format, output, failOn, targetLanguage,
                showSuppressed, verbose));
    }

    /** Runs the check as the one-shot shell would, and answers the exit code. */
    private static int run(CheckCommand.Request request, GlobalOptions global) {
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        Console console = new Console(out, err, global.debug());
        ExitStatus status = new ExitStatus();
        ErrorReporter errors = new ErrorReporter(console, status);
        try {
            new CheckCommand(console, status, new Projects(global.project())).run(request);
        } catch (Exception | Error e) {
            errors.report(e);
        }
        console.flush();
        return status.code();
    }
}
