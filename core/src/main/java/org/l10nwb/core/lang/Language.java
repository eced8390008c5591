package org.l10nwb.core.lang;

import java.util.Set;

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
     * @param word the word, its key, its place in the term and the term's grammatical hints
     */
    Set<String> forms(TermWord word);
}
