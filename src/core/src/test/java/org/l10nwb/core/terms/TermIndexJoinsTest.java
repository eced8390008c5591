package org.l10nwb.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermStatus;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.lang.Language;
import org.l10nwb.lang.TermWord;

/** Multi-word terms across dashes, and clitics stripped from words, with no language module's grammar. */
class TermIndexJoinsTest {

    private static Concept concept(String id, String lang, String term) {
        return new Concept(id, null, null, List.of(),
                List.of(new LanguageSection(lang, null, List.of(), List.of(Term.of(term, TermStatus.PREFERRED)))), null);
    }

    private static List<String> found(TermIndex index, String text) {
        List<String> out = new ArrayList<>();
        for (TermMatch m : index.find(text)) {
            out.add(m.term().concept().id() + "=" + m.surface());
        }
        return out;
    }

    private final TermIndex railway = TermIndex.build(new Glossary(List.of(), "en", List.of(
            concept("railway", "en", "Baku\u2013Tbilisi\u2013Kars railway"), concept("baku", "en", "Baku"),
            concept("tbilisi", "en", "Tbilisi"))), "en", new Languages(List.of()));

    @ParameterizedTest
    @ValueSource(strings = {"Baku\u2013Tbilisi\u2013Kars", "Baku\u2014Tbilisi\u2014Kars", "Baku \u2014 Tbilisi \u2014 Kars",
        "Baku-Tbilisi-Kars", "Baku \u2013 Tbilisi-Kars", "Baku\u2012Tbilisi\u2012Kars"})
    void aTermJoinedByDashesIsFoundWhateverTheDash(String name) {
        String text = "the " + name + " railway opened";
        assertEquals(List.of("railway=" + name + " railway"), found(railway, text), "the longest term, not Baku inside it");
    }

    @Test
    void aTermWrittenWithHyphensMatchesATextWithDashes() {
        TermIndex hyphens = TermIndex.build(new Glossary(List.of(), "en",
                List.of(concept("railway", "en", "Baku-Tbilisi-Kars railway"))), "en", new Languages(List.of()));
        assertEquals(List.of("railway=Baku\u2013Tbilisi\u2013Kars railway"),
                found(hyphens, "the Baku\u2013Tbilisi\u2013Kars railway"));
    }

    @Test
    void punctuationOtherThanADashStillSeparatesTheWords() {
        assertEquals(List.of("baku=Baku", "tbilisi=Tbilisi"), found(railway, "Baku, Tbilisi, Kars railway"));
        assertEquals(List.of("baku=Baku", "tbilisi=Tbilisi"), found(railway, "Baku/Tbilisi/Kars railway"));
    }

    /** A module whose only grammar is three clitics, two of them ending in the same letter. */
    private static final Language CLITICS = new Language() {
        @Override
        public String code() {
            return "xx";
        }

        @Override
        public Set<String> forms(TermWord word) {
            return Set.of(word.key());
        }

        @Override
        public List<String> clitics() {
            return List.of("ca", "da", "mi");
        }
    };

    @Test
    void oneOrTwoCliticsAreStrippedFromAWord() {
        TermIndex index = TermIndex.build(new Glossary(List.of(), "en", List.of(concept("shusha", "xx", "shusha"))), "xx",
                new Languages(List.of(CLITICS)));
        assertEquals(List.of("shusha=shushaca"), found(index, "shushaca"));
        assertEquals(List.of("shusha=shushada"), found(index, "shushada"));
        assertEquals(List.of("shusha=shushadami"), found(index, "shushadami"));
        assertEquals(List.of("shusha=shushacada"), found(index, "shushacada"));
        assertEquals(List.of(), found(index, "shushacadami"), "three clitics are not stripped");
        assertEquals(List.of(), found(index, "shushaxa"), "an ending that is not a clitic");
        assertEquals(List.of(), found(index, "ca da mi"));
    }
}
