package org.l10nwb.core.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The core speaks its own language: no string of its main code names a command-line option
 * ({@code --glossary}) or a command of the launcher ({@code 'workbench extract'}); it says what
 * the user can do with a {@link org.l10nwb.core.Remedy}, and the command line words it.
 */
class CoreWordingTest {
    /** A string literal: what the compiler keeps, not comments. */
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]+");
    private static final Pattern COMMAND = Pattern.compile("'workbench\\b");

    @Test
    void noOptionOrCommandIsNamedInTheCoresStrings() throws IOException {
        Path main = Path.of("src/main/java");
        assertTrue(Files.isDirectory(main.resolve("org/l10nwb/core")), "run from the core module");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        if (OPTION.matcher(m.group()).find() || COMMAND.matcher(m.group()).find()) {
                            found.add(main.relativize(f) + ":" + (i + 1) + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        assertTrue(OPTION.matcher("\"give --glossary FILE\"").find());
        assertTrue(COMMAND.matcher("\"run 'workbench extract' first\"").find());
        assertTrue(!OPTION.matcher("\"a — dash\"").find() && !OPTION.matcher("\"x-y--\"").find());
    }
}
