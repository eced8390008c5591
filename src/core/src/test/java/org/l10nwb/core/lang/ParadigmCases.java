package org.l10nwb.core.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.l10nwb.core.terms.TermForms;
import org.l10nwb.core.terms.TermIndex;

/**
 * Golden paradigms of a language module: each {@code *.txt} file of a folder holds blocks of a
 * term line ({@code = Шуша [properNoun]}, hints as in {@link WordFormCases#term}) followed by what
 * {@code glossary forms} prints for it ({@link TermForms.Paradigm#render}). Every form there was
 * read and checked against a grammar when the file was written; a change to a module that changes
 * a paradigm shows here, form by form.
 */
public final class ParadigmCases {

    /** One term and its expected paradigm. */
    public record Case(String file, int line, String term, List<String> expected) {
        @Override
        public String toString() {
            return file + ":" + line + " " + term;
        }

        public void verify(String language) {
            assertEquals(String.join("\n", expected), String.join("\n", actual(language)), toString());
        }

        public List<String> actual(String language) {
            Term t = WordFormCases.term(term);
            Concept c = new Concept("c", null, null, List.of(),
                    List.of(new LanguageSection(language, null, List.of(), List.of(t))), null);
            TermIndex index = TermIndex.build(new Glossary(List.of(), language, List.of(c)), language,
                    Languages.installed());
            return TermForms.of(index, t).render();
        }
    }

    private ParadigmCases() {
    }

    /**
     * With {@code -Dparadigms.record=true}, writes each file of {@code folder} again with the
     * paradigms the module now gives, for a person to read and check before committing them.
     */
    public static void recordIfAsked(Path folder, String language) {
        if (!Boolean.getBoolean("paradigms.record")) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> out = new ArrayList<>();
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#")) {
                        out.add(line);
                    } else if (line.startsWith("= ")) {
                        Case c = new Case(f.getFileName().toString(), 0, line.substring(2).strip(), List.of());
                        out.add(line);
                        out.addAll(c.actual(language));
                        out.add("");
                    }
                }
                Files.write(f, out, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Stream<Case> scan(Path folder) {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                Case open = null;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    if (line.startsWith("= ")) {
                        open = new Case(f.getFileName().toString(), i + 1, line.substring(2).strip(), new ArrayList<>());
                        cases.add(open);
                    } else if (open != null) {
                        open.expected().add(line);
                    } else {
                        throw new IllegalStateException(f + ":" + (i + 1) + ": a paradigm line before any '= term' line");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases.stream();
    }
}
