package org.l10nwb.core.session;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemoryRanking;
import org.l10nwb.core.memory.ProjectMemory;
import org.l10nwb.core.memory.TranslationMemory;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.terms.ForbiddenTerms;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermIndexes;
import org.l10nwb.core.terms.TermMatch;

/**
 * What the glossary and the memories offer for a segment: the concepts found in its source with
 * their approved and forbidden terms, and earlier translations of similar sentences (the file's
 * own translated segments first among equals, then every memory of the session).
 */
final class SegmentHints implements AutoCloseable {
    static final int MEMORY_LIMIT = 3;

    private final Glossary glossary;
    private final Languages languages;
    private final List<TranslationMemory> memories;
    private final Consumer<String> notices;
    /** Memory problems already told to the translator, so that each is told once. */
    private final Set<String> memoryProblems = new HashSet<>();
    private final ForbiddenTerms forbidden;
    private ProjectMemory ownMemory;

    SegmentHints(Glossary glossary, Languages languages, List<TranslationMemory> memories, Consumer<String> notices) {
        this.glossary = glossary;
        this.languages = languages;
        this.memories = List.copyOf(memories);
        this.notices = notices;
        this.forbidden = new ForbiddenTerms(glossary, languages);
    }

    /** The file changed: its own translations are read again on the next look-up. */
    void fileChanged() {
        ownMemory = null;
    }

    /** The glossary's concepts found in {@code sourceText}, each once, with what the target language says of them. */
    List<GlossaryHit> glossary(String sourceText, String sourceLanguage, String targetLanguage) {
        TermIndex index = TermIndexes.of(glossary, languages).get(sourceLanguage);
        Map<Concept, GlossaryHit> hits = new LinkedHashMap<>();
        for (TermMatch m : index.find(sourceText)) {
            Concept c = m.term().concept();
            if (hits.containsKey(c)) {
                continue;
            }
            List<Term> terms = c.terms(targetLanguage);
            hits.put(c, new GlossaryHit(m.surface(), c, terms.stream().filter(Term::allowed).toList(),
                    terms.stream().filter(t -> !t.allowed()).toList(), note(c, targetLanguage)));
        }
        return List.copyOf(hits.values());
    }

    /** Why, from the glossary: the target language's first note, else the concept's. */
    private static String note(Concept c, String targetLanguage) {
        for (LanguageSection s : c.sections(targetLanguage)) {
            if (!s.notes().isEmpty()) {
                return s.notes().get(0);
            }
        }
        return c.notes().isEmpty() ? null : c.notes().get(0);
    }

    /**
     * The best matches for the query from the file itself and every memory; a memory that cannot
     * answer is told to the translator once and the others still answer.
     */
    List<MemoryMatch> memory(MemoryQuery q, Path file, XliffDocument document) {
        if (ownMemory == null) {
            ownMemory = new ProjectMemory(new ULocale(q.sourceLanguage())).add(file.toString(), document);
        }
        List<MemoryMatch> all = new ArrayList<>(ownMemory.lookup(q));
        for (TranslationMemory m : memories) {
            try {
                all.addAll(m.lookup(q));
            } catch (WorkbenchException e) {
                String notice = "the translation memory (" + m.name() + ") gives no matches: " + e.getMessage();
                if (memoryProblems.add(notice)) {
                    notices.accept(notice);
                }
            }
        }
        return MemoryRanking.merge(all, MEMORY_LIMIT).stream()
                .map(m -> m.withForbidden(forbidden.in(m.target(), q.targetLanguage()))).toList();
    }

    /** The forms a concept's approved terms can be inserted in. */
    TermForms forms(GlossaryHit hit, String targetLanguage) {
        return TermForms.of(hit, glossary, languages, targetLanguage);
    }

    /** Where matches come from, for the panel's heading. */
    List<String> memoryNames() {
        List<String> names = new ArrayList<>();
        names.add("this file");
        memories.forEach(m -> names.add(m.name()));
        return names;
    }

    /** Closes the memories that hold resources (an index reader). */
    @Override
    public void close() {
        for (TranslationMemory m : memories) {
            if (m instanceof Closeable c) {
                try {
                    c.close();
                } catch (IOException e) {
                    // a reader of derived data; closing the session must not fail on it
                }
            }
        }
    }
}
