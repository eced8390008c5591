package org.l10nwb.core.glossary;

import java.util.List;
import java.util.Objects;

/**
 * The terms of a concept in one language.
 *
 * @param language the BCP 47 tag as written in the glossary, canonicalised ({@code ru}, {@code az-Latn})
 * @param definition the definition in this language, or {@code null}
 * @param notes notes on the concept in this language
 * @param terms the terms, in glossary order
 * @param extra the section's other data categories (sources, transactions…)
 */
public record LanguageSection(String language, String definition, List<String> notes, List<Term> terms,
        List<DataCategory> extra) {

    public LanguageSection {
        Objects.requireNonNull(language, "language");
        notes = List.copyOf(notes);
        terms = List.copyOf(terms);
        extra = extra == null ? List.of() : List.copyOf(extra);
    }

    public LanguageSection(String language, String definition, List<String> notes, List<Term> terms) {
        this(language, definition, notes, terms, List.of());
    }

    /** From the language and the number of terms (agrees with equality), without walking the terms. */
    @Override
    public int hashCode() {
        return 31 * language.hashCode() + terms.size();
    }

    public List<Term> allowedTerms() {
        return terms.stream().filter(Term::allowed).toList();
    }

    public List<Term> forbiddenTerms() {
        return terms.stream().filter(t -> !t.allowed()).toList();
    }

    /** The first preferred term, else the first allowed one, else {@code null}. */
    public Term preferred() {
        for (Term t : terms) {
            if (t.status() == TermStatus.PREFERRED) {
                return t;
            }
        }
        List<Term> allowed = allowedTerms();
        return allowed.isEmpty() ? null : allowed.get(0);
    }
}
