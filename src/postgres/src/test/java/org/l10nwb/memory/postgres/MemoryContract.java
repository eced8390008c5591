package org.l10nwb.memory.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.memory.ConfirmedSegment;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.testing.Shared;

/**
 * What every translation memory does, whichever stores it: exact, fuzzy and in-context lookups,
 * confirmations and the threshold, run against each implementation by a subclass (the embedded
 * memory's own behaviour, its files, index and crash recovery, is {@code MemoryStoreTest}'s).
 */
abstract class MemoryContract {
    /** A memory under test: imports, confirmations and lookups. */
    interface Memory extends AutoCloseable {
        void importTmx(Path file) throws Exception;

        void confirm(String targetLanguage, List<ConfirmedSegment> segments);

        List<MemoryMatch> lookup(MemoryQuery q);

        @Override
        void close();
    }

    @TempDir
    Path tmp;

    abstract Memory open(Path dir) throws Exception;

    static MemoryQuery query(String text, String locale) {
        return new MemoryQuery(text, null, null, "en", locale, MemoryQuery.DEFAULT_THRESHOLD, 5, null);
    }

    Path tmx(String name, String... units) throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\""
                + " segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" datatype=\"plaintext\" creationtool=\"t\" creationtoolversion=\"1\"/>\n<body>\n");
        for (String u : units) {
            sb.append(u).append('\n');
        }
        Path f = tmp.resolve(name);
        Files.writeString(f, sb.append("</body></tmx>\n").toString());
        return f;
    }

    static String tu(String date, String en, String ru) {
        return "<tu" + (date == null ? "" : " changedate=\"" + date + "\"") + "><tuv xml:lang=\"en\"><seg>" + en
                + "</seg></tuv><tuv xml:lang=\"ru\"><seg>" + ru + "</seg></tuv></tu>";
    }

    @Test
    void conformanceFileImportsAndAnswersExactAndFuzzy() throws Exception {
        try (Memory m = open(tmp.resolve("memory"))) {
            m.importTmx(Shared.path("conformance/okapi/tmx/sample14b.tmx"));
            List<MemoryMatch> exact = m.lookup(query("Touch Retry.", "de"));
            assertEquals(100, exact.get(0).score());
            assertEquals("'Wiederholen' drücken.", exact.get(0).target());
            assertEquals(1, exact.stream().filter(x -> x.source().equals("Touch Retry.")).count(), "duplicates shown once");
            List<MemoryMatch> fuzzy = m.lookup(query("Touch Retry to resume the whole procedure.", "de"));
            assertEquals("Touch Retry to resume the procedure.", fuzzy.get(0).source());
            assertTrue(fuzzy.get(0).score() >= 80 && fuzzy.get(0).score() < 99, fuzzy.get(0).toString());
            assertFalse(fuzzy.get(0).differences().isEmpty());
        }
    }

    @Test
    void inContextRanksAboveAHundredAndTiesGoToTheMostRecent() throws Exception {
        Path f = tmx("t.tmx",
                tu("20200101T000000Z", "The border is closed.", "Граница закрыта (старое)."),
                tu("20240101T000000Z", "The border is closed.", "Граница закрыта."),
                "<tu changedate=\"20100101T000000Z\"><prop type=\"x-context-prev\">Trains stopped.</prop>"
                        + "<prop type=\"x-context-next\">Nobody knows why.</prop><tuv xml:lang=\"en\"><seg>The border is closed.</seg></tuv>"
                        + "<tuv xml:lang=\"ru\"><seg>Граница на замке.</seg></tuv></tu>");
        try (Memory m = open(tmp.resolve("memory"))) {
            m.importTmx(f);
            List<MemoryMatch> plain = m.lookup(query("The border is closed.", "ru"));
            assertEquals(List.of("Граница закрыта.", "Граница закрыта (старое).", "Граница на замке."),
                    plain.stream().map(MemoryMatch::target).toList());
            List<MemoryMatch> ctx = m.lookup(new MemoryQuery("The border is closed.", "Trains stopped.", "Nobody knows why.",
                    "en", "ru", 70, 5, null));
            assertEquals("Граница на замке.", ctx.get(0).target());
            assertTrue(ctx.get(0).inContext());
            assertFalse(ctx.get(1).inContext());
        }
    }

    @Test
    void confirmedTranslationsEnterTheMemoryAndReplaceTheirEarlierSelves() throws Exception {
        try (Memory m = open(tmp.resolve("memory"))) {
            assertTrue(m.lookup(query("Putin upset this balance.", "ru")).isEmpty());
            m.confirm("ru", List.of(new ConfirmedSegment(Fragment.text("Putin upset this balance."),
                    Fragment.text("Путин нарушил баланс."), null, "Next one.", "locales/ru/article.xlf#5:1")));
            assertEquals("Путин нарушил баланс.", m.lookup(query("Putin upset this balance.", "ru")).get(0).target());
            m.confirm("ru", List.of(new ConfirmedSegment(Fragment.text("Putin upset this balance."),
                    Fragment.text("Путин нарушил этот баланс."), null, "Next one.", "locales/ru/article.xlf#5:1")));
            List<MemoryMatch> found = m.lookup(query("Putin upset this balance.", "ru"));
            assertEquals(List.of("Путин нарушил этот баланс."), found.stream().map(MemoryMatch::target).toList());
            List<MemoryMatch> own = m.lookup(new MemoryQuery("Putin upset this balance.", null, null, "en", "ru", 70, 5,
                    "locales/ru/article.xlf#5:1"));
            assertTrue(own.isEmpty(), "the segment's own entry is left out: " + own);
        }
    }

    @Test
    void belowTheThresholdNothingIsOffered() throws Exception {
        try (Memory m = open(tmp.resolve("memory"))) {
            m.importTmx(tmx("x.tmx", tu(null, "Moscow never wanted the conflict resolved.", "Москва не хотела.")));
            assertTrue(m.lookup(query("Tbilisi hosts a branch of the university.", "ru")).isEmpty());
            List<MemoryMatch> near = m.lookup(query("Moscow never wanted this conflict resolved.", "ru"));
            assertEquals(1, near.size());
            assertTrue(near.get(0).score() >= 70 && near.get(0).score() < 100, near.toString());
        }
    }
}
