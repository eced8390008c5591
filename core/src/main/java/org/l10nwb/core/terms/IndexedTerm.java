package org.l10nwb.core.terms;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Term;

/**
 * A glossary term ready for matching: for each of its words, the keys of every form.
 *
 * @param concept the concept it belongs to
 * @param term the term
 * @param language the language tag it was indexed for
 * @param wordForms per word of the term, the keys of its forms (compact sets, for lookup)
 * @param orderedForms per word, the same keys in the order the language module gave them, the
 *     word as written first (for messages)
 */
public record IndexedTerm(Concept concept, Term term, String language, List<Set<String>> wordForms,
        List<List<String>> orderedForms) {

    public IndexedTerm {
        wordForms = List.copyOf(wordForms);
        orderedForms = List.copyOf(orderedForms);
    }

    public int length() {
        return wordForms.size();
    }

    /**
     * The keys of the term's forms for messages, in the order the language module gives them
     * (dictionary form and the commonest cases first); for a multi-word term, the forms of the last
     * word after the other words as written.
     */
    public List<String> describeForms(int limit) {
        Set<String> all = new LinkedHashSet<>();
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < orderedForms.size() - 1; i++) {
            head.append(orderedForms.get(i).get(0)).append(' ');
        }
        for (String last : orderedForms.get(orderedForms.size() - 1)) {
            all.add(head + last);
        }
        return all.stream().limit(limit).toList();
    }

    /** The key of word {@code i} as written in the glossary. */
    public String writtenKey(int i) {
        return orderedForms.get(i).get(0);
    }

    /** How many forms the term has in all: the product of its words' form counts. */
    public long formCount() {
        long n = 1;
        for (Set<String> forms : wordForms) {
            n *= forms.size();
        }
        return n;
    }
}
