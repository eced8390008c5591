package org.l10nwb.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatusTest {
    private static final Content TWO = new Content(List.of(Part.segment("1", Fragment.text("One.")),
            Part.between(Fragment.text(" ")), Part.segment("2", Fragment.text("Two."))));

    private static TransUnit unit(Content target, String state) {
        return TransUnit.of("5", TWO).withTarget(target, state == null ? null : new TargetState(state));
    }

    @Test
    void aTranslationIsReadByItsState() {
        Content both = TWO.withSegments(p -> Fragment.text("x"));
        assertEquals(Status.TRANSLATED, Status.of(unit(both, null)));
        assertEquals(Status.TRANSLATED, Status.of(unit(both, "translated")));
        assertEquals(Status.SIGNED_OFF, Status.of(unit(both, "final")));
        assertEquals(Status.SIGNED_OFF, Status.of(unit(both, "signed-off")));
        assertEquals(Status.NEEDS_REVIEW, Status.of(unit(both, "needs-review-l10n")));
        assertEquals(Status.DRAFT, Status.of(unit(both, "new")));
        assertEquals(Status.DRAFT, Status.of(unit(both, "x-mine")));
    }

    @Test
    void noTranslationIsUntranslatedWhateverTheState() {
        assertEquals(Status.UNTRANSLATED, Status.of(unit(null, "translated")));
        assertEquals(Status.UNTRANSLATED, Status.of(unit(TWO.withSegments(p -> Fragment.EMPTY), "signed-off")));
    }

    @Test
    void aSegmentWithoutItsTranslationIsUntranslatedInATranslatedUnit() {
        TransUnit half = unit(TWO.withSegments(p -> p.segmentId().equals("1") ? Fragment.text("Раз.") : Fragment.EMPTY),
                "translated");
        assertEquals(Status.TRANSLATED, Status.of(half));
        assertEquals(Status.TRANSLATED, Status.of(half, "1"));
        assertEquals(Status.UNTRANSLATED, Status.of(half, TWO.segments().get(1)));
    }

    @Test
    void idsForReportsAndLabelsForPeople() {
        assertEquals(List.of("untranslated", "draft", "needs-review", "translated", "signed-off"),
                List.of(Status.values()).stream().map(Status::id).toList());
        assertEquals(List.of("not translated", "draft", "needs review", "translated", "signed off"),
                List.of(Status.values()).stream().map(Status::label).toList());
        assertTrue(Status.SIGNED_OFF.done());
        assertFalse(Status.NEEDS_REVIEW.done());
    }
}
