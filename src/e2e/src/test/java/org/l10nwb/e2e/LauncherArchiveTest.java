package org.l10nwb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.Shared;

/**
 * The launcher's class-data-sharing archive, beside the jar in {@code src/cli/target/cds}, never
 * changes what a command does: a first run records it, and a damaged, removed, mismatched or
 * unwritable one gives the same output and exit code as a run without sharing (and nothing on
 * standard error), and is recorded anew where it can be. The real
 * launcher, Java and the application the build just made, run in a copy of the tree's layout
 * (the launcher beside the jar and its libraries, and this repository's project), so that the
 * repository's own launcher state is left alone.
 */
class LauncherArchiveTest {
    @TempDir
    Path root;
    private Path target;

    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void layOut() throws IOException {
        Path real = Shared.projectRoot();
        Files.copy(real.resolve("workbench"), root.resolve("workbench"));
        Files.setPosixFilePermissions(root.resolve("workbench"), PosixFilePermissions.fromString("rwxr-xr-x"));
        target = root.resolve("src/cli/target");
        Files.createDirectories(target);
        Files.copy(real.resolve("src/cli/target/workbench.jar"), target.resolve("workbench.jar"));
        Files.createDirectories(target.resolve("lib"));
        try (Stream<Path> libs = Files.list(real.resolve("src/cli/target/lib"))) {
            for (Path lib : libs.toList()) {
                Files.copy(lib, target.resolve("lib").resolve(lib.getFileName()));
            }
        }
        Path project = Shared.copyProject(root);
        for (String name : List.of("workbench.properties", "locales", "glossary")) {
            Files.move(project.resolve(name), root.resolve(name));
        }
    }

    private Run check(String javaOpts) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(root.resolve("workbench").toString(), "check").directory(root.toFile())
                .redirectOutput(root.resolve("out.txt").toFile()).redirectError(root.resolve("err.txt").toFile());
        pb.environment().put("WORKBENCH_SKIP_BUILD", "1");
        pb.environment().put("WORKBENCH_JAVA_OPTS", javaOpts);
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish");
        }
        return new Run(p.exitValue(), Files.readString(root.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(root.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private List<Path> archives() throws IOException {
        Path folder = target.resolve("cds");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }

    @Test
    void aDamagedOrMissingArchiveIsRecordedAnewAndNeverChangesARun() throws Exception {
        Run plain = check("-Xshare:off");
        assertEquals(0, plain.code(), plain.err());
        assertTrue(plain.out().contains("60 translated units checked"), plain.out());

        assertEquals(plain, check(""), "a run with the archive the first run recorded");
        List<Path> archives = archives();
        assertEquals(1, archives.size(), archives.toString());
        Path archive = archives.get(0);
        long size = Files.size(archive);
        assertTrue(size > 1_000_000, "an archive of the application's classes: " + size);

        // damaged after it was recorded: it is tried again, found unusable and recorded anew
        Files.delete(archive);
        Files.writeString(archive, "not an archive");
        assertEquals(plain, check(""));
        assertEquals(List.of(archive), archives());
        assertTrue(Files.size(archive) > 1_000_000, "recorded anew");

        // damaged with an old file time, as if it had been so all along: the JVM passes over it
        Files.delete(archive);
        Files.write(archive, new byte[4096]);
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertEquals(plain, check(""), "an unusable archive costs time, not the run");

        Files.delete(archive);
        assertEquals(plain, check(""), "a removed archive");
        assertTrue(Files.size(archive) > 1_000_000, "recorded anew");
    }

    @Test
    void anArchiveMadeForOtherJarsIsPassedOverInSilence() throws Exception {
        Run plain = check("-Xshare:off");
        assertEquals(0, plain.code(), plain.err());
        assertEquals(plain, check(""), "the run that records the archive");
        assertEquals(1, archives().size());
        // The JVM checks the jars' sizes and times against the archive: a jar touched after the
        // archive was recorded (and after the launcher's stamp) makes it one the JVM refuses.
        Path jar = target.resolve("workbench.jar");
        Files.setLastModifiedTime(jar, FileTime.from(Files.getLastModifiedTime(jar).toInstant().plusSeconds(60)));
        assertEquals(plain, check(""), "a mismatched archive costs time, not the run, and says nothing");
    }

    @Test
    void anArchiveFolderThatCannotBeWrittenOnlyCostsTheArchive() throws Exception {
        // The tests run as root, whom permissions do not stop: a folder where a plain file stands
        // is one that no one can create.
        Files.writeString(target.resolve("cds"), "x");
        Run plain = check("-Xshare:off");
        assertEquals(0, plain.code(), plain.err());
        assertEquals("", plain.err());
        assertEquals(plain, check(""));
        assertEquals(plain, check(""), "and again, without trying to record at every run");
        String stamp = Files.readString(target.resolve(".launcher-stamp"));
        assertTrue(stamp.endsWith("\n-\n"), "no archive to run with: " + stamp);
        assertTrue(plain.out().contains("60 translated units checked"), plain.out());
    }

    @Test
    void aBuildFolderWhereNothingCanBeWrittenRunsWithoutTheArchiveAndSaysNothing() throws Exception {
        // Neither the lock, nor the launcher's stamp, nor the archive's folder can be written
        // (folders, and a file, where they would go), as in a checkout mounted read-only.
        Files.createDirectories(target.resolve(".launcher.lock"));
        Files.createDirectories(target.resolve(".launcher-stamp.tmp"));
        Files.writeString(target.resolve("cds"), "x");
        Run plain = check("-Xshare:off");
        assertEquals(0, plain.code(), plain.err());
        assertEquals("", plain.err());
        assertTrue(plain.out().contains("60 translated units checked"), plain.out());
        assertEquals(plain, check(""));
        assertFalse(Files.exists(target.resolve(".launcher-stamp")));
        assertEquals(List.of(), archives());
    }
}
