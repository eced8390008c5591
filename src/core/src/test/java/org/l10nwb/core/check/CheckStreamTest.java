package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.TargetLocales;
import org.l10nwb.core.xliff.XliffDocuments;

/**
 * A streamed check ({@link CheckStream}) gives what checking the whole documents gives: the same
 * results in the same order, the same notes, the same unreadable files and stale suppressions,
 * whatever the batch size, on this repository's project and on files made to cross every edge
 * (several {@code <file>}s, a unit id repeated across them, files without a locale, an unreadable
 * file between readable ones, the checks that learn from the whole locale).
 */
class CheckStreamTest {
    @TempDir
    Path dir;

    /** The whole documents' check, as the check command ran it before it streamed. */
    private record Whole(CheckResult result, List<Suppressions.Suppression> stale, Map<Path, String> unreadable) {
    }

    private static Whole whole(CheckService service, List<Path> xliffs, String given) {
        List<Path> readable = new ArrayList<>();
        List<XliffDocument> documents = new ArrayList<>();
        Map<Path, String> unreadable = new LinkedHashMap<>();
        for (Path x : xliffs) {
            try {
                documents.add(TargetLocales.resolve(x, XliffDocuments.read(x, InputLimits.DEFAULTS), given));
                readable.add(x);
            } catch (WorkbenchException e) {
                unreadable.put(x, e.getMessage());
            }
        }
        Suppressions.Applied applied = Suppressions.forFiles(readable).apply(service.check(readable, documents), readable,
                documents);
        return new Whole(applied.result(), applied.stale(), unreadable);
    }

    private record Streamed(CheckResult result, List<Suppressions.Suppression> stale, Map<Path, String> unreadable) {
    }

    private static Streamed streamed(CheckService service, List<Path> xliffs, String given, int batch) {
        CheckStream stream = new CheckStream(service, InputLimits.DEFAULTS, given, batch);
        Map<Path, String> unreadable = new LinkedHashMap<>();
        stream.learn(xliffs).forEach((x, e) -> unreadable.put(x, e.getMessage()));
        List<CheckResult.FileResult> files = new ArrayList<>();
        List<List<CheckResult.UnitResult>> units = new ArrayList<>();
        List<String[]> headers = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        List<Suppressions.Suppression> stale = stream.check(Suppressions.forFiles(stream.readable()), new CheckStream.Sink() {
            @Override
            public void file(Path file, String sourceLanguage, String targetLanguage) {
                paths.add(file);
                headers.add(new String[] {sourceLanguage, targetLanguage});
                units.add(new ArrayList<>());
            }

            @Override
            public void unit(CheckResult.UnitResult unit) {
                units.get(units.size() - 1).add(unit);
            }
        });
        for (int i = 0; i < paths.size(); i++) {
            files.add(new CheckResult.FileResult(paths.get(i), headers.get(i)[0], headers.get(i)[1], units.get(i)));
        }
        return new Streamed(new CheckResult(files, service.notices(), List.of(), service.limitations()), stale,
                unreadable);
    }

    private static void assertSame(Whole w, Streamed s) {
        assertEquals(w.unreadable(), s.unreadable());
        assertEquals(w.result().files().size(), s.result().files().size());
        for (int i = 0; i < w.result().files().size(); i++) {
            assertEquals(w.result().files().get(i), s.result().files().get(i), "file " + i);
        }
        assertEquals(w.result().notices(), s.result().notices());
        assertEquals(w.result().limitations(), s.result().limitations());
        assertEquals(w.stale(), s.stale());
    }

