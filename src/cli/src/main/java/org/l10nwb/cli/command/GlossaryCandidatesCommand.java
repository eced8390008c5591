package org.l10nwb.cli.command;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.ibm.icu.util.ULocale;
import org.springframework.shell.command.CommandContext;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.Options;
import org.l10nwb.cli.Projects;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.candidates.CandidateTable;
import org.l10nwb.core.candidates.NameCandidates;
import org.l10nwb.core.candidates.TargetAlignment;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.terms.TermIndexes;
import org.l10nwb.core.xliff.XliffDocuments;

/** {@code glossary candidates [DOCUMENT]}: the source's names that no concept covers, as CSV for import. */
@Command(command = "glossary", group = "Glossary")
public class GlossaryCandidatesCommand {
    private final Console console;
    private final Projects projects;

    public GlossaryCandidatesCommand(Console console, Projects projects) {
        this.console = console;
        this.projects = projects;
    }

    @Command(command = "candidates", description = "List the names in the source (capitalised word runs and acronyms)"
            + " that no glossary concept covers, with counts, a context line and the aligned words of existing"
            + " translations, as CSV for glossary import.")
    public void candidates(
            @Option(longNames = "document", arity = OptionArity.ZERO_OR_ONE, label = "DOCUMENT",
                    description = "a source text or XLIFF file (default: the project's documents)") String document,
            @Option(longNames = "output", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "the CSV file to write (default: standard output)") String output,
            @Option(longNames = "glossary", arity = OptionArity.EXACTLY_ONE, label = "FILE",
                    description = "TBX glossary file or folder; repeat for several (default: the project's glossary,"
                            + " none when it does not exist)") String glossaryOption,
            CommandContext context) {
        Project project = document == null ? projects.projectOr("DOCUMENT") : projects.projectIfAny();
        String source = project != null ? project.sourceLocale().tag() : "en";
        Glossary glossary = glossary(context, project, source);
        List<String> texts = new ArrayList<>();
        Map<String, List<TargetAlignment.Pair>> translated = new LinkedHashMap<>();
        if (document != null) {
            texts.addAll(read(Path.of(document), source));
        } else {
            for (String d : project.config().documents()) {
                texts.addAll(read(project.display(project.resolve(d)), source));
            }
        }
        if (project != null) {
            for (Project.Translation t : project.translations()) {
                boolean mine = document == null
                        || project.resolve(t.document()).normalize().equals(Path.of(document).toAbsolutePath().normalize());
                if (mine && Files.isRegularFile(t.xliff())) {
                    translated.computeIfAbsent(t.locale().tag(), k -> new ArrayList<>())
                            .addAll(TargetAlignment.pairs(XliffDocuments.read(t.xliff())));
                }
            }
        }
        ULocale sourceLocale = new ULocale(source);
        List<NameCandidates.Candidate> found = new NameCandidates(sourceLocale,
                glossary.concepts().isEmpty() ? null : TermIndexes.of(glossary, Languages.installed()).get(source))
                .find(texts);
        Map<String, Map<String, String>> aligned = new LinkedHashMap<>();
        translated.forEach((locale, pairs) -> {
            TargetAlignment alignment = new TargetAlignment(sourceLocale, new ULocale(locale), pairs);
            Map<String, String> byName = new LinkedHashMap<>();
            for (NameCandidates.Candidate c : found) {
                String t = alignment.align(c.text());
                if (t != null) {
                    byName.put(c.text(), t);
                }
            }
            aligned.put(locale, byName);
        });
        String csv = CandidateTable.csv(source, found, aligned);
        if (output == null) {
            console.out().print(csv);
            console.flush();
            return;
        }
        Path out = Path.of(output);
        AtomicFiles.write(out, csv.getBytes(StandardCharsets.UTF_8));
        console.println(Paths2.display(out) + ": " + found.size() + " candidates" + (aligned.isEmpty() ? ""
                : ", aligned with the translations into " + String.join(", ", aligned.keySet())));
    }

    private Glossary glossary(CommandContext context, Project project, String source) {
        if (!Options.allValues(context, "glossary").isEmpty()
                || project != null && Files.exists(project.resolve(project.config().glossary()))) {
            return new GlossaryLoader().load(Options.glossaries(context, projects));
        }
        return new Glossary(List.of(), source, List.of());
    }

    /**
     * The paragraphs of a text file, or the source segments of an XLIFF file or of a packaged
     * document (Word, OpenDocument), which only its format can read.
     */
    private static List<String> read(Path file, String sourceLocale) {
        String ext = Paths2.extension(file);
        if (ext.equals("xlf") || ext.equals("xliff")) {
            List<String> out = new ArrayList<>();
            for (org.l10nwb.core.model.TransUnit u : XliffDocuments.read(file).units()) {
                u.source().segments().forEach(p -> out.add(p.content().plainText()));
            }
            return out;
        }
        org.l10nwb.core.format.DocumentFormat packaged = org.l10nwb.core.format.DocumentFormats.load().all().stream()
                .filter(f -> !f.textual() && f.extensions().contains(ext)).findFirst().orElse(null);
        if (packaged != null) {
            TextFiles.requireReadable(file, org.l10nwb.core.io.InputKind.SOURCE, org.l10nwb.core.io.InputLimits.DEFAULTS);
            List<String> out = new ArrayList<>();
            for (org.l10nwb.core.model.Content c : packaged.extract(file,
                    org.l10nwb.core.locale.LocaleTag.of(sourceLocale), org.l10nwb.core.format.Segmentation.DEFAULT)) {
                c.segments().forEach(p -> out.add(p.content().plainText()));
            }
            return out;
        }
        return TextFiles.readUtf8(file).lines().filter(l -> !l.isBlank()).toList();
    }
}
