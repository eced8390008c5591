package org.l10nwb.memory.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.session.ProjectSessions;
import org.l10nwb.core.session.SegmentView;
import org.l10nwb.core.session.TranslationSession;
import org.l10nwb.core.testing.PostgresServer;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.tmx.TmxHeader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.tmx.TmxWriter;
import org.l10nwb.core.xliff.XliffReader;

/** The PostgreSQL memory against the embedded one, and shared by two translators' shells. */
class PostgresMemoryTest {
    private static final Path ROOT = Shared.projectRoot();

    @TempDir
    Path tmp;

    /** Every segment of the project's three translations, as TMX units. */
    private static List<TmxUnit> projectUnits() {
        List<TmxUnit> units = new ArrayList<>();
        for (String l : List.of("ru", "ka", "az")) {
            for (TransUnit u : new XliffReader().read(ROOT.resolve("locales/" + l + "/article.xlf")).units()) {
                for (Part s : u.source().segments()) {
                    var t = u.targetSegment(s.segmentId());
                    if (t != null) {
                        units.add(new TmxUnit(java.util.Map.of("tuid", l + u.id() + ":" + s.segmentId()), List.of(), List.of(
                                new TmxUnit.Variant("en", java.util.Map.of(), List.of(), s.content()),
                                new TmxUnit.Variant(l, java.util.Map.of(), List.of(), t)), null));
                    }
                }
            }
        }
        return units;
    }

    @Test
    void theSameEntriesGiveTheSameMatchesAndScoresAsTheEmbeddedMemory() throws Exception {
        List<TmxUnit> units = projectUnits();
        Path file = tmp.resolve("article.tmx");
        Files.write(file, TmxWriter.toBytes(TmxHeader.of("en"), units));
        int compared = 0;
        int fuzzy = 0;
        try (MemoryContract.Memory embedded = EmbeddedMemoryContractTest.embedded(tmp.resolve("memory"));
                MemoryContract.Memory pg = PostgresMemoryContractTest.postgres(PostgresServer.newDatabase(), "test")) {
            embedded.importTmx(file);
            pg.importTmx(file);
            for (TmxUnit u : units) {
                String source = u.variants().get(0).segment().plainText();
                String lang = u.variants().get(1).language();
                // the segment itself, and a variant of it one word shorter (a fuzzy match)
                for (String q : List.of(source, source.replaceFirst("\\s*\\S+\\s*$", "."))) {
                    MemoryQuery query = new MemoryQuery(q, null, null, "en", lang, 50, 50, null);
                    List<String> a = rendered(embedded.lookup(query));
                    List<String> b = rendered(pg.lookup(query));
                    assertEquals(a, b, "matches for " + q);
                    compared++;
                    fuzzy += a.stream().filter(m -> !m.startsWith("100 ")).count();
                }
            }
        }
        assertTrue(compared > 300 && fuzzy > 100, compared + " queries, " + fuzzy + " fuzzy matches compared");
    }

    /** Score, context, source and target of each match, in an order that does not depend on ties. */
    private static List<String> rendered(List<MemoryMatch> matches) {
        return matches.stream().sorted(Comparator.comparing(MemoryMatch::score).reversed()
                .thenComparing(MemoryMatch::source).thenComparing(MemoryMatch::target))
                .map(m -> m.score() + " " + m.inContext() + " " + m.source() + " → " + m.target()).toList();
    }

    @Test
    void aConfirmationInOneCloneIsOfferedInTheOtherClonesShell() throws Exception {
        String url = PostgresServer.newDatabase();
        Path a = clone("a", url);
        Path b = clone("b", url);
        Languages languages = Languages.installed();
        try (TranslationSession sa = ProjectSessions.open(Project.open(a), "ru", null, List.of(), languages).session();
                TranslationSession sb = ProjectSessions.open(Project.open(b), "ru", null, List.of(), languages).session()) {
            assertTrue(sa.view().memoryNames().contains(url.replace("postgres@", "")), sa.view().memoryNames().toString());
            sa.goTo("11:3");
            sa.translate("Люди погибли.");
            sa.confirm();
            sb.goTo("11:3");
            long start = System.nanoTime();
            SegmentView v = sb.view();
            while (v.memory().stream().noneMatch(m -> m.target().equals("Люди погибли."))
                    && System.nanoTime() - start < 2_000_000_000L) {
                Thread.sleep(100);
                v = sb.view();
            }
            assertTrue(v.memory().stream().anyMatch(m -> m.target().equals("Люди погибли.") && m.score() == 100),
                    "b's shell is offered a's confirmation within 2 s: " + v.memory());
            SegmentView own = sa.view();
            assertFalse(own.memory().stream().anyMatch(m -> m.target().equals("Люди погибли.") && m.score() == 100
                    && m.origin().equals("locales/ru/article.xlf#11:3")), "a's own confirmation is not offered back to a");
        }
    }

    @Test
    void aServerThatCannotBeReachedIsOneLine() {
        WorkbenchException e = org.junit.jupiter.api.Assertions.assertThrows(WorkbenchException.class,
                () -> new PostgresMemoryFactory().open("postgresql://nobody@127.0.0.1:1/none", LocaleTag.of("en"), "x"));
        assertTrue(e.getMessage().startsWith("postgresql://127.0.0.1:1/none: cannot connect to the shared memory: "),
                e.getMessage());
    }

    private Path clone(String name, String url) throws IOException {
        Path p = Shared.copyProjectBeforeReview(tmp.resolve(name));
        Files.writeString(p.resolve("workbench.properties"), "memory.url = " + url + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        return p;
    }
}
