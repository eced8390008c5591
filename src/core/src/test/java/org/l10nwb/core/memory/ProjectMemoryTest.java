package org.l10nwb.core.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.xliff.XliffReader;

class ProjectMemoryTest {
    private static XliffDocument doc(String units) {
        String xml = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\""
                + " datatype=\"plaintext\" source-language=\"en\" target-language=\"ru\"><body>" + units + "</body></file></xliff>";
        return new XliffReader().read(Path.of("a.xlf"), xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String unit(String id, String state, String... pairs) {
        StringBuilder src = new StringBuilder();
        StringBuilder trg = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            int mid = i / 2 + 1;
            src.append("<mrk mtype=\"seg\" mid=\"").append(mid).append("\">").append(pairs[i]).append("</mrk> ");
            trg.append("<mrk mtype=\"seg\" mid=\"").append(mid).append("\">").append(pairs[i + 1]).append("</mrk> ");
        }
        return "<trans-unit id=\"" + id + "\"><source>x</source><seg-source>" + src.toString().strip() + "</seg-source>"
                + "<target state=\"" + state + "\">" + trg.toString().strip() + "</target></trans-unit>";
    }

    private final ProjectMemory memory = new ProjectMemory(ULocale.ENGLISH).add("a.xlf", doc(
            unit("1", "translated", "People died.", "Погибли люди.", "Two of them died.", "Двое из них погибли.")
            + unit("2", "translated", "Intro.", "Вступление.", "People died.", "Люди погибли.", "Outro.", "Конец.")
            + unit("3", "new", "Dozens died.", "Погибли десятки.")));

    private static MemoryQuery query(String source, String prev, String next) {
        return new MemoryQuery(source, prev, next, "en", "ru", MemoryQuery.DEFAULT_THRESHOLD, 5, null);
    }

    @Test
    void draftsAreNotInTheMemory() {
        assertEquals(5, memory.size(), "5 translated segments, the draft left out");
        assertTrue(memory.lookup(query("Dozens died.", null, null)).isEmpty());
    }

    @Test
    void anExactMatchInContextComesBeforeOtherExactMatches() {
        List<MemoryMatch> m = memory.lookup(query("People died.", "Intro.", "Outro."));
        assertEquals(2, m.size());
        assertTrue(m.get(0).inContext());
        assertEquals("Люди погибли.", m.get(0).target());
        assertEquals("a.xlf#2:2", m.get(0).origin());
        assertFalse(m.get(1).inContext());
        assertEquals(100, m.get(1).score());
    }

    @Test
    void fuzzyMatchesCarryTheirScoreAndDifferences() {
        List<MemoryMatch> m = memory.lookup(query("Three of them died.", null, null));
        assertEquals(1, m.size());
        assertEquals(75, m.get(0).score());
        assertEquals("Двое из них погибли.", m.get(0).target());
        assertTrue(m.get(0).differences().contains(new WordDiff.Change(WordDiff.Kind.ADDED, "Three")));
    }

    @Test
    void theThresholdAndTheExcludedOriginAreRespected() {
        assertTrue(memory.lookup(query("Nobody here.", null, null)).isEmpty());
        MemoryQuery self = new MemoryQuery("Two of them died.", null, null, "en", "ru", 70, 5, "a.xlf#1:2");
        assertTrue(memory.lookup(self).isEmpty());
    }
}
