package org.l10nwb.core.terms;

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
     * (dictionary form and the commonest cases first). For a multi-word term, where every word
     * inflects on its own, one entry shows each word's first forms:
     * {@code зангезурский/зангезурского/зангезурскому/… коридор/коридора/коридору/…}.
     */
    public List<String> describeForms(int limit) {
        if (orderedForms.size() == 1) {
            return orderedForms.get(0).stream().limit(limit).toList();
        }
        int each = Math.max(2, Math.min(4, limit / 2));
        List<String> words = new java.util.ArrayList<>();
        for (List<String> forms : orderedForms) {
            String shown = String.join("/", forms.subList(0, Math.min(each, forms.size())));
            words.add(forms.size() > each ? shown + "/…" : shown);
        }
        return List.of(String.join(" ", words));
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
