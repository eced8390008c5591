package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.terms.IndexedTerm;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermIndexes;

/**
 * Finds what makes a glossary ambiguous or unenforceable.
 *
 * <ul>
 * <li>{@code blank-term}: a term of spaces only (no-break spaces, which no reader strips);
 * <li>{@code duplicate-term}: the same term twice in one concept and language;
 * <li>{@code term-in-two-concepts}: one term in two concepts (in the source language, a text
 *     mentioning it would require both);
 * <li>{@code missing-language}: a concept without any term in a target language;
 * <li>{@code no-allowed-term}: a concept whose terms in a language are all forbidden, so nothing
 *     can satisfy it;
 * <li>{@code forbidden-collision}: a forbidden term whose written form is also an inflected form
 *     of an allowed term of the same concept (Russian «Шуши» is the genitive of «Шуша»): the
 *     check can never report it;
 * <li>{@code forbidden-forms-shared}: a forbidden and an allowed term of a concept that share some
 *     inflected forms (Georgian შუში and შუშა are both შუშის in the genitive); those forms are
 *     not reported.
 * </ul>
 * and what {@link TermShapeLint} finds about the inflection hints and terms that never match as
 * written.
 */
public final class GlossaryLint {
    private static final int SHOWN = 6;

    /** One lint finding. */
    public record Issue(Severity severity, String id, SourcePosition position, String conceptId, String message) {
        public String render() {
            return (position == null ? "<glossary>" : position.render()) + ": " + severity.label() + " " + id + " "
                    + conceptId + ": " + message;
        }
    }

    private final Languages languages;

    public GlossaryLint(Languages languages) {
        this.languages = languages;
    }

    /**
     * @param targetLanguages the languages every concept should have (may be empty)
     */
    public List<Issue> lint(Glossary glossary, List<String> targetLanguages) {
        List<Issue> issues = new ArrayList<>();
        Set<String> langs = new LinkedHashSet<>(glossary.languages());
        langs.addAll(targetLanguages);
        for (String lang : targetLanguages) {
            for (Concept c : glossary.concepts()) {
                if (c.terms(lang).isEmpty()) {
                    issues.add(new Issue(Severity.WARNING, "missing-language", c.position(), c.id(),
                            "no " + lang + " term: translations into " + lang + " cannot be checked for this concept"));
                }
            }
        }
        for (String lang : langs) {
            for (Concept c : glossary.concepts()) {
                for (org.l10nwb.core.glossary.Term t : c.terms(lang)) {
                    if (isBlank(t.text())) {
                        issues.add(new Issue(Severity.ERROR, "blank-term", t.position() != null ? t.position()
                                : c.position(), c.id(), lang + " term " + quote(t.text()) + " is made of spaces only"
                                + " (no-break or other): it matches nothing, or every space"));
                    }
                }
            }
            TermIndex index = TermIndexes.of(glossary, languages).get(lang);
            // by identity: a concept is a record, whose hash would walk all its sections and terms
            Map<Concept, List<IndexedTerm>> byConcept = new java.util.IdentityHashMap<>();
            for (IndexedTerm t : index.terms()) {
                byConcept.computeIfAbsent(t.concept(), k -> new ArrayList<>()).add(t);
            }
            Map<String, IndexedTerm> seen = new HashMap<>();
            TermKeys keys = new TermKeys(index);
            for (Concept c : glossary.concepts()) {
                List<IndexedTerm> terms = byConcept.getOrDefault(c, List.of());
                for (IndexedTerm t : terms) {
                    String key = keys.of(t.term());
                    IndexedTerm before = seen.putIfAbsent(key, t);
                    if (before != null && before.concept() == c) {
                        issues.add(new Issue(Severity.WARNING, "duplicate-term", pos(t, c), c.id(), lang + " "
                                + quote(t.term().text()) + " is listed twice"));
                    } else if (before != null) {
                        issues.add(new Issue(Severity.WARNING, "term-in-two-concepts", pos(t, c), c.id(), lang + " "
                                + quote(t.term().text()) + " is also a term of concept " + before.concept().id()
                                + "; text with it matches both"));
                    }
                }
                if (!terms.isEmpty() && terms.stream().noneMatch(t -> t.term().allowed())) {
                    issues.add(new Issue(Severity.ERROR, "no-allowed-term", c.position(), c.id(), "every " + lang
                            + " term is forbidden: no translation can satisfy the concept"));
                }
                collisions(lang, c, terms, issues);
            }
            new TermShapeLint(languages).lint(glossary, lang, index, keys, issues);
        }
        return issues;
    }

    private static void collisions(String lang, Concept c, List<IndexedTerm> terms, List<Issue> issues) {
        for (IndexedTerm bad : terms) {
            if (bad.term().allowed()) {
                continue;
            }
            for (IndexedTerm good : terms) {
                if (!good.term().allowed() || good.length() != bad.length()) {
                    continue;
                }
                if (writtenFormIsFormOf(bad, good)) {
                    issues.add(new Issue(Severity.WARNING, "forbidden-collision", pos(bad, c), c.id(), lang + " "
                            + bad.term().status().label() + " " + quote(bad.term().text()) + " is also an inflected form of "
                            + good.term().status().label() + " " + quote(good.term().text())
                            + ": it can never be reported, since the same word is an approved form"));
                    continue;
                }
                List<String> shared = sharedForms(bad, good);
                if (!shared.isEmpty()) {
                    issues.add(new Issue(Severity.INFO, "forbidden-forms-shared", pos(bad, c), c.id(), lang + " "
                            + quote(bad.term().text()) + " and " + quote(good.term().text()) + " share the forms "
                            + String.join(", ", shared.stream().map(f -> f.startsWith("…") ? f : quote(f)).toList())
                            + "; those are not reported as forbidden"));
                }
            }
        }
    }

    private static boolean writtenFormIsFormOf(IndexedTerm bad, IndexedTerm good) {
        for (int i = 0; i < bad.length(); i++) {
            String written = bad.writtenKey(i);
            if (!good.wordForms().get(i).contains(written)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> sharedForms(IndexedTerm bad, IndexedTerm good) {
        List<Set<String>> perWord = new ArrayList<>();
        for (int i = 0; i < bad.length(); i++) {
            Set<String> both = new LinkedHashSet<>(bad.orderedForms().get(i));
            both.retainAll(good.wordForms().get(i));
            if (both.isEmpty()) {
                return List.of();
            }
            perWord.add(both);
        }
        List<String> lasts = new ArrayList<>(perWord.get(perWord.size() - 1));
        lasts.sort(java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder()));
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < perWord.size() - 1; i++) {
            head.append(bad.writtenKey(i)).append(' ');
        }
        List<String> out = new ArrayList<>();
        for (String last : lasts) {
            out.add(head + last);
            if (out.size() == SHOWN) {
                out.add("… " + lasts.size() + " in all");
                break;
            }
        }
        return out;
    }

    /**
     * No letter, digit or mark: spaces of any kind (the TBX reader strips only ASCII white space,
     * so a no-break space survives it), format characters such as the zero-width space.
     */
    static boolean isBlank(String text) {
        return text.codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.CONTROL);
    }

    private static SourcePosition pos(IndexedTerm t, Concept c) {
        return t.term().position() != null ? t.term().position() : c.position();
    }

    private static String quote(String s) {
        return "\u201C" + s + "\u201D";
    }
}
