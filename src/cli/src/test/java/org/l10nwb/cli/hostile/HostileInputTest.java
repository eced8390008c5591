package org.l10nwb.cli.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.l10nwb.cli.Cli;
import org.l10nwb.core.testing.Shared;

/**
 * Hostile input, through the real command line: every case in {@code hostile/cases.tsv} puts one
 * bad file (from {@code hostile/files/}, or made here: a pipe, a device, a link, a file too large,
 * nesting 100,000 deep) in a copy of the project or beside it, runs one command, and asserts its
 * exit code, exactly one line on standard error naming the file, no stack trace and no internal
 * error, and that no file was touched (every file beside and in the project hashed before and
 * after). A generous timeout bounds each run, so that a command that hangs on a pipe fails here
 * instead of hanging the build; it is a bound, not a speed target.
 */
class HostileInputTest {
    private static final Duration BOUND = Duration.ofMinutes(2);

    record Case(String id, String place, String content, String command, int exit, String named) {
        @Override
        public String toString() {
            return id;
        }
    }

    @TempDir
    Path tmp;

    static Stream<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : resource("cases.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String named = f.length > 5 ? f[5] : f[1].startsWith("@") ? f[1].substring(1) : f[1];
            out.add(new Case(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), named));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithOneLineNamingTheFileAndNothingTouched(Case c) throws IOException {
        Path project = Shared.copyProject(tmp);
        if (c.place().startsWith("config/rules.srx")) {
            Files.writeString(project.resolve("workbench.properties"), "segmentation = config/rules.srx\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        Path file = c.place().startsWith("@") ? tmp.resolve(c.place().substring(1)) : project.resolve(c.place());
        Files.createDirectories(file.getParent());
        place(file, c.content());
        List<String> args = new ArrayList<>();
        for (String word : c.command().split(" ")) {
            args.add(word.replace("{file}", file.toString()).replace("{out}", tmp.resolve("out.tbx").toString())
                    .replace("{tmp}", tmp.toString()));
        }
        if (!c.command().startsWith("init")) {
            args.addAll(List.of("--project", project.toString()));
        }
        Map<String, String> before = Trees.snapshot(tmp);

        Cli.Result r = assertTimeoutPreemptively(BOUND, () -> Cli.run(args.toArray(String[]::new)), c.id());

        assertEquals(c.exit(), r.exit(), r.toString());
        // informational notes ("workbench: note: …", such as a language without a spelling
        // dictionary) are not error lines: the error itself must be one line
        List<String> lines = r.err().lines().filter(l -> !l.isBlank() && !l.startsWith("workbench: note: ")).toList();
        assertEquals(1, lines.size(), "one line on standard error\n" + r);
        assertTrue(lines.get(0).contains(c.named()), "the line names " + c.named() + "\n" + r);
        assertFalse(r.err().contains("\tat ") || r.err().contains("internal error") || r.err().contains("Exception"),
                r.toString());
        assertEquals(before, Trees.snapshot(tmp), "no file touched\n" + r);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + name)) {
            if (in == null) {
                throw new IOException("no test resource hostile/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] resourceBytes(String name) throws IOException {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/files/" + name)) {
            if (in == null) {
                throw new IOException("no test resource hostile/files/" + name);
            }
            return in.readAllBytes();
        }
    }

    /** Puts the case's content at {@code file}. */
    private static void place(Path file, String content) throws IOException {
        if (content.startsWith("+")) {
            Files.write(file, resourceBytes(content.substring(1)), StandardOpenOption.APPEND);
        } else if (content.startsWith("sub:")) {
            String[] s = content.substring(4).split("=>", 2);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String changed = text.replaceFirst(java.util.regex.Pattern.quote(s[0]), java.util.regex.Matcher.quoteReplacement(s[1]));
            assertFalse(changed.equals(text), "the substitution applies: " + s[0]);
            Files.writeString(file, changed, StandardCharsets.UTF_8);
        } else if (content.startsWith("gen:")) {
            generate(file, content.substring(4));
        } else {
            Files.deleteIfExists(file);
            Files.write(file, resourceBytes(content));
        }
    }

    private static void generate(Path file, String spec) throws IOException {
        String[] g = spec.split(":", 2);
        String arg = g.length > 1 ? g[1] : "";
        if (!g[0].endsWith("-file")) {
            Files.deleteIfExists(file);
        }
        switch (g[0]) {
            case "fifo" -> run("mkfifo", file.toString());
            case "dir" -> Files.createDirectories(file);
            case "devzero" -> Files.createSymbolicLink(file, Path.of("/dev/zero"));
            case "link-passwd" -> Files.createSymbolicLink(file, Path.of("/etc/passwd"));
            case "missing" -> {
                // nothing there
            }
            case "big-text" -> repeat(file, "", "A paragraph of text that goes on and on about nothing in particular.\n\n",
                    "", megabytes(arg));
            case "big-node" -> repeat(file, xliffHead() + "<trans-unit id=\"1\"><source>", "word ",
                    "</source></trans-unit></body></file></xliff>\n", megabytes(arg));
            case "deep-group" -> nested(file, xliffHead(), "<group>", "</group>", "</body></file></xliff>\n",
                    Integer.parseInt(arg));
            case "deep-g" -> nested(file, xliffHead() + "<trans-unit id=\"1\"><source>", "<g id=\"1\">", "</g>",
                    "</source></trans-unit></body></file></xliff>\n", Integer.parseInt(arg));
            case "deep-tbx" -> nested(file, "<?xml version=\"1.0\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\""
                    + " xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body><conceptEntry id=\"c\">", "<note>", "</note>",
                    "</conceptEntry></body></text></tbx>\n", Integer.parseInt(arg));
            case "deep-tmx" -> nested(file, "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/><body>",
                    "<prop type=\"x\">", "</prop>", "</body></tmx>\n", Integer.parseInt(arg));
            case "big-tbx" -> bigTbx(file, Integer.parseInt(arg));
            case "utf16le" -> Files.write(file, new String(resourceBytes(arg), StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_16LE));
            case "utf16be" -> Files.write(file, new String(resourceBytes(arg), StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_16BE));
            case "utf16bom" -> Files.write(file, ("\uFEFF" + new String(resourceBytes(arg), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_16LE));
            case "utf16le-file" -> Files.write(file, Files.readString(file, StandardCharsets.UTF_8)
                    .getBytes(StandardCharsets.UTF_16LE));
            default -> throw new IllegalArgumentException("no generator " + g[0]);
        }
    }

    private static String xliffHead() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file original=\"locales/en/article.txt\" source-language=\"en\" target-language=\"ru\"><body>";
    }

    private static long megabytes(String arg) {
        return Long.parseLong(arg) << 20;
    }

    private static void repeat(Path file, String head, String unit, String tail, long bytes) throws IOException {
        StringBuilder block = new StringBuilder();
        while (block.length() < 1 << 16) {
            block.append(unit);
        }
        byte[] chunk = block.toString().getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (long n = 0; n < bytes; n += chunk.length) {
                out.write(chunk);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void nested(Path file, String head, String open, String close, String tail, int depth)
            throws IOException {
        StringBuilder sb = new StringBuilder(head);
        sb.append(open.repeat(depth)).append("x").append(close.repeat(depth)).append(tail);
        Files.writeString(file, sb, StandardCharsets.UTF_8);
    }

    private static void bigTbx(Path file, int concepts) throws IOException {
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\""
                    + " xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>\n");
            for (int i = 0; i < concepts; i++) {
                w.write("<conceptEntry id=\"c" + i + "\"><langSec xml:lang=\"en\"><termSec><term>term number " + i
                        + "</term></termSec></langSec><langSec xml:lang=\"ru\"><termSec><term>термин " + i
                        + "</term></termSec></langSec></conceptEntry>\n");
            }
            w.write("</body></text></tbx>\n");
        }
    }

    private static void run(String... command) throws IOException {
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }

    static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }
}
