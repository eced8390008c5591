package org.l10nwb.core.terms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.Inflection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.lang.Language;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.lang.TermWord;
import org.l10nwb.core.lang.WordTokenizer;

/**
 * Every term of a glossary in one language, with all forms of all its words, ready to be found
 * in text.
 *
 * <p>Finding ({@link TermFinder}) is one pass over the text's words with a lookup per word: the
 * cost grows with the length of the text, not with the size of the glossary. A word's key
 * selects the terms that can start there; multi-word terms then check the following words, which may only be separated
 * by white space, a hyphen or a dash ({@link WordTokenizer#joins}). Of overlapping occurrences the
 * longest wins and the ones inside it do not count ({@code Tbilisi State University} is not also
 * {@code Tbilisi}); occurrences of the same length over the same words are all kept, so that a
 * word form shared by two terms is seen as both.
 */
public final class TermIndex {
    private final String language;
    private final ULocale locale;
    private final Language module;
    /** The terms by the prefix every form of their first word has. */
    private final FirstWordTable byFirstWord = new FirstWordTable();
    /** Key of an extra form's first word (glossary-given, so not of the prefix) → the terms: one, or an array. */
    private final Map<String, Object> byExtraFirstWord = new HashMap<>();
    /** How many terms were filed: the order of terms found at one place. */
    private int filed;
    /**
     * While building: one {@link WordForms} per distinct word (a {@link TermWord}, or the key of a
     * word matched as written), so that terms sharing a word share its forms.
     */
    private Map<Object, WordForms> distinctWords = new HashMap<>();
    private final List<IndexedTerm> terms = new ArrayList<>();
    private final List<IndexedTerm> termsView = Collections.unmodifiableList(terms);
    /**
     * Concept → its terms in this language, in glossary order: what a finding about one concept
     * needs. By identity: a concept is a record, whose hash walks all its terms and sections.
     */
    private final Map<Concept, List<IndexedTerm>> byConcept = new IdentityHashMap<>();
    /** By equality, for a concept equal to one of the glossary's but not the same: built on first need. */
    private volatile Map<Concept, List<IndexedTerm>> byEqualConcept;
    /**
     * A tokenizer per thread: a break iterator keeps the text it is walking, and one index is
     * shared by every user of its glossary ({@link TermIndexes}), so that nothing about the index
     * changes once it is built.
     */
    private final ThreadLocal<WordTokenizer> tokenizer;
    /** Strips the module's clitics from the words of a text. */
    private final CliticStripper clitics;
    /** Finds the terms in text once the index is built. */
    private final TermFinder finder = new TermFinder(this);

    private TermIndex(String language, Language module) {
        this.language = language;
        this.locale = new ULocale(language);
        this.module = module;
        this.clitics = new CliticStripper(module.clitics());
        ULocale l = locale;
        this.tokenizer = ThreadLocal.withInitial(() -> new WordTokenizer(l));
    }

    /** Indexes every term of the glossary in {@code language} (exact tag, else same base language). */
    public static TermIndex build(Glossary glossary, String language, Languages languages) {
        TermIndex index = new TermIndex(language, languages.forTag(language));
        for (Concept c : glossary.concepts()) {
            for (Term t : c.terms(language)) {
                index.add(c, t);
            }
        }
        index.byConcept.replaceAll((c, list) -> List.copyOf(list));
        index.byFirstWord.seal();
        index.distinctWords = null;
        return index;
    }

    public String language() {
        return language;
    }

    public Language module() {
        return module;
    }

    public List<IndexedTerm> terms() {
        return termsView;
    }

    /** The indexed terms of one concept in this language (none when it has no term here). */
    public List<IndexedTerm> terms(Concept concept) {
        List<IndexedTerm> found = byConcept.get(concept);
        if (found != null || byConcept.isEmpty()) {
            return found == null ? List.of() : found;
        }
        Map<Concept, List<IndexedTerm>> equal = byEqualConcept;
        if (equal == null) {
            byEqualConcept = equal = new HashMap<>(byConcept);
        }
        return equal.getOrDefault(concept, List.of());
    }

    /** The concept's preferred and admitted terms in this language. */
    public List<IndexedTerm> allowedTerms(Concept concept) {
        return terms(concept).stream().filter(t -> t.term().allowed()).toList();
    }

    /**
     * The indexed form of a term of this language (the term needs no concept in the glossary),
     * with the glossary's hints: an indeclinable term keeps only its words as written; a class is
     * given to the module for the term's last word; each extra form with as many words as the term
     * adds its words' keys to the term's words.
     */
    public IndexedTerm index(Concept concept, Term term) {
        List<WordTokenizer.Token> words = tokenizer.get().tokens(term.text());
        Inflection hint = Inflection.parse(term.inflection());
        boolean inflects = hint == null || !hint.indeclinable();
        WordForms[] forms = new WordForms[words.size()];
        for (int i = 0; i < forms.length; i++) {
            TermWord w = word(term, words, i, hint);
            forms[i] = inflects ? distinct(w, () -> new WordForms(w, module)) : distinct(w.key(), () -> new WordForms(w.key()));
        }
        List<List<String>> extras = null;
        for (List<String> extra : sameLengthForms(term, words.size())) {
            if (extras == null) {
                extras = new ArrayList<>();
                for (int i = 0; i < forms.length; i++) {
                    extras.add(new ArrayList<>());
                }
            }
            for (int i = 0; i < extra.size(); i++) {
                if (!extras.get(i).contains(extra.get(i))) {
                    extras.get(i).add(extra.get(i));
                }
            }
        }
        if (extras != null) {
            extras = extras.stream().map(List::copyOf).toList();
        }
        return new IndexedTerm(concept, term, language, forms, extras);
    }

