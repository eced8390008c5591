package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.terms.IndexedTerm;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermIndexes;
import org.l10nwb.core.terms.TermMatch;

/**
 * The glossary rule for one language pair: {@code term-missing} and {@code term-forbidden}.
 *
 * <ol>
 * <li>The concepts in the source are those with a source term (any status) among the source's
 *     longest term occurrences.
 * <li>{@code term-missing}: such a concept has none of its allowed target terms, in any form, in
 *     the target. Concepts without any allowed target term are left to {@code glossary lint}.
 * <li>{@code term-forbidden}: the target holds a deprecated or superseded term, in any form,
 *     whatever the source says, unless the very same words are also a form of an allowed term
 *     of the same concept (Russian «Шуши» is also the genitive of «Шуша»).
 * </ol>
 */
public final class TermCheck {
    private static final int FORMS_SHOWN = 8;

    private final TermIndex source;
    private final TermIndex target;

    public TermCheck(Glossary glossary, String sourceLanguage, String targetLanguage, Languages languages) {
        this(TermIndexes.of(glossary, languages).get(sourceLanguage), TermIndexes.of(glossary, languages).get(targetLanguage));
    }

    /** A check over indexes already built (a source index can serve several target languages). */
    public TermCheck(TermIndex source, TermIndex target) {
        this.source = source;
        this.target = target;
    }

    public TermIndex sourceIndex() {
        return source;
    }

    public TermIndex targetIndex() {
        return target;
    }

    /** A problem before it is placed in a file: the rule, the concept and what to say. */
    public record Problem(Rule rule, Concept concept, String message, List<String> expected, List<String> found) {
    }

    public List<Problem> check(String sourceText, String targetText) {
        Map<Concept, String> required = new LinkedHashMap<>();
        for (TermMatch m : source.find(sourceText)) {
            required.putIfAbsent(m.term().concept(), m.surface());
        }
        List<TermMatch> inTarget = TermMatches.find(target, targetText);
        Set<Concept> present = new LinkedHashSet<>();
        for (TermMatch m : inTarget) {
            if (m.term().term().allowed()) {
                present.add(m.term().concept());
            }
        }
        Map<Concept, List<TermMatch>> forbidden = new LinkedHashMap<>();
        for (TermMatch m : inTarget) {
            if (!m.term().term().allowed() && !alsoAllowed(m, inTarget)) {
                forbidden.computeIfAbsent(m.term().concept(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<Concept, String> e : required.entrySet()) {
            Concept c = e.getKey();
            if (!present.contains(c)) {
                Problem p = missing(c, e.getValue(), forbidden.get(c));
                if (p != null) {
                    problems.add(p);
                }
            }
        }
        for (Map.Entry<Concept, List<TermMatch>> e : forbidden.entrySet()) {
            problems.add(forbidden(e.getKey(), e.getValue()));
        }
        return problems;
    }

    /** Whether the same words are also an allowed term of the same concept. */
    private static boolean alsoAllowed(TermMatch m, List<TermMatch> all) {
        for (TermMatch o : all) {
            if (o.sameSpan(m) && o.term().term().allowed() && o.term().concept() == m.term().concept()) {
                return true;
            }
        }
        return false;
    }

    private Problem missing(Concept c, String sourceSurface, List<TermMatch> forbiddenHere) {
        MissingText said = missingText(c);
        if (said == null) {
            return null;
        }
        StringBuilder msg = new StringBuilder(said.middle.length() + sourceSurface.length() + 16);
        msg.append('\u201C').append(sourceSurface).append('\u201D').append(said.middle);
        List<String> found = new ArrayList<>();
        if (forbiddenHere != null) {
            for (TermMatch m : forbiddenHere) {
                found.add(m.surface());
            }
            msg.append("; found ").append(orList(found).replace(" or ", ", ")).append(" instead");
        }
        return new Problem(Rule.TERM_MISSING, c, msg.toString(), said.expected, found);
    }

    /**
     * What a {@code term-missing} finding says of its concept whatever the text: the expected
     * terms and the message from after the source's words to before what was found instead.
     * Made once per concept: on a large file the same concepts are missed many thousand times.
     */
    private record MissingText(List<String> expected, String middle) {
    }

    private final java.util.concurrent.ConcurrentHashMap<Concept, java.util.Optional<MissingText>> missingTexts =
            new java.util.concurrent.ConcurrentHashMap<>();

    private MissingText missingText(Concept c) {
        return missingTexts.computeIfAbsent(c, k -> java.util.Optional.ofNullable(describeMissing(k))).orElse(null);
    }

    private MissingText describeMissing(Concept c) {
        List<IndexedTerm> allowed = target.allowedTerms(c);
        if (allowed.isEmpty()) {
            return null;
        }
        List<String> expected = allowed.stream().map(t -> t.term().text()).toList();
        StringBuilder msg = new StringBuilder();
        msg.append(" (concept ").append(c.id()).append(") is in the source, but the ")
                .append(target.language()).append(" translation has no form of ").append(orList(expected));
        List<String> looked = new ArrayList<>();
        long count = 0;
        for (IndexedTerm t : allowed) {
            looked.addAll(t.describeForms(FORMS_SHOWN));
            count += t.formCount();
        }
        msg.append("; looked for ").append(String.join(", ", looked.subList(0, Math.min(FORMS_SHOWN, looked.size()))));
        if (count > FORMS_SHOWN) {
            msg.append(", … (").append(count).append(" forms)");
        }
        return new MissingText(expected, msg.toString());
    }

    private Problem forbidden(Concept c, List<TermMatch> matches) {
        Set<String> surfaces = new LinkedHashSet<>();
        Set<Term> terms = new LinkedHashSet<>();
        for (TermMatch m : matches) {
            surfaces.add(m.surface());
            terms.add(m.term().term());
        }
        Term first = terms.iterator().next();
        List<String> expected = target.allowedTerms(c).stream().map(t -> t.term().text()).toList();
        StringBuilder msg = new StringBuilder();
        String found = String.join(", ", surfaces.stream().map(TermCheck::quote).toList());
        msg.append(found).append(surfaces.size() == 1 ? " is a form of the " : " are forms of the ")
                .append(first.status().label()).append(" term ").append(quote(first.text()))
                .append(" (concept ").append(c.id()).append(")");
        if (!expected.isEmpty()) {
            msg.append("; use ").append(orList(expected));
        }
        String why = why(c, first);
        if (why != null) {
            msg.append(" (").append(why).append(")");
        }
        return new Problem(Rule.TERM_FORBIDDEN, c, msg.toString(), expected, List.copyOf(surfaces));
    }

    /** The note that tells a translator why: the term's usage note or note, else its language's, else the concept's. */
    private String why(Concept c, Term t) {
        if (t.usageNote() != null) {
            return t.usageNote();
        }
        if (!t.notes().isEmpty()) {
            return t.notes().get(0);
        }
        for (var s : c.sections(target.language())) {
            if (!s.notes().isEmpty()) {
                return s.notes().get(0);
            }
        }
        return c.notes().isEmpty() ? null : c.notes().get(0);
    }

    static String quote(String s) {
        return "\u201C" + s + "\u201D";
    }

    private static String orList(List<String> items) {
        List<String> q = items.stream().map(TermCheck::quote).toList();
        if (q.size() <= 1) {
            return q.isEmpty() ? "" : q.get(0);
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + " or " + q.get(q.size() - 1);
    }
}
