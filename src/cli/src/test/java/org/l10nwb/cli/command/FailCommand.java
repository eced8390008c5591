package org.l10nwb.cli.command;

import java.nio.file.Path;

import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;

/**
 * A command that exists only in the tests (found by the command scan on the test class path, and
 * hidden from help): it fails the way it is told, so that every kind of failure can be run
 * through the real command line and shell.
 */
@Command(hidden = true)
public class FailCommand {

    @Command(command = "test-fail", hidden = true, description = "Fails: --kind input, bug or error.")
    public void fail(
            @Option(longNames = "kind", arity = OptionArity.EXACTLY_ONE, required = true) String kind) {
        switch (kind) {
            case "input" -> throw new WorkbenchException(SourcePosition.of(Path.of("locales/ru/article.xlf"), 42, 7),
                    "not well-formed XML: a test's bad input");
            case "bug" -> throw new IllegalStateException("a test's broken invariant");
            case "error" -> throw new AssertionError("a test's assertion inside the workbench");
            default -> throw new WorkbenchException("test-fail: unknown kind '" + kind + "'");
        }
    }
}
