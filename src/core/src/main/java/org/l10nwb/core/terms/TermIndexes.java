package org.l10nwb.core.terms;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;

/**
 * The term indexes of one glossary with one set of language modules, each built the first time a
 * language is asked for and then shared: the checks, the glossary lint, the translator's session
 * and the review report of one glossary use one index per language instead of building their own.
 * Obtained from {@link #of}, which keeps one per glossary and set of language modules for as long
 * as the glossary is in use (a glossary never changes once read, so they never go stale), and
 * no longer: a glossary read again or replaced frees the indexes of the one before.
 *
 * <p>Safe to share between threads: an index is not changed after it is built, and building is
 * done once per language ({@link ConcurrentHashMap#computeIfAbsent}).
 */
public final class TermIndexes {
    private final Glossary glossary;
    private final Languages languages;
    private final Map<String, TermIndex> byLanguage = new ConcurrentHashMap<>();

    /**
     * The shared indexes of {@code glossary} with {@code languages}, kept by the glossary itself
     * ({@link Glossary#derived}), so that they go when it goes: {@link Languages#installed()} is
     * one instance, so every user of the installed modules shares them.
     */
    public static TermIndexes of(Glossary glossary, Languages languages) {
        return glossary.derived(TermIndexes.class, languages, () -> new TermIndexes(glossary, languages));
    }

    private TermIndexes(Glossary glossary, Languages languages) {
        this.glossary = glossary;
        this.languages = languages;
    }

    /** The index of the glossary's terms in {@code language} (exact tag, else same base language). */
    public TermIndex get(String language) {
        return byLanguage.computeIfAbsent(language, l -> TermIndex.build(glossary, l, languages));
    }
}
