package org.l10nwb.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.tmx.TmxHeader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;

/** A real crash: the importing process is killed (SIGKILL) half-way through a large import. */
class CrashDuringImportTest {
    private static final LocaleTag EN = LocaleTag.of("en");
    private static final LocaleTag RU = LocaleTag.of("ru");

    @TempDir
    Path tmp;

    /** The child process: imports a file, printing how many units it has read. */
    public static void main(String[] args) {
        try (MemoryStore s = new MemoryStore(Path.of(args[0]), Path.of("memory"), EN, MemoryStore.defaultFactory())) {
            s.importTmx(Path.of(args[1]), (what, done, total, units) -> {
                System.out.println("units " + units);
                System.out.flush();
            });
        }
        System.out.println("finished");
    }

    private static void write(Path file, int units, String prefix) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            TmxWriter w = new TmxWriter(out, TmxHeader.of("en"));
            for (int i = 0; i < units; i++) {
                w.write(new TmxUnit(Map.of(), List.of(), List.of(
                        new TmxUnit.Variant("en", Map.of(), List.of(), Fragment.text(prefix + " sentence number " + i + " is here.")),
                        new TmxUnit.Variant("ru", Map.of(), List.of(), Fragment.text("Предложение " + prefix + " " + i + "."))), null));
            }
            w.finish();
        }
    }

    @Test
    void killedHalfWayTheMemoryIsAsBeforeAndTheNextImportSucceeds() throws Exception {
        Path memory = tmp.resolve("memory");
        Path small = tmp.resolve("small.tmx");
        write(small, 10, "Small");
        Path big = tmp.resolve("big.tmx");
        write(big, 120_000, "Big");
        try (MemoryStore s = new MemoryStore(memory, Path.of("memory"), EN, MemoryStore.defaultFactory())) {
            s.importTmx(small, MemoryStore.Progress.NONE);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashDuringImportTest.class.getName(), memory.toString(), big.toString()).redirectErrorStream(true).start();
        boolean killed = false;
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("units ") && Long.parseLong(line.substring(6)) >= 60_000) {
                    child.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
                    killed = true;
                    break;
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertTrue(killed, "the child finished before it could be killed:\n" + output);

        try (MemoryStore s = new MemoryStore(memory, Path.of("memory"), EN, MemoryStore.defaultFactory())) {
            assertEquals(List.of(memory.resolve("small.tmx")), s.files(), "no half-imported TMX");
            assertFalse(Files.exists(memory.resolve("big.tmx")));
            var ru = s.memory(RU, MemoryStore.Progress.NONE);
            assertEquals(10, ru.size(), "the index holds what it held before");
            assertTrue(ru.lookup(new MemoryQuery("Big sentence number 5 is here.", null, null, "en", "ru", 70, 3, null)).stream()
                    .noneMatch(m -> m.target().contains("Big")), "nothing of the killed import");
            assertEquals("Предложение Small 5.", ru.lookup(new MemoryQuery("Small sentence number 5 is here.", null, null, "en",
                    "ru", 70, 3, null)).get(0).target());
            s.importTmx(big, MemoryStore.Progress.NONE);
            assertEquals(120_010, s.memory(RU, MemoryStore.Progress.NONE).size());
        }
    }
}
