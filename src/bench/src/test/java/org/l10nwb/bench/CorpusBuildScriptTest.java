package org.l10nwb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corpus/build.sh} run as its usage shows, with an output path relative to the folder it is
 * run in. The package is a real Debian archive made here with {@code dpkg-deb} from a catalogue
 * compiled with {@code msgfmt} and left in the download folder, so the script finds it there and
 * downloads nothing; {@code dpkg-deb}, {@code msgfmt} and {@code msgunfmt} are what the script
 * itself needs (packages dpkg and gettext).
 */
class CorpusBuildScriptTest {
    private static final Path SCRIPT = Path.of("corpus/build.sh").toAbsolutePath();

    @Test
    void aRelativeOutputPathGivesTheCorpusAndItsPackageList(@TempDir Path dir) throws Exception {
        Path debs = Files.createDirectories(dir.resolve("out/corpus-work/debs"));
        Path pkg = Files.createDirectories(dir.resolve("pkg"));
        Files.createDirectories(pkg.resolve("DEBIAN"));
        Files.writeString(pkg.resolve("DEBIAN/control"), "Package: wb-corpus-test\nVersion: 1.0\nArchitecture: all\n"
                + "Maintainer: nobody <nobody@example.org>\nDescription: a catalogue for the corpus script's test\n");
        Path po = dir.resolve("x.po");
        Files.writeString(po, "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                + "msgid \"The border is closed.\"\nmsgstr \"Граница закрыта.\"\n", StandardCharsets.UTF_8);
        Path mo = Files.createDirectories(pkg.resolve("usr/share/locale/xx/LC_MESSAGES")).resolve("wb-corpus-test.mo");
        assertEquals(0, run(dir, "msgfmt", "-o", mo.toString(), po.toString()));
        assertEquals(0, run(dir, "dpkg-deb", "--root-owner-group", "--build", pkg.toString(),
                debs.resolve("wb-corpus-test_1.0_all.deb").toString()));

        assertEquals(0, run(dir, "sh", SCRIPT.toString(), "xx", "out/xx.tmx", "wb-corpus-test"),
                Files.readString(dir.resolve("log")));
        String tmx = Files.readString(dir.resolve("out/xx.tmx"), StandardCharsets.UTF_8);
        assertTrue(tmx.contains("<seg>The border is closed.</seg></tuv><tuv xml:lang=\"xx\"><seg>Граница закрыта.</seg>"), tmx);
        assertEquals(List.of("Package: wb-corpus-test Version: 1.0"), Files.readAllLines(dir.resolve("out/xx.tmx.packages")));
    }

    /** Runs a command in {@code dir}, its output in {@code dir/log}; its exit code. */
    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log").toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
