package org.l10nwb.cli.command;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.shell.command.CommandContext;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.Options;
import org.l10nwb.cli.Projects;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.terms.TermForms;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermIndexes;

/** {@code glossary forms TERM}: what the term engine accepts for a concept's terms. */
@Command(command = "glossary", group = "Glossary")
public class GlossaryFormsCommand {
    private final Console console;
    private final Projects projects;

    public GlossaryFormsCommand(Console console, Projects projects) {
        this.console = console;
        this.projects = projects;
    }

    @Command(command = "forms", description = "Print every form the term engine accepts for a term (given in any"
            + " language, or as its concept id), grouped as the language module names them, per target language.")
    public void forms(
            @Option(longNames = "term", arity = OptionArity.ONE_OR_MORE, required = true, label = "TERM",
                    description = "a term as the glossary writes it, in any language, or a concept id") String[] words,
            @Option(longNames = "locale", arity = OptionArity.EXACTLY_ONE, label = "LOCALES",
                    description = "languages to show, comma-separated (default: the project's targets, else every"
                            + " language of the concept)") String locales,
            @Option(longNames = "glossary", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "TBX glossary file or folder; repeat for several (default: the project's glossary)")
            String glossaryOption,
            CommandContext context) {
        Glossary glossary = new GlossaryLoader().load(Options.glossaries(context, projects));
        String query = String.join(" ", words);
        List<Concept> concepts = find(glossary, query);
        if (concepts.isEmpty()) {
            throw new WorkbenchException("no term or concept \u201C" + query + "\u201D in "
                    + String.join(", ", glossary.files().stream().map(Paths2::display).toList()));
        }
        Languages languages = Languages.installed();
        for (Concept c : concepts) {
            console.println("concept " + c.id());
            for (String lang : languages(c, locales, glossary)) {
                List<Term> terms = c.terms(lang);
                if (terms.isEmpty()) {
                    console.println(lang + ": no term");
                    continue;
                }
                TermIndex index = TermIndexes.of(glossary, languages).get(lang);
                for (Term t : terms) {
                    String hints = t.inflection() == null ? "" : ", " + t.inflection();
                    console.println(lang + " \u201C" + t.text() + "\u201D (" + t.status().label()
                            + (t.partOfSpeech() == null ? "" : ", " + t.partOfSpeech()) + hints
                            + (languages.has(lang) ? "" : ", no grammar module: as written") + "):");
                    TermForms.of(index, t).render().forEach(console::println);
                }
            }
        }
    }

    private List<String> languages(Concept c, String locales, Glossary glossary) {
        Set<String> out = new LinkedHashSet<>();
        if (locales != null) {
            for (String l : locales.split(",")) {
                if (!l.isBlank()) {
                    out.add(LocaleTag.of(l).tag());
                }
            }
            return new ArrayList<>(out);
        }
        Project project = projects.projectIfAny();
        if (project != null) {
            project.targetLocales().forEach(t -> out.add(t.tag()));
            return new ArrayList<>(out);
        }
        for (LanguageSection s : c.languages()) {
            if (!s.language().equals(glossary.sourceLanguage())) {
                out.add(s.language());
            }
        }
        return new ArrayList<>(out);
    }

    /** The concepts with a term written as {@code query} (case and NFC aside), else the one with that id. */
    private static List<Concept> find(Glossary glossary, String query) {
        String q = fold(query);
        List<Concept> out = new ArrayList<>();
        for (Concept c : glossary.concepts()) {
            boolean hit = c.languages().stream().flatMap(s -> s.terms().stream()).anyMatch(t -> fold(t.text()).equals(q));
            if (hit) {
                out.add(c);
            }
        }
        if (out.isEmpty() && glossary.concept(query.strip()) != null) {
            out.add(glossary.concept(query.strip()));
        }
        return out;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
