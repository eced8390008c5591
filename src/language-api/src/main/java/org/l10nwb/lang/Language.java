package org.l10nwb.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the workbench knows about one language: how words are compared and how a glossary term
 * inflects. Implementations live in their own modules and are found with {@link java.util.ServiceLoader}
 * (see {@link Languages}); adding a language touches nothing here.
 *
 * <p>Term matching works on <em>keys</em>: a word after Unicode NFC and the language's own lower
 * casing (done by {@link Languages#key}), then {@link #normalizeKey}. A module's {@link #forms}
 * answers the keys of every inflected form of one word of a term; text matches a term when its
 * words' keys are among them.
 */
public interface Language {

    /** The primary language subtag this module serves, lower case: {@code ru}, {@code ka}, {@code az}. */
    String code();

    /**
     * Language-specific folding after lower casing, applied to text and to generated forms alike
     * (Russian «ё» → «е», for example). Must be idempotent. The default changes nothing.
     */
    default String normalizeKey(String lowerCased) {
        return lowerCased;
    }

    /**
     * The keys of every form of one word of a term: the word itself, and every inflected form the
     * language's grammar gives it in that position of the term. Derived words (adjectives from
     * names and the like) are not forms; glossaries list them as terms of their own.
     *
     * <p>The answers must already be keys: built from {@link TermWord#key()} with lower-case,
     * NFC endings. They are used as they are (normalising hundreds of thousands of generated forms
     * again would dominate the cost of indexing a large glossary).
     *
     * @param word the word, its key, its place in the term and the term's grammatical hints
     */
    Set<String> forms(TermWord word);

    /**
     * A prefix of {@code word.key()} that every key of {@link #forms} starts with. The term index
     * files a word under it and looks the words of a text up by their prefixes, so that it never
     * has to generate the forms of every term up front, only of the terms a text's word may be a
     * form of (a glossary of 200,000 concepts has millions of forms). The longer the prefix, the
     * fewer the terms whose forms are generated; a prefix too long would lose matches, so a module
     * that overrides this must be sure of it (the golden word-form tests check it for every term).
     *
     * <p>The default is the longest common prefix of {@link #forms}, which generates them: right
     * for any module, cheap for none. A module whose endings replace at most a known number of
     * letters answers without generating anything.
     */
    default String formPrefix(TermWord word) {
        String key = word.key();
        int n = key.length();
        for (String f : forms(word)) {
            int i = 0;
            int max = Math.min(n, f.length());
            while (i < max && f.charAt(i) == key.charAt(i)) {
                i++;
            }
            n = i;
        }
        return key.substring(0, n);
    }

    /**
     * Clitics and particles that may follow any form of a word (Georgian {@code -ც}, {@code -ვე},
     * the extension {@code -ა}; the Azerbaijani copula {@code -dır}). A word of the text that is not
     * a form is tried again without one or two of them, so that paradigms need not be multiplied
     * by every particle. Keys, longest first or in any order. The default is none.
     */
    default List<String> clitics() {
        return List.of();
    }

    /**
     * The spelling dictionary the module ships, if it has one: the {@code spelling} check uses it.
     * The default is none, and the check then says that the language is not spell-checked.
     */
    default java.util.Optional<SpellingDictionary> spellingDictionary() {
        return java.util.Optional.empty();
    }

    /**
     * Words of other languages that this language has borrowed and writes as they are written
     * there (Azerbaijani «realpolitik», «status», «film»), lower case: the {@code untranslated}
     * check does not take one of them, kept from the source, for a word left untranslated. They
     * are the language's, not a project's (a project adds its own with
     * {@code check.untranslated.words}). The default is none.
     */
    default Set<String> loanWords() {
        return Set.of();
    }

    /**
     * The declension classes a glossary may name for a term of this language (TBX
     * {@code x-inflection}), so that a name whose shape misleads the module ({@code Молдова} is no
     * surname) gets the right paradigm. None by default: the module then chooses by itself.
     */
    default Set<String> inflectionClasses() {
        return Set.of();
    }

    /**
     * What {@link #forms} gives the word, grouped as the module can name the groups (its cases, or
     * the paradigms the forms come from), for people to read ({@code glossary forms}). The default
     * is one unnamed group of the forms sorted. Every key of {@link #forms} is in some group.
     */
    default List<FormGroup> paradigm(TermWord word) {
        return List.of(new FormGroup(null, new ArrayList<>(new TreeSet<>(forms(word)))));
    }
}
