package org.l10nwb.core.terms;

import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.glossary.Inflection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.lang.WordTokenizer;
import org.l10nwb.lang.FormGroup;
import org.l10nwb.lang.TermWord;

/**
 * What the matcher accepts for one term, for people to read: per word of the term, the forms
 * its language module gives, in the groups the module names ({@link org.l10nwb.lang.Language#paradigm});
 * then the glossary's extra forms. The same hints as {@link TermIndex#index} apply, so that what is
 * shown is what is matched.
 */
public final class TermForms {
    /** The forms of one word of the term. */
    public record Word(String written, List<FormGroup> groups) {
    }

    /**
     * @param term the term
     * @param language the language it was read for
     * @param words its words' forms, in order (a text matches when each word is any of its forms)
     * @param extraForms the glossary's extra forms, as written
     */
    public record Paradigm(Term term, String language, List<Word> words, List<String> extraForms) {
        /** The paradigm as lines of text: {@code label: form form …}, per word where there are several. */
        public List<String> render() {
            List<String> out = new ArrayList<>();
            boolean several = words.size() > 1;
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                String indent = several ? "    " : "  ";
                if (several) {
                    out.add("  word " + (i + 1) + " \u201C" + w.written() + "\u201D:");
                }
                for (FormGroup g : w.groups()) {
                    out.add(indent + (g.label() == null ? "" : g.label() + ": ") + String.join(" ", g.forms()));
                }
            }
            if (several) {
                out.add("  (any form of each word, in this order)");
            }
            if (!extraForms.isEmpty()) {
                out.add("  glossary forms: " + String.join(" | ", extraForms));
            }
            return out;
        }
    }

    private TermForms() {
    }

    /** The paradigm of {@code term} in the language of {@code index}. */
    public static Paradigm of(TermIndex index, Term term) {
        Inflection hint = Inflection.parse(term.inflection());
        List<WordTokenizer.Token> tokens = index.words(term.text());
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            TermWord w = index.word(term, tokens, i, hint);
            List<FormGroup> groups;
            if (hint != null && hint.indeclinable()) {
                groups = List.of(new FormGroup(Inflection.INDECLINABLE, List.of(w.key())));
            } else {
                groups = index.module().paradigm(w);
                boolean hasWord = groups.stream().anyMatch(g -> g.forms().contains(w.key()));
                if (!hasWord) {
                    List<FormGroup> with = new ArrayList<>();
                    with.add(new FormGroup(null, List.of(w.key())));
                    with.addAll(groups);
                    groups = with;
                }
            }
            words.add(new Word(w.written(), groups));
        }
        return new Paradigm(term, index.language(), words, term.inflectedForms());
    }
}
