package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.Inflection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.lang.WordTokenizer;
import org.l10nwb.core.terms.IndexedTerm;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermMatch;
import org.l10nwb.lang.Language;
import org.l10nwb.lang.TermWord;

/**
 * The part of the glossary lint about how terms are written and inflected: the inflection hints
 * ({@code x-inflection}, {@code x-inflectedForm}) and terms that can never match as written.
 *
 * <ul>
 * <li>{@code inflection-unknown-class} (error): a class the language module does not have;
 * <li>{@code inflection-wrong-language} (error): a class meant for another language
 *     ({@code ka:vowel} on a Russian term);
 * <li>{@code inflection-unsupported} (warning): a class for a language whose module has no classes,
 *     or any hint for a language without a grammar module (its terms match as written anyway);
 * <li>{@code inflection-class-mismatch} (warning): the class does not fit the word (a Russian
 *     {@code fem-a} for a word not ending in -а/-я): the term then matches only as written;
 * <li>{@code inflected-form-is-term} (warning): an extra form that is the term itself;
 * <li>{@code inflected-form-generated} (info): an extra form the module already gives;
 * <li>{@code term-no-words} (warning): a term (or an extra form) of punctuation, symbols or spaces
 *     only: no word of a text can match it;
 * <li>{@code term-unjoinable} (warning): words of a term separated by something other than spaces,
 *     hyphens or dashes ({@code R&D}, {@code Baku/Tbilisi}): the matcher never joins words across
 *     it, so the term never matches as written;
 * <li>{@code form-collision} (warning): the term as written, or an extra form, is also a form of
 *     another concept's term in the same language: text with it matches both concepts. (The same
 *     written term in two concepts is {@code term-in-two-concepts}.)
 * </ul>
 */
final class TermShapeLint {
    private final Languages languages;

    TermShapeLint(Languages languages) {
        this.languages = languages;
    }

    void lint(Glossary glossary, String lang, TermIndex index, TermKeys keys, List<GlossaryLint.Issue> issues) {
        Language module = index.module();
        boolean hasModule = languages.has(lang);
        for (Concept c : glossary.concepts()) {
            for (Term t : c.terms(lang)) {
                SourcePosition at = t.position() != null ? t.position() : c.position();
                written(c, t, t.text(), lang, index, keys, at, issues);
                hint(c, t, lang, module, hasModule, index, at, issues);
                for (String form : t.inflectedForms()) {
                    written(c, t, form, lang, index, keys, at, issues);
                    extraForm(c, t, form, lang, index, at, issues);
                }
            }
        }
    }

    /** Whether {@code text} of term {@code t} can match at all, and what else it matches. */
    private static void written(Concept c, Term t, String text, String lang, TermIndex index, TermKeys keys,
            SourcePosition at, List<GlossaryLint.Issue> issues) {
        List<WordTokenizer.Token> words = index.words(text);
        String what = text.equals(t.text()) ? lang + " " + quote(text) : lang + " form " + quote(text) + " of "
                + quote(t.text());
        if (words.isEmpty()) {
            issues.add(new GlossaryLint.Issue(Severity.WARNING, "term-no-words", at, c.id(), what
                    + " has no letters or digits: no word of a text can match it"));
            return;
        }
        for (int i = 1; i < words.size(); i++) {
            int from = words.get(i - 1).end();
            int to = words.get(i).start();
            if (!WordTokenizer.joins(text, from, to)) {
                issues.add(new GlossaryLint.Issue(Severity.WARNING, "term-unjoinable", at, c.id(), what + " has "
                        + quote(text.substring(from, to)) + " between " + quote(words.get(i - 1).text()) + " and "
                        + quote(words.get(i).text()) + ": words are only joined across spaces, hyphens and dashes,"
                        + " so it never matches as written"));
                return;
            }
        }
        String key = text.equals(t.text()) ? keys.of(t) : index.key(text);
        for (TermMatch m : index.findWhole(text)) {
            IndexedTerm other = m.term();
            if (other.concept() == c || keys.of(other.term()).equals(key)) {
                continue;
            }
            issues.add(new GlossaryLint.Issue(Severity.WARNING, "form-collision", at, c.id(), what
                    + " is also a form of " + other.term().status().label() + " " + quote(other.term().text())
                    + " of concept " + other.concept().id() + ": text with it matches both concepts"));
        }
    }

