package org.l10nwb.core.glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;

/** A terminology glossary: concepts with terms per language, read from one or more files. */
public final class Glossary {
    private final List<Path> files;
    private final String sourceLanguage;
    private final List<Concept> concepts;
    private final Map<String, Concept> byId;
    private final List<Warning> warnings;
    /**
     * What its users compute from the glossary once and share (its term indexes), by kind and key.
     * Held here, so that it lives exactly as long as the glossary: a cache beside it, keyed weakly
     * by the glossary, would keep every glossary ever read alive through its values, which refer
     * back to it.
     */
    private final Map<DerivedKey, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    private record DerivedKey(Class<?> kind, Object key) {
    }

    /**
     * @param files the files it was read from (for messages)
     * @param sourceLanguage the glossary's declared main language ({@code xml:lang} of the root), or
     *     {@code null}
     * @param concepts the concepts; ids must be unique
     */
    public Glossary(List<Path> files, String sourceLanguage, List<Concept> concepts) {
        this(files, sourceLanguage, concepts, List.of());
    }

    /** Something in a glossary file that was left out rather than refused (an empty term). */
    public record Warning(org.l10nwb.core.SourcePosition position, String message) {
        public String render() {
            return position.render() + ": " + message;
        }
    }

    /** @param warnings what was left out while reading, with where */
    public Glossary(List<Path> files, String sourceLanguage, List<Concept> concepts, List<Warning> warnings) {
        this.warnings = List.copyOf(warnings);
        this.files = List.copyOf(files);
        this.sourceLanguage = sourceLanguage;
        this.concepts = List.copyOf(concepts);
        Map<String, Concept> ids = new LinkedHashMap<>();
        for (Concept c : concepts) {
            Concept before = ids.putIfAbsent(c.id(), c);
            if (before != null) {
                throw new WorkbenchException(c.position(), "concept id '" + c.id() + "' is already used"
                        + (before.position() == null ? "" : " at " + before.position().render()));
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
    }

    /** Several glossaries as one; concept ids must not clash. */
    public static Glossary merge(List<Glossary> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        List<Path> files = new ArrayList<>();
        List<Concept> concepts = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        String source = null;
        for (Glossary g : parts) {
            files.addAll(g.files);
            warnings.addAll(g.warnings);
            concepts.addAll(g.concepts);
            if (source == null) {
                source = g.sourceLanguage;
            }
        }
        return new Glossary(files, source, concepts, warnings);
    }

    /**
     * The value of {@code kind} derived from this glossary for {@code key}, computed by {@code make}
     * the first time it is asked for and the same instance from then on (a glossary never changes
     * once read, so it never goes stale). Safe to call from several threads: it is computed once.
     */
    public <T> T derived(Class<T> kind, Object key, java.util.function.Supplier<? extends T> make) {
        return kind.cast(derived.computeIfAbsent(new DerivedKey(kind, key), k -> make.get()));
    }

    /** What was left out while reading (empty terms), with where. */
    public List<Warning> warnings() {
        return warnings;
    }

    public List<Path> files() {
        return files;
    }

    public String sourceLanguage() {
        return sourceLanguage;
    }

    public List<Concept> concepts() {
        return concepts;
    }

    public Concept concept(String id) {
        return byId.get(id);
    }

    /** Every language tag that has at least one term, in first-seen order. */
    public Set<String> languages() {
        Set<String> langs = new LinkedHashSet<>();
        for (Concept c : concepts) {
            for (LanguageSection s : c.languages()) {
                if (!s.terms().isEmpty()) {
                    langs.add(s.language());
                }
            }
        }
        return langs;
    }

    /** The primary language subtag of a tag, lower case: {@code az-Latn} → {@code az}. */
    public static String baseLanguage(String tag) {
        return LocaleTag.baseLanguage(tag);
    }
}
