package org.l10nwb.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermStatus;
import org.l10nwb.core.lang.Languages;

class TermFinderTest {
    /**
     * The shortcut of {@link TermFinder#longestFirst} (candidates that do not overlap, or only over
     * the very same words, are kept as they come) gives what sorting gives, over random candidates
     * in the order the scan makes them: by first word, then in filing order.
     */
    @Test
    void longestFirstWithoutSortingKeepsWhatSortingKeeps() {
        Random random = new Random(7);
        IndexedTerm[] terms = new IndexedTerm[6];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = new IndexedTerm(concept("c" + i, "t" + i), Term.of("t" + i, TermStatus.PREFERRED), "en", List.of(java.util.Set.of("t" + i)),
                    List.of(List.of("t" + i)));
        }
        int shortcuts = 0;
        for (int round = 0; round < 20_000; round++) {
            int words = 1 + random.nextInt(8);
            List<TermMatch> candidates = new ArrayList<>();
            for (int first = 0; first < words; first++) {
                int here = random.nextInt(3) == 0 ? 1 + random.nextInt(3) : 0;
                for (int j = 0; j < here; j++) {
                    // spans repeat at one place (two terms of one word form) and differ (a longer term)
                    int last = Math.min(words - 1, first + (random.nextBoolean() ? 0 : random.nextInt(3)));
                    candidates.add(new TermMatch(terms[random.nextInt(terms.length)], first, last, first, last + 1, "x"));
                }
            }
            List<TermMatch> fast = TermFinder.longestFirst(candidates);
            List<TermMatch> sorted = candidates.size() <= 1 ? candidates : TermFinder.keepLongest(candidates);
            assertEquals(sorted, fast, candidates::toString);
            if (fast == candidates && candidates.size() > 1) {
                shortcuts++;
            }
        }
        assertNotEquals(0, shortcuts, "the shortcut was taken");
    }

    /** Words looked up before (remembered per thread) and new ones give the same matches, whatever the order. */
    @Test
    void rememberedWordsMatchAsNewOnes() {
        Glossary glossary = new Glossary(List.of(), "ru", List.of(
                concept("shusha", "Шуша"), concept("state", "государственный университет"), concept("uni", "университет")));
        String text = "Государственный университет в Шуша. Университет, Шуша; государственный университет нет.";
        List<TermMatch> fresh = TermIndex.build(glossary, "ru", Languages.installed()).find(text);
        TermIndex warm = TermIndex.build(glossary, "ru", Languages.installed());
        for (String w : text.split("[ .;]+")) {
            warm.find(w);
        }
        List<TermMatch> again = warm.find(text);
        assertEquals(describe(fresh), describe(again));
        assertEquals(List.of("Государственный университет", "Шуша", "Университет", "Шуша",
                "государственный университет"), again.stream().map(TermMatch::surface).toList());
    }

    private static Concept concept(String id, String ru) {
        return new Concept(id, null, null, List.of(), List.of(new LanguageSection("ru", null, List.of(),
                List.of(Term.of(ru, TermStatus.PREFERRED)))), null);
    }

    private static List<String> describe(List<TermMatch> matches) {
        return matches.stream().map(m -> m.term().concept().id() + " " + m.firstToken() + "-" + m.lastToken() + " "
                + m.start() + "-" + m.end() + " " + m.surface()).toList();
    }
}
