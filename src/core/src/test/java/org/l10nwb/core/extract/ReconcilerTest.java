package org.l10nwb.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;

class ReconcilerTest {

    /** A paragraph of sentences, segmented as the extractor does. */
    private static Content para(String... sentences) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            if (i > 0) {
                parts.add(Part.between(Fragment.text(" ")));
            }
            parts.add(Part.segment(Integer.toString(i + 1), Fragment.text(sentences[i])));
        }
        return new Content(parts);
    }

    /** Translates every segment as "RU:" + source. */
    private static TransUnit translated(String id, Content c) {
        Content t = c.withSegments(p -> Fragment.text("RU:" + p.content().plainText()));
        return TransUnit.of(id, c).withTarget(t, TargetState.TRANSLATED);
    }

    @Test
    void unchangedSourceKeepsEverything() {
        List<TransUnit> old = List.of(translated("1", para("Alpha one.", "Beta two.")), translated("2", para("Gamma.")));
        Reconciler.Result r = Reconciler.reconcile(old, List.of(para("Alpha one.", "Beta two."), para("Gamma.")));
        assertEquals(old.get(0).target(), r.units().get(0).target());
        assertEquals(TargetState.TRANSLATED, r.units().get(1).state());
        assertEquals(0, r.changes().size());
        assertEquals(3, r.unchangedSegments());
    }

    @Test
    void editedSentenceKeepsItsTranslationForReview() {
        List<TransUnit> old = List.of(translated("1", para("The cat sat on the mat.", "It slept.")));
        Reconciler.Result r = Reconciler.reconcile(old, List.of(para("The cat sat on the red mat.", "It slept.")));
        TransUnit u = r.units().get(0);
        assertEquals("1", u.id());
        assertEquals("RU:The cat sat on the mat.", u.targetSegment("1").plainText());
        assertEquals("RU:It slept.", u.targetSegment("2").plainText());
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, u.state());
        assertEquals(1, r.changes().size());
        assertEquals(Alignment.Kind.CHANGED, r.changes().get(0).kind());
        assertEquals(1, r.markedForReview());
    }

    @Test
    void insertedParagraphGetsANewIdAndOthersKeepTheirs() {
        List<TransUnit> old = List.of(translated("1", para("First.")), translated("2", para("Second.")));
        Reconciler.Result r = Reconciler.reconcile(old,
                List.of(para("First."), para("Completely different inserted words."), para("Second.")));
        assertEquals(List.of("1", "3", "2"), r.units().stream().map(TransUnit::id).toList());
        assertNull(r.units().get(1).target());
        assertEquals("RU:Second.", r.units().get(2).targetSegment("1").plainText());
        assertEquals(Alignment.Kind.ADDED, r.changes().get(0).kind());
    }

    @Test
    void removedAndAddedSentencesInsideAUnit() {
        List<TransUnit> old = List.of(translated("1", para("Keep this.", "Drop that entirely.")));
        Reconciler.Result r = Reconciler.reconcile(old, List.of(para("Keep this.", "Brand new words here.")));
        TransUnit u = r.units().get(0);
        assertEquals("RU:Keep this.", u.targetSegment("1").plainText());
        assertNull(u.targetSegment("2"));
        assertEquals(TargetState.NEEDS_TRANSLATION, u.state());
        assertEquals(Map.of(Alignment.Kind.ADDED, 1L, Alignment.Kind.REMOVED, 1L), r.changes().stream()
                .collect(java.util.stream.Collectors.groupingBy(Reconciler.Change::kind,
                        java.util.stream.Collectors.counting())));
    }

    @Test
    void removedParagraphIsReported() {
        List<TransUnit> old = List.of(translated("1", para("One.")), translated("2", para("Two.")),
                translated("3", para("Three.")));
        Reconciler.Result r = Reconciler.reconcile(old, List.of(para("One."), para("Three.")));
        assertEquals(List.of("1", "3"), r.units().stream().map(TransUnit::id).toList());
        assertEquals(Alignment.Kind.REMOVED, r.changes().get(0).kind());
        assertEquals("2", r.changes().get(0).unitId());
    }
}