    private static List<Path> xliffs(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".xlf")).sorted().toList();
        }
    }

    @Test
    void theProjectsOwnFilesGiveTheSameResultsInEveryBatchSize() throws IOException {
        Path project = Shared.copyProject(dir);
        Glossary glossary = new GlossaryLoader().load(List.of(project.resolve("glossary")));
        List<Path> files = xliffs(project.resolve("locales"));
        assertFalse(files.isEmpty());
        for (int batch : new int[] {1, 3, 1000}) {
            Whole w = whole(new CheckService(glossary, Languages.installed(), CheckConfig.defaults()), files, null);
            Streamed s = streamed(new CheckService(glossary, Languages.installed(), CheckConfig.defaults()), files, null,
                    batch);
            assertFalse(w.result().findings().isEmpty());
            assertSame(w, s);
        }
    }

    private static String unit(String id, String source, String target) {
        return "<trans-unit id=\"" + id + "\"><source>" + source + "</source>"
                + (target == null ? "" : "<target>" + target + "</target>") + "</trans-unit>";
    }

    private static String file(String original, String target, String units) {
        return "<file original=\"" + original + "\" datatype=\"plaintext\" source-language=\"en\""
                + (target == null ? "" : " target-language=\"" + target + "\"") + "><body>" + units + "</body></file>";
    }

    private Path write(String name, String... files) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">"
                + String.join("", files) + "</xliff>", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void learningAcrossFilesUnreadableFilesAndSuppressionsAreAsWhenReadWhole() throws IOException {
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            units.add(unit("u" + i, "The quick brown fox number " + i + " jumps over the lazy dog",
                    "Быстрая рыжая лиса номер " + i + " прыгает через ленивую собаку"));
        }
        units.add(unit("short", "The quick brown fox number 7 jumps over the lazy dog today and tomorrow again",
                "Лиса"));
        units.add(unit("none", "Not translated yet, a sentence", null));
        Path a = write("a.xlf", file("a.txt", "ru", String.join("", units)),
                file("b.txt", "ru", unit("u1", "Save the file", "Сохранить файл") + unit("x", "Open the file",
                        "Сохранить файл")));
        Path broken = write("broken.xlf", file("c.txt", "ru", unit("v1", "Save the file", "Записать файл")))
                .resolveSibling("broken.xlf");
        Files.writeString(broken, Files.readString(broken).replace("</xliff>", "")); // not well-formed
        Path b = write("b.xlf", file("d.txt", "ru", unit("w1", "Save the file", "Запишите файл")
                + unit("w2", "The quick brown fox number 3 jumps over the lazy dog", "Другой перевод этой строки")));
        Path noLocale = write("nolocale.xlf", file("e.txt", null, unit("z", "Save the file", "Сохраните файл")));
        List<Path> files = List.of(a, broken, b, noLocale);
        Map<String, String> settings = Map.of("check.length-ratio.min-sample", "5");

        CheckService first = new CheckService(new Glossary(List.of(), "en", List.of()), Languages.installed(), CheckConfig.fromSettings(settings));
        Whole before = whole(first, files, null);
        // the checks that learn from the locale found something to compare, across files
        List<String> learnt = before.result().findings().stream().map(f -> f.rule().id())
                .filter(r -> r.equals("inconsistent-translation") || r.equals("length-ratio")).distinct().sorted().toList();
        assertEquals(List.of("inconsistent-translation", "length-ratio"), learnt);
        assertEquals(List.of(broken, noLocale), List.copyOf(before.unreadable().keySet()));

        // accept two findings (one of the unit id the second <file> repeats) and one that no longer exists
        List<Suppressions.Suppression> accepted = new ArrayList<>();
        XliffDocument doc = TargetLocales.resolve(a, XliffDocuments.read(a), "ru");
        for (Finding f : before.result().findings()) {
            if (f.position().file().equals(a) && (f.unitId().equals("u1") || f.unitId().equals("short"))
                    && accepted.size() < 2) {
                TransUnit u = doc.units().stream().filter(x -> x.id().equals(f.unitId())).findFirst().orElseThrow();
                accepted.add(new Suppressions.Suppression("a.xlf", f.place(), f.rule().id(),
                        Suppressions.fingerprint(u, f.segmentId()), "accepted", null));
            }
        }
        accepted.add(new Suppressions.Suppression("a.xlf", "gone", "length-ratio", "0000", "was once right", null));
        Files.write(dir.resolve(Suppressions.FILE_NAME), Suppressions.write(accepted));

        for (String given : new String[] {null, "ru"}) {
            for (int batch : new int[] {1, 4, 4096}) {
                Glossary none = new Glossary(List.of(), "en", List.of());
                Whole w = whole(new CheckService(none, Languages.installed(), CheckConfig.fromSettings(settings)), files,
                        given);
                Streamed s = streamed(new CheckService(none, Languages.installed(), CheckConfig.fromSettings(settings)),
                        files, given, batch);
                assertFalse(w.stale().isEmpty());
                assertTrue(w.result().suppressed().size() >= 1);
                assertSame(w, s);
            }
        }
    }

    @Test
    void aFileOfSeveralFilesIsStreamedHeaderFirstThenItsUnits() throws IOException {
        Path a = write("two.xlf", file("a.txt", "ru", unit("1", "One", "Один") + unit("2", "Two", "Два")),
                file("b.txt", "ka", unit("1", "One", "ერთი")));
        List<String> seen = new ArrayList<>();
        XliffDocuments.stream(a, InputLimits.DEFAULTS, new org.l10nwb.core.xliff.XliffReader.Units() {
            @Override
            public void file(XliffFile header) {
                assertTrue(header.units().isEmpty());
                seen.add(header.original() + " " + header.targetLanguage());
            }

            @Override
            public void unit(TransUnit unit) {
                seen.add(unit.id() + " " + unit.target().joined().plainText());
            }
        });
        assertEquals(List.of("a.txt ru", "1 Один", "2 Два", "b.txt ka", "1 ერთი"), seen);
    }
}
