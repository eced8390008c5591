package org.l10nwb.core.terms;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;

/**
 * The term indexes of one glossary with one set of language modules, each built the first time a
 * language is asked for and then shared: the checks, the glossary lint, the translator's session
 * and the review report of one glossary use one index per language instead of building their own.
 * Obtained from {@link #of}, which keeps one per glossary and set of language modules for as long
 * as the glossary is in use (a glossary never changes once read, so they never go stale).
 *
 * <p>Safe to share between threads: an index is not changed after it is built, and building is
 * done once per language ({@link ConcurrentHashMap#computeIfAbsent}).
 */
public final class TermIndexes {
    private final Glossary glossary;
    private final Languages languages;
    private final Map<String, TermIndex> byLanguage = new ConcurrentHashMap<>();

    /** By identity: a glossary once read and {@link Languages#installed()} are each one instance. */
    private static final Map<Glossary, Map<Languages, TermIndexes>> SHARED =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** The shared indexes of {@code glossary} with {@code languages}. */
    public static TermIndexes of(Glossary glossary, Languages languages) {
        return SHARED.computeIfAbsent(glossary, g -> new ConcurrentHashMap<>())
                .computeIfAbsent(languages, l -> new TermIndexes(glossary, l));
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
