package org.l10nwb.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermStatus;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermMatch;

/**
 * Golden word-form cases for a language module, read from every {@code *.tsv} file of a folder.
 *
 * <p>Each line: {@code term <TAB> text <TAB> yes|no <TAB> why}. {@code yes}: the text contains a
 * form of the term; {@code no}: it does not (a word that only shares a prefix, a derived word).
 * The term may end with grammatical hints in brackets: {@code Кремль [masculine]},
 * {@code ფაშინიანი [properNoun]}, and the glossary's inflection hints: {@code Молдова [class=fem-a]},
 * {@code Шуша [indeclinable]}, {@code Баку [form=Бакы]} (repeatable; {@code _} stands for a space
 * in a form).
 */
public final class WordFormCases {

    /** One case, named after its file and line for test reports. */
    public record Case(String file, int line, String term, String text, boolean match, String why) {
        @Override
        public String toString() {
            return file + ":" + line + " " + term + " ~ " + text + (match ? " (form)" : " (not a form)");
        }

        /** Asserts that the installed module for {@code language} agrees with the case. */
        public void verify(String language) {
            Languages languages = Languages.installed();
            assertTrue(languages.has(language), "no module for " + language + " on the class path");
            Term t = WordFormCases.term(term);
            Concept c = new Concept("c", null, null, List.of(),
                    List.of(new LanguageSection(language, null, List.of(), List.of(t))), null);
            TermIndex index = TermIndex.build(new Glossary(List.of(), language, List.of(c)), language, languages);
            prefixHolds(index, t);
            List<TermMatch> found = index.find(text);
            assertEquals(match, !found.isEmpty(), () -> toString() + " — " + why + "; found "
                    + found.stream().map(TermMatch::surface).toList() + "; forms of the term: "
                    + index.terms().get(0).describeForms(400));
        }
    }

    /**
     * The module's {@link org.l10nwb.lang.Language#formPrefix} of every word of the term is a
     * prefix of every form it gives the word: the index looks text up by it, so a prefix too long
     * would lose matches.
     */
    static void prefixHolds(TermIndex index, Term t) {
        org.l10nwb.core.glossary.Inflection hint = org.l10nwb.core.glossary.Inflection.parse(t.inflection());
        var words = index.words(t.text());
        for (int i = 0; i < words.size(); i++) {
            org.l10nwb.lang.TermWord w = index.word(t, words, i, hint);
            String prefix = index.module().formPrefix(w);
            assertTrue(w.key().startsWith(prefix), () -> w.key() + " does not start with its prefix " + prefix);
            for (String form : index.module().forms(w)) {
                assertTrue(form.startsWith(prefix), () -> "form " + form + " of " + w.key()
                        + " does not start with the prefix " + prefix);
            }
        }
    }

    /** A term written with its hints in brackets: {@code Молдова [properNoun, class=fem-a]}. */
    public static Term term(String term) {
        String written = term;
        String pos = null;
        String gender = null;
        String inflection = null;
        List<String> forms = new ArrayList<>();
        int bracket = term.indexOf(" [");
        if (bracket > 0 && term.endsWith("]")) {
            written = term.substring(0, bracket);
            for (String hint : term.substring(bracket + 2, term.length() - 1).split("[ ,]+")) {
                if (hint.startsWith("class=")) {
                    inflection = hint.substring("class=".length());
                } else if (hint.startsWith("form=")) {
                    forms.add(hint.substring("form=".length()).replace('_', ' '));
                } else {
                    switch (hint) {
                        case "masculine", "feminine", "neuter" -> gender = hint;
                        case "indeclinable" -> inflection = hint;
                        default -> pos = hint;
                    }
                }
            }
        }
        return new Term(written, TermStatus.PREFERRED, pos, gender, null, List.of(), null, inflection, forms);
    }

    private WordFormCases() {
    }

    /** Every case of every {@code .tsv} file in {@code folder}, sorted by file name. */
    public static Stream<Case> scan(Path folder) {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    if (cols.length < 3 || !(cols[2].equals("yes") || cols[2].equals("no"))) {
                        throw new IllegalStateException(f + ":" + (i + 1) + ": expected term, text, yes|no, why");
                    }
                    cases.add(new Case(f.getFileName().toString(), i + 1, cols[0], cols[1], cols[2].equals("yes"),
                            cols.length > 3 ? cols[3] : ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("no word-form cases in " + folder);
        }
        return cases.stream();
    }
}
