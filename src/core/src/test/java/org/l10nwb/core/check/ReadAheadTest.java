package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xliff.XliffDocuments;
import org.l10nwb.core.xliff.XliffReader;

class ReadAheadTest {
    @TempDir
    Path dir;

    private Path xliff(String name, int files, int units, boolean broken) throws Exception {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n");
        for (int f = 0; f < files; f++) {
            s.append("<file original=\"f").append(f).append("\" source-language=\"en\" target-language=\"ru\""
                    + " datatype=\"plaintext\"><body>\n");
            for (int u = 0; u < units; u++) {
                s.append("<trans-unit id=\"u").append(u).append("\"><source>word ").append(u)
                        .append("</source><target>слово ").append(u).append("</target></trans-unit>\n");
                if (broken && f == files - 1 && u == units / 2) {
                    s.append("<trans-unit id=\"bad\"><source>no end</target></trans-unit>\n");
                }
            }
            s.append("</body></file>\n");
        }
        Path p = dir.resolve(name);
        Files.writeString(p, s.append("</xliff>\n"));
        return p;
    }

    /** Records the calls a sink gets: "file f0", "unit u3 слово 3", and what was thrown at the end. */
    private static final class Calls implements XliffReader.Units {
        final List<String> seen = new ArrayList<>();
        int failAfter = Integer.MAX_VALUE;

        @Override
        public void file(XliffFile header) {
            seen.add("file " + header.original() + " " + header.targetLanguage());
        }

        @Override
        public void unit(TransUnit unit) {
            if (seen.size() >= failAfter) {
                throw new IllegalStateException("sink stops");
            }
            seen.add("unit " + unit.id() + " " + unit.target().joined().plainText());
        }
    }

    private static final InputLimits LIMITS = InputLimits.fromSettings(Map.of(), Path.of("."));

    @Test
    void theSinkGetsWhatThePlainStreamGivesInOrderWithTheSameChecksum() throws Exception {
        Path x = xliff("many.xlf", 3, 1_000, false);
        Calls plain = new Calls();
        long crc = XliffDocuments.stream(x, LIMITS, plain, XliffDocuments.NOT_READ);
        Calls ahead = new Calls();
        assertEquals(crc, ReadAhead.stream(x, LIMITS, ahead, XliffDocuments.NOT_READ));
        assertEquals(plain.seen, ahead.seen);
        assertEquals(3_003, ahead.seen.size());
        assertEquals(crc, ReadAhead.stream(x, LIMITS, new Calls(), crc), "the second read of the same bytes");
    }

    @Test
    void theChecksumIsOfTheWholeFileWhateverFollowsTheRoot() throws Exception {
        Path x = xliff("trailing.xlf", 1, 10, false);
        long bare = XliffDocuments.stream(x, LIMITS, new Calls(), XliffDocuments.NOT_READ);
        java.util.zip.CRC32C whole = new java.util.zip.CRC32C();
        whole.update(Files.readAllBytes(x));
        assertEquals(whole.getValue(), bare);
        Files.writeString(x, Files.readString(x) + "<!-- after the root -->\n\n", java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        whole.reset();
        whole.update(Files.readAllBytes(x));
        assertEquals(whole.getValue(), XliffDocuments.stream(x, LIMITS, new Calls(), XliffDocuments.NOT_READ));
    }

    @Test
    void aFileChangedSinceTheFirstReadIsRefusedByTheSecond() throws Exception {
        Path x = xliff("changed.xlf", 1, 100, false);
        long first = ReadAhead.stream(x, LIMITS, new Calls(), XliffDocuments.NOT_READ);
        Files.writeString(x, Files.readString(x).replace("слово 7<", "слово 8<"));
        WorkbenchException thrown = assertThrows(WorkbenchException.class,
                () -> ReadAhead.stream(x, LIMITS, new Calls(), first));
        assertTrue(thrown.getMessage().endsWith("changed while it was being checked; check it again"), thrown.getMessage());
    }

    @Test
    void whatReadingThrowsComesAfterTheUnitsReadBeforeIt() throws Exception {
        Path x = xliff("broken.xlf", 2, 1_000, true);
        Calls plain = new Calls();
        WorkbenchException expected = assertThrows(WorkbenchException.class,
                () -> XliffDocuments.stream(x, LIMITS, plain, XliffDocuments.NOT_READ));
        Calls ahead = new Calls();
        WorkbenchException thrown = assertThrows(WorkbenchException.class,
                () -> ReadAhead.stream(x, LIMITS, ahead, XliffDocuments.NOT_READ));
        assertEquals(expected.getMessage(), thrown.getMessage());
        assertEquals(plain.seen, ahead.seen);
        assertTrue(ahead.seen.size() > 1_000, ahead.seen.size() + " calls");
    }

    private static boolean reading() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("xliff-read-ahead") && t.isAlive());
    }

    @Test
    void whatTheSinkThrowsStopsTheReading() throws Exception {
        Path x = xliff("stopped.xlf", 4, 2_000, false);
        Calls ahead = new Calls();
        ahead.failAfter = 300;
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> ReadAhead.stream(x, LIMITS, ahead, XliffDocuments.NOT_READ));
        assertEquals("sink stops", thrown.getMessage());
        assertEquals(300, ahead.seen.size());
        long until = System.nanoTime() + 5_000_000_000L;
        while (reading() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertTrue(!reading(), "the reading thread ends");
        Calls again = new Calls();
        ReadAhead.stream(x, LIMITS, again, XliffDocuments.NOT_READ);
        assertEquals(8_004, again.seen.size());
    }
}
