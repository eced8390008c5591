package org.l10nwb.core.terms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Term;

/**
 * A glossary term ready for matching: for each of its words, the keys of every form.
 *
 * <p>The forms are generated when first needed ({@link WordForms}): matching asks a word whether
 * it has a key without listing them, and {@link #wordForms} and {@link #orderedForms} list them
 * for lint and messages. A term is equal only to itself (the index and its users compare terms by
 * identity).
 */
public final class IndexedTerm {
    private final Concept concept;
    private final Term term;
    private final String language;
    private final WordForms[] words;
    /** Per word, the keys of the glossary's extra forms of the term's length, or {@code null} for none. */
    private final List<List<String>> extras;
    /** Where the index met it first: matches at one place keep this order, the glossary's. */
    int ordinal;
    private volatile List<Set<String>> wordForms;
    private volatile List<List<String>> orderedForms;

    IndexedTerm(Concept concept, Term term, String language, WordForms[] words, List<List<String>> extras) {
        this.concept = concept;
        this.term = term;
        this.language = language;
        this.words = words;
        this.extras = extras;
    }

    /**
     * A term with its forms given.
     *
     * @param concept the concept it belongs to
     * @param term the term
     * @param language the language tag it was indexed for
     * @param wordForms per word of the term, the keys of its forms
     * @param orderedForms per word, the same keys in the order the language module gave them, the
     *     word as written first (for messages)
     */
    public IndexedTerm(Concept concept, Term term, String language, List<Set<String>> wordForms,
            List<List<String>> orderedForms) {
        this(concept, term, language, given(wordForms, orderedForms), null);
    }

    private static WordForms[] given(List<Set<String>> wordForms, List<List<String>> orderedForms) {
        WordForms[] out = new WordForms[wordForms.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new WordForms(orderedForms.get(i), wordForms.get(i));
        }
        return out;
    }

    public Concept concept() {
        return concept;
    }

    public Term term() {
        return term;
    }

    public String language() {
        return language;
    }

    public int length() {
        return words.length;
    }

    WordForms word(int i) {
        return words[i];
    }

    /** The glossary's extra keys of word {@code i}, none when it has none. */
    List<String> extras(int i) {
        return extras == null ? List.of() : extras.get(i);
    }

    /** Whether word {@code i} of the term has any of {@code keys} among its forms. */
    boolean matches(int i, String[] keys) {
        WordForms w = words[i];
        List<String> more = extras(i);
        for (String k : keys) {
            if (w.has(k) || more.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Per word of the term, the keys of its forms (compact sets, for lookup). */
    public List<Set<String>> wordForms() {
        List<Set<String>> f = wordForms;
        if (f == null) {
            List<Set<String>> out = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                out.add(extras(i).isEmpty() ? words[i].set() : Set.copyOf(orderedForms().get(i)));
            }
            wordForms = f = List.copyOf(out);
        }
        return f;
    }

    /**
     * Per word, the keys of its forms in the order the language module gave them, the word as
     * written first, then the glossary's extra forms (for messages).
     */
    public List<List<String>> orderedForms() {
        List<List<String>> f = orderedForms;
        if (f == null) {
            List<List<String>> out = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                List<String> more = extras(i);
                if (more.isEmpty()) {
                    out.add(words[i].ordered());
                } else {
                    Set<String> all = new LinkedHashSet<>(words[i].ordered());
                    all.addAll(more);
                    out.add(List.copyOf(all));
                }
            }
            orderedForms = f = List.copyOf(out);
        }
        return f;
    }

    /**
     * The keys of the term's forms for messages, in the order the language module gives them
     * (dictionary form and the commonest cases first). For a multi-word term, where every word
     * inflects on its own, one entry shows each word's first forms:
     * {@code зангезурский/зангезурского/зангезурскому/… коридор/коридора/коридору/…}.
     */
    public List<String> describeForms(int limit) {
        List<List<String>> ordered = orderedForms();
        if (ordered.size() == 1) {
            return ordered.get(0).stream().limit(limit).toList();
        }
        int each = Math.max(2, Math.min(4, limit / 2));
        List<String> shown = new ArrayList<>();
        for (List<String> forms : ordered) {
            String s = String.join("/", forms.subList(0, Math.min(each, forms.size())));
            shown.add(forms.size() > each ? s + "/…" : s);
        }
        return List.of(String.join(" ", shown));
    }

    /** The key of word {@code i} as written in the glossary. */
    public String writtenKey(int i) {
        return words[i].key();
    }

    /** How many forms the term has in all: the product of its words' form counts. */
    public long formCount() {
        long n = 1;
        for (Set<String> forms : wordForms()) {
            n *= forms.size();
        }
        return n;
    }

    @Override
    public String toString() {
        return "IndexedTerm[" + language + " " + term.text() + " of " + concept.id() + "]";
    }
}
