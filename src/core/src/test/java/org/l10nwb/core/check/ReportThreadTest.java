package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.lang.Languages;

/**
 * The report of a streamed check is written on a thread of its own ({@link ReportThread}): the
 * sink gets every call, in order, off the checking thread; what it throws reaches the caller of
 * {@link CheckStream#check} after the calls before it, and a failure stops the check instead of
 * being lost.
 */
class ReportThreadTest {
    @TempDir
    Path dir;

    private static CheckResult.UnitResult result(String id) {
        return new CheckResult.UnitResult(id, SourcePosition.of(Path.of("a.xlf")), true, List.of(), "source " + id);
    }

    /** Records the calls and the threads they came on; throws at the {@code failAt}th unit (0: never). */
    private static final class Recording implements CheckStream.Sink {
        final List<String> calls = new ArrayList<>();
        final List<String> threads = new ArrayList<>();
        final int failAt;

        Recording(int failAt) {
            this.failAt = failAt;
        }

        @Override
        public void file(Path file, String sourceLanguage, String targetLanguage) {
            calls.add("file " + file + " " + targetLanguage);
            threads.add(Thread.currentThread().getName());
        }

        @Override
        public void unit(CheckResult.UnitResult unit) {
            if (calls.size() + 1 == failAt) {
                throw new UncheckedIOException(new IOException("disk full"));
            }
            calls.add("unit " + unit.unitId());
            threads.add(Thread.currentThread().getName());
        }
    }

    @Test
    void everyCallReachesTheSinkInOrderOnTheReportsThread() {
        Recording sink = new Recording(0);
        List<String> expected = new ArrayList<>();
        try (ReportThread report = new ReportThread(sink)) {
            for (int f = 0; f < 5; f++) {
                report.file(Path.of("f" + f), "en", "ru");
                expected.add("file f" + f + " ru");
                for (int b = 0; b < 20; b++) {
                    List<CheckResult.UnitResult> batch = new ArrayList<>();
                    for (int u = 0; u < 7; u++) {
                        String id = f + "." + b + "." + u;
                        batch.add(result(id));
                        expected.add("unit " + id);
                    }
                    report.units(batch);
                }
            }
        }
        assertEquals(expected, sink.calls);
        assertTrue(sink.threads.stream().allMatch("check-report"::equals), sink.threads.toString());
        assertNotEquals("check-report", Thread.currentThread().getName());
    }

    @Test
    void whatTheSinkThrowsReachesTheCheckerAfterTheCallsBeforeIt() {
        Recording sink = new Recording(4);
        ReportThread report = new ReportThread(sink);
        report.file(Path.of("a"), "en", "ru");
        report.units(List.of(result("1"), result("2"), result("3"), result("4")));
        RuntimeException thrown = assertThrows(UncheckedIOException.class, () -> {
            for (int i = 0; i < 1000; i++) { // the failure shows at a later hand-over, or at close
                report.units(List.of(result("x" + i)));
            }
            report.close();
        });
        assertEquals("disk full", thrown.getCause().getMessage());
        assertEquals(List.of("file a ru", "unit 1", "unit 2"), sink.calls);
        // closed again (as try-with-resources does after a failure): the same failure, not a hang
        assertSame(thrown, assertThrows(UncheckedIOException.class, () -> {
            report.units(List.of(result("late")));
        }));
    }

    private Path write(String name, String body) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + "<file original=\"a.txt\" datatype=\"plaintext\" source-language=\"en\" target-language=\"ru\"><body>"
                + body + "</body></file></xliff>", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void aReportThatCannotBeWrittenFailsTheStreamedCheck() throws IOException {
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            units.append("<trans-unit id=\"u").append(i).append("\"><source>Save the file ").append(i)
                    .append("</source><target>Сохранить файл ").append(i).append("</target></trans-unit>");
        }
        Path x = write("a.xlf", units.toString());
        CheckService service = new CheckService(new Glossary(List.of(), "en", List.of()), Languages.installed(),
                CheckConfig.defaults());
        CheckStream stream = new CheckStream(service, InputLimits.DEFAULTS, null, 4);
        assertTrue(stream.learn(List.of(x)).isEmpty());
        Recording sink = new Recording(10);
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> stream.check(Suppressions.forFiles(stream.readable()), sink));
        assertEquals("disk full", e.getCause().getMessage());
        assertEquals(9, sink.calls.size()); // the header and the eight units before the one that failed
        assertEquals("unit u7", sink.calls.get(8));
    }
}