    /** The one {@link WordForms} of a word while building; a new one once built (lint's terms of its own). */
    private WordForms distinct(Object word, java.util.function.Supplier<WordForms> make) {
        Map<Object, WordForms> words = distinctWords;
        return words == null ? make.get() : words.computeIfAbsent(word, k -> make.get());
    }

    /**
     * Word {@code i} of a term as its language module sees it. The glossary's class goes to the
     * last word only: the head of a Russian or Georgian name phrase, whose adjectives and first
     * names before it keep their own paradigms.
     */
    public TermWord word(Term term, List<WordTokenizer.Token> words, int i, Inflection hint) {
        String written = words.get(i).text();
        String cls = hint != null && !hint.indeclinable() && i == words.size() - 1 ? hint.className() : null;
        return new TermWord(written, key(written), i, words.size(), term.partOfSpeech(), term.grammaticalGender(), cls);
    }

    /** The words of a text, as the index splits them. */
    public List<WordTokenizer.Token> words(String text) {
        return tokenizer.get().tokens(text);
    }

    /** The keys of the term's extra forms that have as many words as the term. */
    private List<List<String>> sameLengthForms(Term term, int length) {
        List<List<String>> out = new ArrayList<>();
        for (String form : term.inflectedForms()) {
            List<WordTokenizer.Token> words = tokenizer.get().tokens(form);
            if (words.size() == length) {
                out.add(words.stream().map(t -> key(t.text())).toList());
            }
        }
        return out;
    }

    /**
     * The term's extra forms with another number of words than the term ({@code Нагорный
     * Карабах} given for a one-word term), each indexed as a term of its own, written as it is
     * there, that stands for the term when found.
     */
    private List<IndexedTerm> otherLengthForms(Concept concept, Term term, int length) {
        List<IndexedTerm> out = new ArrayList<>();
        for (String form : term.inflectedForms()) {
            List<WordTokenizer.Token> words = tokenizer.get().tokens(form);
            if (!words.isEmpty() && words.size() != length) {
                WordForms[] forms = new WordForms[words.size()];
                for (int i = 0; i < forms.length; i++) {
                    String k = key(words.get(i).text());
                    forms[i] = distinct(k, () -> new WordForms(k));
                }
                out.add(new IndexedTerm(concept, term, language, forms, null));
            }
        }
        return out;
    }

    private void add(Concept concept, Term term) {
        IndexedTerm it = index(concept, term);
        if (it.length() == 0) {
            return; // punctuation only: nothing a word could match (the glossary lint says so)
        }
        terms.add(it);
        byConcept.computeIfAbsent(concept, k -> new ArrayList<>(2)).add(it);
        byFirstWord(it);
        // found like the term, but not one of the concept's terms (messages and lint list those)
        otherLengthForms(concept, term, it.length()).forEach(this::byFirstWord);
    }

    private void byFirstWord(IndexedTerm it) {
        it.ordinal = filed++;
        byFirstWord.add(it);
        for (String first : it.extras(0)) {
            byExtraFirstWord.merge(first, it, (old, add) -> {
                if (old instanceof IndexedTerm one) {
                    return one == add ? one : new IndexedTerm[] {one, (IndexedTerm) add};
                }
                IndexedTerm[] many = (IndexedTerm[]) old;
                IndexedTerm[] more = java.util.Arrays.copyOf(many, many.length + 1);
                more[many.length] = (IndexedTerm) add;
                return more;
            });
        }
    }

    /** A word's comparison key in this language. */
    public String key(String word) {
        return Languages.key(word, locale, module);
    }

    /** Every occurrence of a term in {@code text}, longest first where they overlap, in text order. */
    public List<TermMatch> find(String text) {
        return finder.find(text);
    }

    /**
     * The occurrences of terms that span all the words of {@code text}: what {@link #find} gives
     * from its first word to its last, without looking for the shorter ones (the glossary lint
     * asks this of every term).
     */
    public List<TermMatch> findWhole(String text) {
        return finder.findWhole(text);
    }

    FirstWordTable byFirstWord() {
        return byFirstWord;
    }

    /** The terms an extra form's first word {@code k} starts: {@code null}, one, or an array. */
    Object byExtraFirstWord(String k) {
        return byExtraFirstWord.isEmpty() ? null : byExtraFirstWord.get(k);
    }

    CliticStripper clitics() {
        return clitics;
    }
}
