package org.l10nwb.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.SignOffLog;
import org.l10nwb.core.xliff.XliffReader;

/**
 * Several files written as one change, and the sign-off log written with the XLIFF it records:
 * real processes stopped dead at each point of a commit, and at random moments.
 */
class FileCommitTest {
    private static final String XLIFF = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
             <file original="a.txt" datatype="plaintext" source-language="en" target-language="ru">
              <body>
            %s  </body>
             </file>
            </xliff>
            """;

    @TempDir
    Path dir;

    private Path xliff(int units) throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= units; i++) {
            body.append("   <trans-unit id=\"").append(i).append("\" xml:space=\"preserve\">\n")
                    .append("    <source>Shusha fell ").append(i).append(" times.</source>\n")
                    .append("    <target xml:lang=\"ru\" state=\"translated\">Шуша пала ").append(i)
                    .append(" раз.</target>\n   </trans-unit>\n");
        }
        Path file = dir.resolve("a.xlf");
        Files.writeString(file, XLIFF.formatted(body), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void severalFilesAreWrittenAsOneChange() throws IOException {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "old a");
        Map<Path, byte[]> writes = new LinkedHashMap<>();
        writes.put(a, "new a".getBytes(StandardCharsets.UTF_8));
        writes.put(b, "new b".getBytes(StandardCharsets.UTF_8));
        FileCommit.commit(writes);
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
        assertEquals(List.of("a.txt", "b.txt"), names());
    }

    @Test
    void aCrashAfterTheXliffWasWrittenIsFinishedBeforeTheLogIsRead() throws Exception {
        Path file = xliff(3);
        assertEquals(137, ChildJvm.await(ChildJvm.start(CrashingReviewApply.class, dir.resolve("child.log"),
                file.toString(), "first")));
        // The process died between the two renames: the XLIFF is new, the log not there yet.
        assertTrue(new XliffReader().read(file).units().stream().allMatch(u -> u.state().isSignedOff()));
        assertFalse(Files.exists(SignOffLog.fileFor(file)), "the log was not written when the process died");
        assertTrue(FileCommit.interrupted(file));
        // Whoever reads the log next finishes the change: both agree.
        SignOffLog log = SignOffLog.of(file);
        for (TransUnit u : new XliffReader().read(file).units()) {
            assertNotNull(log.get(u.id()), "unit " + u.id() + " signed off in the XLIFF and in the log");
        }
        assertFalse(FileCommit.interrupted(file));
        assertEquals(List.of("a.signoff.json", "a.xlf", "child.log"), names());
    }

    @Test
    void aCrashBeforeTheCommitPointLeavesBothAsTheyWere() throws Exception {
        Path file = xliff(3);
        byte[] before = Files.readAllBytes(file);
        assertEquals(137, ChildJvm.await(ChildJvm.start(CrashingReviewApply.class, dir.resolve("child.log"),
                file.toString(), "staged")));
        assertTrue(SignOffLog.of(file).isEmpty());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file));
        assertFalse(FileCommit.interrupted(file));
        // The next apply goes through and is whole.
        assertEquals(0, ChildJvm.await(ChildJvm.start(CrashingReviewApply.class, dir.resolve("child.log"),
                file.toString(), "never")));
        assertConsistent(file);
    }

    @Test
    void killedAtRandomMomentsTheXliffAndTheLogAlwaysAgree() throws Exception {
        Path file = xliff(400);
        byte[] fresh = Files.readAllBytes(file);
        long start = System.nanoTime();
        assertEquals(0, ChildJvm.await(ChildJvm.start(CrashingReviewApply.class, dir.resolve("child.log"),
                file.toString(), "never")));
        long runMillis = (System.nanoTime() - start) / 1_000_000;
        Random random = new Random(20261201);
        int killedMidway = 0;
        for (int round = 0; round < 12; round++) {
            Files.write(file, fresh);
            Files.deleteIfExists(SignOffLog.fileFor(file));
            Process p = ChildJvm.start(CrashingReviewApply.class, dir.resolve("child.log"), file.toString(), "never");
            Thread.sleep((long) (runMillis * (0.3 + 0.8 * random.nextDouble())));
            p.destroyForcibly(); // SIGKILL
            p.waitFor();
            killedMidway += p.exitValue() == 0 ? 0 : 1;
            assertConsistent(file);
        }
        System.out.println("review apply killed with SIGKILL in " + killedMidway + " of 12 runs (a run takes "
                + runMillis + " ms); the XLIFF and the sign-off log agreed after every one");
    }

    /** Every unit signed off in the XLIFF is in the log, and nothing else is. */
    private static void assertConsistent(Path file) {
        SignOffLog log = SignOffLog.of(file);
        for (TransUnit u : new XliffReader().read(file).units()) {
            boolean signedOff = u.state() != null && u.state().isSignedOff();
            assertEquals(signedOff, log.get(u.id()) != null, "unit " + u.id() + ": XLIFF and sign-off log agree");
        }
    }

    @Test
    void aCommandThatChangesSeveralFilesLocksThemAllOrNone() throws IOException {
        Path a = dir.resolve("a.xlf");
        Path b = dir.resolve("b.xlf");
        Files.writeString(a, "a");
        Files.writeString(b, "b");
        try (EditLock held = EditLock.tryAcquire(b)) {
            FileHeldException e = assertThrows(FileHeldException.class, () -> LockedUpdate.lockAll(List.of(a, b)));
            assertEquals(b, e.file());
            assertTrue(e.holder().contains("(pid " + ProcessHandle.current().pid()), e.holder());
            try (EditLock free = EditLock.tryAcquire(a)) {
                assertNotNull(free, "the lock taken before the refusal was given back");
            }
        }
        try (LockedUpdate.Locks both = LockedUpdate.lockAll(List.of(a, b))) {
            LockedUpdate.applyHolding(both.of(a), w -> w.put(a, "A".getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals("A", Files.readString(a));
    }

    @Test
    void aWriterThatFindsTheFileHeldWritesNothing() throws IOException {
        Path a = dir.resolve("a.xlf");
        Files.writeString(a, "mine");
        try (EditLock held = EditLock.tryAcquire(a)) {
            assertThrows(FileHeldException.class, () -> LockedUpdate.apply(a,
                    w -> w.put(a, "theirs".getBytes(StandardCharsets.UTF_8))));
        }
        assertEquals("mine", Files.readString(a));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }
}
