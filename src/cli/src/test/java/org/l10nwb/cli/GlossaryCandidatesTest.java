package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.candidates.NameCandidates;
import org.l10nwb.core.candidates.TargetAlignment;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TbxReader;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermIndexes;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xliff.XliffReader;

/**
 * {@code glossary candidates} on the project's article: with an empty glossary every named entity
 * of the project glossary that the article mentions is found, and the translations' aligned words
 * are mostly the glossary's own terms. The numbers (false candidates, alignment accuracy) are
 * printed for the record.
 */
class GlossaryCandidatesTest {
    private static final Path ROOT = Shared.projectRoot();

    private static List<String> article() throws IOException {
        return Files.readAllLines(ROOT.resolve("locales/en/article.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
    }

    /**
     * The named entities: concepts whose English term is a proper noun, or written as a name (every
     * word capitalised, or an acronym). «44-day war» and «Syunik corridor» are not.
     */
    private static boolean named(Term t) {
        if ("properNoun".equals(t.partOfSpeech())) {
            return true;
        }
        return Pattern.compile("[ -]").splitAsStream(t.text()).allMatch(w -> !w.isEmpty()
                && Character.isUpperCase(w.codePointAt(0)));
    }

    /** The concept's named English terms the article writes (as a word, possessive allowed). */
    private static List<String> mentioned(Concept c, String text) {
        List<String> out = new ArrayList<>();
        for (Term t : c.terms("en")) {
            if (named(t) && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(t.text()) + "(?![\\p{L}\\p{N}])")
                    .matcher(text).find()) {
                out.add(t.text());
            }
        }
        return out;
    }

    @Test
    void everyNamedEntityOfTheGlossaryIsFoundWithAnEmptyGlossary() throws IOException {
        Glossary glossary = new TbxReader().read(ROOT.resolve("glossary/article.tbx"));
        List<NameCandidates.Candidate> found = new NameCandidates(new ULocale("en"), null).find(article());
        Set<String> names = found.stream().map(NameCandidates.Candidate::text).collect(Collectors.toSet());
        String text = String.join("\n", article());
        int entities = 0;
        List<String> missed = new ArrayList<>();
        Set<String> glossaryTerms = glossary.concepts().stream().flatMap(c -> c.terms("en").stream())
                .map(Term::text).collect(Collectors.toSet());
        for (Concept c : glossary.concepts()) {
            List<String> terms = mentioned(c, text);
            if (terms.isEmpty()) {
                continue;
            }
            entities++;
            if (terms.stream().noneMatch(names::contains)) {
                missed.add(c.id() + " " + terms);
            }
        }
        List<String> falses = found.stream().map(NameCandidates.Candidate::text).filter(n -> !glossaryTerms.contains(n))
                .sorted().toList();
        System.out.println("glossary candidates on locales/en/article.txt, empty glossary: " + found.size()
                + " candidates; named entities of the glossary in the article: " + entities + ", found "
                + (entities - missed.size()) + "; false candidates (no term of the glossary): " + falses.size()
                + " " + falses);
        assertEquals(List.of(), missed, "every named entity the glossary holds is found");
        assertTrue(entities >= 25, "the article names most of the glossary's concepts: " + entities);
        assertTrue(found.stream().anyMatch(c -> c.text().equals("Ilham Aliyev") && c.context().startsWith("Despite")),
                "a context line is the sentence: " + found);
        assertFalse(names.contains("Despite") || names.contains("Historically") || names.contains("I"),
                "sentence-initial capitals and the pronoun are no names: " + names);
    }

    @Test
    void theTranslationsAlignedWithTheNamesAreMostlyTheGlossaryTerms() throws IOException {
        Glossary glossary = new TbxReader().read(ROOT.resolve("glossary/article.tbx"));
        List<NameCandidates.Candidate> found = new NameCandidates(new ULocale("en"), null).find(article());
        TermIndex en = TermIndexes.of(glossary, Languages.installed()).get("en");
        Map<String, Double> accuracy = new LinkedHashMap<>();
        for (String locale : List.of("ru", "ka", "az")) {
            TargetAlignment alignment = new TargetAlignment(new ULocale("en"), new ULocale(locale), TargetAlignment.pairs(
                    new XliffReader().read(ROOT.resolve("locales/" + locale + "/article.xlf"))));
            TermIndex target = TermIndexes.of(glossary, Languages.installed()).get(locale);
            int asked = 0;
            int right = 0;
            for (NameCandidates.Candidate c : found) {
                List<Concept> concepts = en.find(c.text()).stream().filter(m -> m.surface().equals(c.text()))
                        .map(m -> m.term().concept()).toList();
                if (concepts.isEmpty()) {
                    continue;
                }
                asked++;
                String t = alignment.align(c.text());
                if (t != null && target.find(t).stream().anyMatch(m -> concepts.contains(m.term().concept()))) {
                    right++;
                }
            }
            accuracy.put(locale, (double) right / asked);
            System.out.printf("alignment %s: %d of %d glossary names aligned with a form of the glossary's term%n",
                    locale, right, asked);
        }
        accuracy.forEach((locale, a) -> assertTrue(a >= 0.6, locale + " alignment " + a));
    }

    @Test
    void theCommandWritesACsvThatImportReadsAndLeavesOutCoveredNames(@TempDir Path dir) throws IOException {
        Path project = Shared.copyProject(dir);
        Path csv = dir.resolve("candidates.csv");
        Cli.Result r = Cli.run("glossary", "candidates", "--project", project.toString(), "--output", csv.toString());
        assertEquals(0, r.exit(), r.toString());
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        System.out.println("glossary candidates with the project glossary:\n" + table);
        assertTrue(table.startsWith("id,en,en:pos,count,context,ka,ru,az\n"), table);
        assertFalse(table.contains(",Aliyev,"), "covered by the glossary: " + table);
        Cli.Result imp = Cli.run("glossary", "import", csv.toString(), "--output", dir.resolve("new.tbx").toString());
        assertEquals(0, imp.exit(), imp.toString());

        // the same project without its glossary: every name is a candidate, aligned with the translations
        try (var files = Files.walk(project.resolve("glossary"))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        Cli.Result all = Cli.run("glossary", "candidates", "--project", project.toString());
        assertEquals(0, all.exit(), all.toString());
        assertTrue(all.out().startsWith("id,en,en:pos,count,context,ka,ru,az\n"), all.out());
        assertTrue(all.out().lines().anyMatch(l -> l.startsWith("ilham-aliyev,Ilham Aliyev,properNoun,1,\"Despite")),
                all.out());
        assertTrue(all.out().lines().anyMatch(l -> l.startsWith("usaid,USAID,properNoun,1,")), all.out());
        assertTrue(all.out().lines().anyMatch(l -> l.startsWith("shusha,Shusha,") && l.contains(",Шуш")), all.out());
    }
}
