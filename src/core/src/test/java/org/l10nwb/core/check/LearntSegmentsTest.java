package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The packed store of what {@code inconsistent-translation} learns: every segment comes back with
 * its place and texts, across blocks, with a text longer than a block, and with what was added
 * after the last commit dropped by a discard.
 */
class LearntSegmentsTest {
    private static Segment segment(String file, String unit, String segmentId, String source, String target) {
        return new Segment(Path.of(file), unit, segmentId, null, null, source, target, null);
    }

    private static void assertSame(Segment expected, Segment actual) {
        assertEquals(expected.file(), actual.file());
        assertEquals(expected.unitId(), actual.unitId());
        assertEquals(expected.segmentId(), actual.segmentId());
        assertEquals(expected.sourceText(), actual.sourceText());
        assertEquals(expected.targetText(), actual.targetText());
    }

    @Test
    void everySegmentComesBackWithItsPlaceTextsAndHashes() {
        LearntSegments learnt = new LearntSegments();
        List<Segment> added = new ArrayList<>();
        // about 3.5 million chars: several blocks, and one text longer than a block
        for (int i = 0; i < 3000; i++) {
            String file = i < 1500 ? "a/ru.xlf" : "b/ru.xlf";
            String source = "Open the file number " + i + " ".repeat(i % 7) + "x".repeat(i * 3 % 1000);
            String target = i == 1234 ? "я".repeat(1_500_000) : "Откройте файл номер " + i + " «ё»";
            Segment s = segment(file, "u" + i, i % 3 == 0 ? null : String.valueOf(i % 3), source, target);
            added.add(s);
            learnt.add(s, i * 31L, -i);
        }
        assertEquals(3000, learnt.size());
        for (int i = 0; i < 3000; i++) {
            assertSame(added.get(i), learnt.segment(i));
            assertEquals(i * 31L, learnt.sourceHash(i));
            assertEquals(-i, learnt.targetHash(i));
        }
        assertNull(learnt.segment(0).segmentId());
        assertNull(learnt.segment(0).source(), "no fragments are kept");
    }

    @Test
    void aDiscardDropsWhatCameAfterTheLastCommit() {
        LearntSegments learnt = new LearntSegments();
        learnt.add(segment("a.xlf", "1", null, "kept source", "сохранено"), 1, 2);
        learnt.commit();
        for (int i = 0; i < 500; i++) {
            learnt.add(segment("bad.xlf", "b" + i, null, "x".repeat(10_000), "y"), 3, 4);
        }
        learnt.discard();
        assertEquals(1, learnt.size());
        learnt.add(segment("c.xlf", "2", "1", "next source", "следующий"), 5, 6);
        assertEquals(2, learnt.size());
        assertSame(segment("a.xlf", "1", null, "kept source", "сохранено"), learnt.segment(0));
        assertSame(segment("c.xlf", "2", "1", "next source", "следующий"), learnt.segment(1));
        assertEquals(5, learnt.sourceHash(1));
    }

    @Test
    void anEmptyTextIsNotANullOne() {
        LearntSegments learnt = new LearntSegments();
        learnt.add(segment("a.xlf", "", "", "", ""), 0, 0);
        Segment s = learnt.segment(0);
        assertEquals("", s.unitId());
        assertEquals("", s.segmentId());
        assertEquals("", s.sourceText());
        assertEquals("", s.targetText());
    }
}
