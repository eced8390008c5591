package org.l10nwb.core.terms;

import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;

/**
 * The deprecated or superseded glossary terms a text contains, in any of their forms: what
 * memory matches and pre-translation are marked with, so that an old translation never brings
 * back a name the publisher no longer uses. A word that is also a form of an approved term of
 * the same span (Russian «Шуши», genitive of «Шуша») is not counted: the checks cannot tell them
 * apart either, and the glossary lint says so.
 */
public final class ForbiddenTerms {
    private final Glossary glossary;
    private final Languages languages;

    public ForbiddenTerms(Glossary glossary, Languages languages) {
        this.glossary = glossary;
        this.languages = languages;
    }

    /** The forbidden terms in {@code text} of {@code language}, as written there, in order. */
    public List<String> in(String text, String language) {
        if (text == null || text.isBlank() || glossary.concepts().isEmpty()) {
            return List.of();
        }
        List<TermMatch> matches = TermIndexes.of(glossary, languages).get(language).find(text);
        List<String> out = new ArrayList<>();
        for (TermMatch m : matches) {
            if (m.term().term().allowed()) {
                continue;
            }
            boolean alsoApproved = matches.stream().anyMatch(o -> o.sameSpan(m) && o.term().term().allowed());
            if (!alsoApproved && !out.contains(m.surface())) {
                out.add(m.surface());
            }
        }
        return out;
    }
}