    private void hint(Concept c, Term t, String lang, Language module, boolean hasModule, TermIndex index,
            SourcePosition at, List<GlossaryLint.Issue> issues) {
        Inflection hint = Inflection.parse(t.inflection());
        if (hint == null) {
            return;
        }
        String what = lang + " " + quote(t.text()) + ": inflection " + quote(t.inflection());
        String base = org.l10nwb.core.locale.LocaleTag.baseLanguage(lang);
        if (hint.language() != null && !hint.language().equals(base)) {
            issues.add(new GlossaryLint.Issue(Severity.ERROR, "inflection-wrong-language", at, c.id(), what
                    + " is meant for " + hint.language() + ", not " + base));
            return;
        }
        if (!hasModule) {
            issues.add(new GlossaryLint.Issue(Severity.WARNING, "inflection-unsupported", at, c.id(), what
                    + " has no effect: no grammar module for " + base + ", its terms match only as written"));
            return;
        }
        if (hint.indeclinable()) {
            return;
        }
        Set<String> classes = module.inflectionClasses();
        if (classes.isEmpty()) {
            issues.add(new GlossaryLint.Issue(Severity.WARNING, "inflection-unsupported", at, c.id(), what
                    + " has no effect: the " + base + " module has no declension classes (only "
                    + Inflection.INDECLINABLE + " is understood)"));
            return;
        }
        if (!classes.contains(hint.className())) {
            issues.add(new GlossaryLint.Issue(Severity.ERROR, "inflection-unknown-class", at, c.id(), what
                    + " is not a class of the " + base + " module (" + String.join(", ", classes) + ", or "
                    + Inflection.INDECLINABLE + ")"));
            return;
        }
        List<WordTokenizer.Token> words = index.words(t.text());
        if (!words.isEmpty()) {
            TermWord last = index.word(t, words, words.size() - 1, hint);
            if (module.forms(last).stream().allMatch(f -> f.equals(last.key()))) {
                issues.add(new GlossaryLint.Issue(Severity.WARNING, "inflection-class-mismatch", at, c.id(), what
                        + " does not fit " + quote(last.written()) + ": no rule of the class applies, so it matches"
                        + " only as written"));
            }
        }
    }

    private static void extraForm(Concept c, Term t, String form, String lang, TermIndex index, SourcePosition at,
            List<GlossaryLint.Issue> issues) {
        String what = lang + " form " + quote(form) + " of " + quote(t.text());
        if (index.key(form).equals(index.key(t.text()))) {
            issues.add(new GlossaryLint.Issue(Severity.WARNING, "inflected-form-is-term", at, c.id(), what
                    + " is the term itself"));
            return;
        }
        Term plain = new Term(t.text(), t.status(), t.partOfSpeech(), t.grammaticalGender(), null, List.of(), null,
                t.inflection(), List.of());
        IndexedTerm generated = index.index(c, plain);
        List<WordTokenizer.Token> words = index.words(form);
        if (words.size() == generated.length() && !words.isEmpty()) {
            boolean all = true;
            for (int i = 0; i < words.size() && all; i++) {
                all = generated.wordForms().get(i).contains(index.key(words.get(i).text()));
            }
            if (all) {
                issues.add(new GlossaryLint.Issue(Severity.INFO, "inflected-form-generated", at, c.id(), what
                        + " is already a form the " + lang + " module gives"));
            }
        }
    }

    private static String quote(String s) {
        return "\u201C" + s + "\u201D";
    }
}
