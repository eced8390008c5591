package org.l10nwb.core.glossary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.l10nwb.core.SourcePosition;

/**
 * One concept (a TBX {@code conceptEntry} or {@code termEntry}) with its terms per language.
 *
 * @param id the concept id, unique in the glossary
 * @param subjectField the subject field, or {@code null}
 * @param definition a language-independent definition, or {@code null}
 * @param notes notes on the concept (for example why a name is contested)
 * @param languages the language sections, in glossary order
 * @param position where the concept starts in its file
 * @param extra the concept's other data categories (sources, cross-references, transactions…)
 */
public record Concept(
        String id,
        String subjectField,
        String definition,
        List<String> notes,
        List<LanguageSection> languages,
        SourcePosition position,
        List<DataCategory> extra) {

    public Concept {
        Objects.requireNonNull(id, "id");
        notes = List.copyOf(notes);
        languages = List.copyOf(languages);
        extra = extra == null ? List.of() : List.copyOf(extra);
    }

    public Concept(String id, String subjectField, String definition, List<String> notes, List<LanguageSection> languages,
            SourcePosition position) {
        this(id, subjectField, definition, notes, languages, position, List.of());
    }

    /**
     * From the id only (unique in a glossary; equal concepts have equal ids): the record's own hash
     * walks every section and term, and a concept is a key of the glossary check's maps once per
     * term found.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /**
     * The sections for a language: exact tag first, then sections of the same base language
     * ({@code az-Latn} serves {@code az} and the other way round).
     */
    public List<LanguageSection> sections(String languageTag) {
        List<LanguageSection> exact = null;
        List<LanguageSection> related = null;
        for (LanguageSection s : languages) {
            if (s.language().equalsIgnoreCase(languageTag)) {
                exact = add(exact, s);
            } else if (exact == null && sameBase(s.language(), languageTag)) {
                related = add(related, s);
            }
        }
        List<LanguageSection> found = exact != null ? exact : related;
        return found == null ? List.of() : found;
    }

    /**
     * Every term in a language (see {@link #sections}), unmodifiable. A concept usually has one
     * section per language, whose own list this is: the glossary lint and the term index ask this
     * of every concept once per language and pass.
     */
    public List<Term> terms(String languageTag) {
        List<LanguageSection> found = sections(languageTag);
        if (found.size() == 1) {
            return found.get(0).terms();
        }
        List<Term> terms = new ArrayList<>();
        for (LanguageSection s : found) {
            terms.addAll(s.terms());
        }
        return Collections.unmodifiableList(terms);
    }

    private static List<LanguageSection> add(List<LanguageSection> list, LanguageSection s) {
        List<LanguageSection> out = list == null ? new ArrayList<>(2) : list;
        out.add(s);
        return out;
    }

    private static boolean sameBase(String a, String b) {
        return Glossary.baseLanguage(a).equals(Glossary.baseLanguage(b));
    }

    /** Definition, concept notes and the language's own notes, for people. */
    public List<String> notesFor(String languageTag) {
        List<String> all = new ArrayList<>();
        if (definition != null) {
            all.add(definition);
        }
        all.addAll(notes);
        for (LanguageSection s : sections(languageTag)) {
            if (s.definition() != null) {
                all.add(s.definition());
            }
            all.addAll(s.notes());
        }
        return all;
    }
}
