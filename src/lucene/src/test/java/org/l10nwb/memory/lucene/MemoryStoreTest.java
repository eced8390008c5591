package org.l10nwb.memory.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.ConfirmedSegment;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.memory.PersistentMemory;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;

/**
 * What the embedded memory does beyond what every memory does: the lookups both memories answer
 * alike are {@code MemoryContract}'s (src/postgres), run on this memory by
 * {@code EmbeddedMemoryContractTest}.
 */
class MemoryStoreTest {
    private static final LocaleTag EN = LocaleTag.of("en");
    private static final LocaleTag RU = LocaleTag.of("ru");

    @TempDir
    Path tmp;

    private MemoryStore store(Path dir) {
        return new MemoryStore(dir, Path.of("memory"), EN, MemoryStore.defaultFactory());
    }

    private static MemoryQuery query(String text, String locale) {
        return new MemoryQuery(text, null, null, "en", locale, MemoryQuery.DEFAULT_THRESHOLD, 5, null);
    }

    private Path tmx(String name, String... units) throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\""
                + " segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" datatype=\"plaintext\" creationtool=\"t\" creationtoolversion=\"1\"/>\n<body>\n");
        for (String u : units) {
            sb.append(u).append('\n');
        }
        Path f = tmp.resolve(name);
        Files.writeString(f, sb.append("</body></tmx>\n").toString());
        return f;
    }

    private static String tu(String date, String en, String ru) {
        return "<tu" + (date == null ? "" : " changedate=\"" + date + "\"") + "><tuv xml:lang=\"en\"><seg>" + en
                + "</seg></tuv><tuv xml:lang=\"ru\"><seg>" + ru + "</seg></tuv></tu>";
    }

    @Test
    void everyConformanceFileSurvivesImportExportImport() throws IOException {
        List<Path> files;
        try (Stream<Path> w = Files.walk(Shared.path("conformance/okapi/tmx"))) {
            files = w.filter(p -> p.toString().endsWith(".tmx")).sorted().toList();
        }
        for (Path f : files) {
            Path dir = tmp.resolve("a-" + f.getFileName());
            List<TmxUnit> original = new TmxReader().readAll(f).units();
            try (MemoryStore s = store(dir)) {
                try {
                    s.importTmx(f, MemoryStore.Progress.NONE);
                } catch (WorkbenchException e) {
                    // Files without an English source and a translation are refused as a whole.
                    assertTrue(e.getMessage().contains("nothing imported"), e.getMessage());
                    assertTrue(s.files().isEmpty());
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                s.export(out, null);
                Path exported = tmp.resolve("exported-" + f.getFileName());
                Files.write(exported, out.toByteArray());
                List<TmxUnit> back = new TmxReader().readAll(exported).units();
                assertEquals(original.size(), back.size(), f.toString());
                for (int i = 0; i < original.size(); i++) {
                    assertEquals(original.get(i).variants(), back.get(i).variants(), f + " unit " + i);
                    assertEquals(original.get(i).attributes(), back.get(i).attributes());
                }
                try (MemoryStore again = store(tmp.resolve("b-" + f.getFileName()))) {
                    again.importTmx(exported, MemoryStore.Progress.NONE);
                    ByteArrayOutputStream out2 = new ByteArrayOutputStream();
                    again.export(out2, null);
                    assertArrayEquals(out.toByteArray(), out2.toByteArray(), "export → import → export of " + f);
                }
            }
        }
    }

    @Test
    void punctuationTheQueryAddsOrDropsScoresNinetyNine() throws IOException {
        Path f = tmx("punct.tmx", tu(null, "The border is closed", "Граница закрыта"),
                tu(null, "Talks resume in Vienna next week.", "Переговоры возобновятся в Вене на следующей неделе."));
        try (MemoryStore s = store(tmp.resolve("memory"))) {
            s.importTmx(f, MemoryStore.Progress.NONE);
            PersistentMemory ru = s.memory(RU, MemoryStore.Progress.NONE);
            assertEquals(100, ru.lookup(query("The border is closed", "ru")).get(0).score());
            assertEquals(99, ru.lookup(query("The border is closed.", "ru")).get(0).score());
            assertEquals(99, ru.lookup(query("The border, is closed!", "ru")).get(0).score());
            assertEquals(99, ru.lookup(query("Talks resume, in Vienna, next week.", "ru")).get(0).score());
            assertEquals(99, ru.find(query("Talks resume in Vienna next week!", "ru"),
                    Fragment.text("Talks resume in Vienna next week!")).get(0).match().score());
        }
    }

    @Test
    void otherInlineCodesMakeItNinetyNineAndPretranslationPlacesTheSegmentsOwnCodes() throws IOException {
        Path f = tmx("codes.tmx", tu(null, "Press <bpt i=\"1\">&lt;b></bpt>Enter<ept i=\"1\">&lt;/b></ept> now.",
                "Нажмите <bpt i=\"1\">&lt;b></bpt>Enter<ept i=\"1\">&lt;/b></ept> сейчас."));
        try (MemoryStore s = store(tmp.resolve("memory"))) {
            s.importTmx(f, MemoryStore.Progress.NONE);
            PersistentMemory ru = s.memory(RU, MemoryStore.Progress.NONE);
            Fragment noCodes = Fragment.text("Press Enter now.");
            assertEquals(99, ru.find(query("Press Enter now.", "ru"), noCodes).get(0).match().score());
            Run.Code g1 = new Run.Code(Run.CodeKind.OPENING, "g", "1", "<g id=\"1\">");
            Run.Code g1end = new Run.Code(Run.CodeKind.CLOSING, "g", "1", "</g>");
            Fragment withCodes = Fragment.of(List.of(new Run.Text("Press "), g1, new Run.Text("Enter"), g1end,
                    new Run.Text(" now.")));
            PersistentMemory.Found found = ru.find(query("Press Enter now.", "ru"), withCodes).get(0);
            assertEquals(100, found.match().score());
            Fragment placed = org.l10nwb.core.memory.MemoryCodes.adapt(found.target(), found.source(), withCodes);
            assertEquals("Нажмите <g1>Enter</g1> сейчас.", placed.display());
            assertEquals(List.of(g1, g1end), placed.codes());
        }
    }

    @Test
    void confirmedTranslationsAreKeptInATmxFileOfTheirOwnAndReplaceTheirEarlierSelves() {
        try (MemoryStore s = store(tmp.resolve("memory"))) {
            PersistentMemory ru = s.memory(RU, MemoryStore.Progress.NONE);
            ru.add(List.of(new ConfirmedSegment(Fragment.text("Putin upset this balance."), Fragment.text("Путин нарушил баланс."),
                    null, "Next one.", "locales/ru/article.xlf#5:1")));
            ru.add(List.of(new ConfirmedSegment(Fragment.text("Putin upset this balance."), Fragment.text("Путин нарушил этот баланс."),
                    null, "Next one.", "locales/ru/article.xlf#5:1")));
            assertTrue(Files.exists(tmp.resolve("memory/confirmed-ru.tmx")));
        }
        try (MemoryStore again = store(tmp.resolve("memory"))) {
            assertEquals(1, again.memory(RU, MemoryStore.Progress.NONE).size());
        }
    }

    @Test
    void aCrashAtAnyPointLeavesWholeTmxAndAnIndexThatCatchesUp() throws IOException {
        Path a = tmx("a.tmx", tu(null, "The first sentence is here.", "Первое предложение здесь."));
        String[] units = new String[3000];
        for (int i = 0; i < units.length; i++) {
            units[i] = tu(null, "Sentence number " + i + " of the second file.", "Предложение " + i + ".");
        }
        Path b = tmx("b.tmx", units);
        Path dir = tmp.resolve("memory");
        try (MemoryStore s = store(dir)) {
            s.importTmx(a, MemoryStore.Progress.NONE);
            // The import of b dies half-way (here: its progress callback fails after 2,000 units).
            RuntimeException crash = assertThrows(RuntimeException.class, () -> s.importTmx(b, (what, done, total, n) -> {
                if (n >= 2000 && n < 3000) {
                    throw new IllegalStateException("killed");
                }
            }));
            assertEquals("killed", crash.getMessage());
            assertEquals(List.of(dir.resolve("a.tmx")), s.files());
            assertEquals(1, s.memory(RU, MemoryStore.Progress.NONE).size());
            try (Stream<Path> left = Files.list(dir)) {
                assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
            }
        }
        // The TMX was stored but the process died before the index commit: the next open catches up.
        Files.copy(b, dir.resolve("b.tmx"));
        try (MemoryStore s = store(dir)) {
            PersistentMemory ru = s.memory(RU, MemoryStore.Progress.NONE);
            assertEquals(3001, ru.size());
            assertEquals("Предложение 1234.", ru.lookup(query("Sentence number 1234 of the second file.", "ru")).get(0).target());
        }
        // The index is lost or damaged: it is rebuilt from the TMX files.
        Path index = dir.resolve(".index/en-ru");
        try (Stream<Path> files = Files.list(index)) {
            for (Path p : files.toList()) {
                Files.write(p, new byte[] {1, 2, 3});
            }
        }
        try (MemoryStore s = store(dir)) {
            assertEquals(3001, s.memory(RU, MemoryStore.Progress.NONE).size());
        }
        // A TMX file removed behind the index's back takes its entries with it.
        Files.delete(dir.resolve("b.tmx"));
        try (MemoryStore s = store(dir)) {
            assertEquals(1, s.memory(RU, MemoryStore.Progress.NONE).size());
        }
        assertTrue(Files.readString(dir.resolve(".index/.gitignore")).contains("*"));
    }

    @Test
    void badInputIsOneLineAndNothingIsHalfImported() throws IOException {
        Path good = tmx("good.tmx", tu(null, "A good sentence.", "Хорошее предложение."));
        Path broken = tmx("broken.tmx", tu(null, "First.", "Первое."), "<tu><tuv xml:lang=\"en\"><seg>x</tuv></tu>");
        Path unknown = tmx("unknown.tmx", tu(null, "First.", "Первое."),
                "<tu><tuv xml:lang=\"en\"><seg>x</seg></tuv><tuv xml:lang=\"xx\"><seg>y</seg></tuv></tu>");
        Path huge = tmx("huge.tmx", tu(null, "First.", "Первое."), tu(null, "word ".repeat(50_000), "слово"));
        Path dir = tmp.resolve("memory");
        try (MemoryStore s = store(dir)) {
            s.importTmx(good, MemoryStore.Progress.NONE);
            byte[] before = Files.readAllBytes(dir.resolve("good.tmx"));
            for (Path bad : List.of(broken, unknown, huge)) {
                WorkbenchException e = assertThrows(WorkbenchException.class, () -> s.importTmx(bad, MemoryStore.Progress.NONE));
                assertTrue(e.getMessage().startsWith(bad + ":"), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
                assertEquals(List.of(dir.resolve("good.tmx")), s.files(), bad.toString());
                assertEquals(1, s.memory(RU, MemoryStore.Progress.NONE).size());
                assertTrue(s.memory(RU, MemoryStore.Progress.NONE).lookup(query("First.", "ru")).isEmpty());
            }
            assertTrue(assertThrows(WorkbenchException.class, () -> s.importTmx(broken, MemoryStore.Progress.NONE))
                    .getMessage().contains("not well-formed"));
            assertTrue(assertThrows(WorkbenchException.class, () -> s.importTmx(unknown, MemoryStore.Progress.NONE))
                    .getMessage().contains("unknown language 'xx'"));
            assertTrue(assertThrows(WorkbenchException.class, () -> s.importTmx(huge, MemoryStore.Progress.NONE))
                    .getMessage().contains("segment longer than"));
            assertArrayEquals(before, Files.readAllBytes(dir.resolve("good.tmx")));
        }
    }
}
