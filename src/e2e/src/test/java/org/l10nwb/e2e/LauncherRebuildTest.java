package org.l10nwb.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.Shared;

/**
 * The real launcher script decides when to rebuild: after a change to any module's POM or main
 * sources at any depth (a language module's declension table included), never for tests or the
 * project's own files. Run here in a copy of the tree's layout whose Maven wrapper and Java only
 * write down that they were called, so that the decision is tested without a two-minute build.
 */
class LauncherRebuildTest {
    @TempDir
    Path root;

    private Path file(String relative) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "x\n");
        return p;
    }

    private void script(String relative, String body) throws IOException {
        Path p = file(relative);
        Files.writeString(p, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs {@code ./workbench stats} and answers how many builds it started (0 or 1). */
    private int run() throws Exception {
        Path log = root.resolve("calls.log");
        Files.deleteIfExists(log);
        ProcessBuilder pb = new ProcessBuilder(root.resolve("workbench").toString(), "stats").directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(root.resolve("out.log").toFile());
        pb.environment().put("JAVA_HOME", root.resolve("jdk").toString());
        pb.environment().remove("WORKBENCH_SKIP_BUILD");
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish");
        }
        assertEquals(0, p.exitValue(), Files.readString(root.resolve("out.log")));
        List<String> calls = Files.exists(log) ? Files.readAllLines(log) : List.of();
        assertEquals("run", calls.get(calls.size() - 1), "the application ran last: " + calls);
        return (int) calls.stream().filter(c -> c.equals("build")).count();
    }

    /** Changes {@code p} now: later than the launcher's stamp (file times have nanoseconds here). */
    private static void touch(Path p) throws IOException {
        Files.setLastModifiedTime(p, FileTime.from(Instant.now()));
    }

    @Test
    void rebuildsAfterAChangeToAnyModulesPomOrMainSourcesOnly() throws Exception {
        Files.copy(Shared.projectRoot().resolve("workbench"), root.resolve("workbench"));
        Files.setPosixFilePermissions(root.resolve("workbench"), PosixFilePermissions.fromString("rwxr-xr-x"));
        script("mvnw", "echo build >> \"$(dirname \"$0\")/calls.log\"\nmkdir -p src/cli/target\n"
                + "touch src/cli/target/workbench.jar");
        script("jdk/bin/java", "case \" $* \" in *ArchiveClassesAtExit*) exit 0 ;; esac\n"
                + "echo run >> \"" + root.resolve("calls.log") + "\"");
        file("pom.xml");
        file(".mvn/wrapper/maven-wrapper.properties");
        file("src/core/pom.xml");
        file("src/core/src/main/java/org/l10nwb/core/A.java");
        Path table = file("src/languages/ru/src/main/resources/org/l10nwb/lang/ru/declension.tsv");
        Path golden = file("src/languages/ru/src/test/resources/wordforms/names.tsv");
        Path modulePom = file("src/languages/ru/pom.xml");
        Path edition = file("locales/ru/article.txt");
        Files.writeString(root.resolve("workbench.properties"), "source-locale = en\n", StandardCharsets.UTF_8);

        assertEquals(1, run(), "the first run builds");
        assertEquals(0, run(), "nothing changed: no build");
        touch(table);
        assertEquals(1, run(), "a language module's data file changed");
        assertEquals(0, run());
        touch(golden);
        touch(edition);
        assertEquals(0, run(), "tests and the project's own files are not the application");
        touch(modulePom);
        assertEquals(1, run(), "a module's POM at depth two changed");
        touch(root.resolve(".mvn/wrapper/maven-wrapper.properties"));
        assertEquals(1, run(), "the wrapper's settings changed");
    }

    @Test
    void aBuildShowsOneLinePerModuleAndAFailedOneItsErrors() throws Exception {
        Files.copy(Shared.projectRoot().resolve("workbench"), root.resolve("workbench"));
        Files.setPosixFilePermissions(root.resolve("workbench"), PosixFilePermissions.fromString("rwxr-xr-x"));
        // stands in for Maven: its module lines among others, then success or failure as asked
        script("mvnw", "echo build >> \"$(dirname \"$0\")/calls.log\"\n"
                + "echo '[INFO] Scanning for projects...'\n"
                + "echo '[INFO] Building Workbench core 0.1.0-SNAPSHOT                            [1/2]'\n"
                + "echo '[INFO] Compiling 200 source files'\n"
                + "echo '[INFO] Building Workbench command line and shell 0.1.0-SNAPSHOT          [2/2]'\n"
                + "if [ -f \"$(dirname \"$0\")/fail\" ]; then echo '[ERROR] Foo.java:[3,1] cannot find symbol'; exit 1; fi\n"
                + "mkdir -p src/cli/target\ntouch src/cli/target/workbench.jar");
        script("jdk/bin/java", "case \" $* \" in *ArchiveClassesAtExit*) exit 0 ;; esac\n"
                + "echo run >> \"" + root.resolve("calls.log") + "\"");
        file("pom.xml");
        file("src/core/src/main/java/org/l10nwb/core/A.java");
        assertEquals(1, run());
        List<String> out = Files.readAllLines(root.resolve("out.log"));
        assertEquals(List.of("workbench: building the application (first run or sources changed; the first build takes"
                + " a few minutes)", "workbench: building [1/2] Workbench core",
                "workbench: building [2/2] Workbench command line and shell"), out);

        file("fail");
        touch(file("src/core/src/main/java/org/l10nwb/core/A.java"));
        ProcessBuilder pb = new ProcessBuilder(root.resolve("workbench").toString(), "stats").directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(root.resolve("out.log").toFile());
        pb.environment().put("JAVA_HOME", root.resolve("jdk").toString());
        pb.environment().remove("WORKBENCH_SKIP_BUILD");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue());
        String failed = Files.readString(root.resolve("out.log"));
        assertTrue(failed.contains("workbench: build failed; the end of the build's output (all of it: "), failed);
        assertTrue(failed.endsWith("[ERROR] Foo.java:[3,1] cannot find symbol\n"), failed);
    }
}
