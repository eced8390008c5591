package org.l10nwb.core.glossary;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.l10nwb.core.Paths2;
import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.locale.LocaleTag;

/**
 * Reads a glossary kept in a spreadsheet: CSV (RFC 4180, {@code .csv}) or tab-separated
 * ({@code .tsv}), UTF-8, one concept per row, a header row naming the columns.
 *
 * <pre>
 * id, subject, definition, note      concept fields (all optional)
 * count, context                     what glossary candidates writes: the count is not kept, the
 *                                    context becomes a note of the concept
 * ru                                 preferred Russian terms
 * ru:admitted ru:deprecated ru:superseded   terms with that status
 * ru:note ru:definition ru:pos ru:gender     the language's note and definition; part of speech
 *                                    and gender for all its terms
 * </pre>
 * A cell may hold several terms separated by {@code |}. Rows without an id get one made from their
 * first term, transliterated to Latin ({@code Шуша} → {@code susa}). Every problem names the file,
 * line and column.
 */
public final class DelimitedImporter {
    private static final Set<String> CONCEPT_COLUMNS = Set.of("id", "subject", "definition", "note", "count", "context");
    private static final Set<String> LANGUAGE_FIELDS = Set.of("preferred", "admitted", "deprecated", "superseded",
            "note", "definition", "pos", "gender");

    private record Column(int index, String name, String language, String field) {
    }

    private record Cell(String term, TermStatus status, SourcePosition at) {
    }

    public Glossary read(Path file) {
        String ext = Paths2.extension(file);
        CSVFormat format = switch (ext) {
            case "csv" -> CSVFormat.RFC4180;
            case "tsv", "tab" -> CSVFormat.TDF.builder().setTrim(false).setIgnoreSurroundingSpaces(false).get();
            default -> throw WorkbenchException.inFile(file, "not a .csv or .tsv file");
        };
        String text = TextFiles.decodeUtf8Strict(file, TextFiles.readBytes(file, org.l10nwb.core.io.InputKind.SPREADSHEET,
                org.l10nwb.core.io.InputLimits.DEFAULTS));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Concept> concepts = new ArrayList<>();
        String firstLanguage = null;
        try (CSVParser parser = CSVParser.builder().setFormat(format).setReader(new StringReader(text)).get()) {
            List<Column> columns = null;
            Set<String> ids = new HashSet<>();
            for (CSVRecord rec : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (columns == null) {
                    columns = header(file, rec);
                    for (Column c : columns) {
                        if (c.language() != null && firstLanguage == null) {
                            firstLanguage = c.language();
                        }
                    }
                    continue;
                }
                if (isBlank(rec)) {
                    continue;
                }
                Concept concept = row(file, line, rec, columns);
                if (!ids.add(concept.id())) {
                    throw new WorkbenchException(SourcePosition.of(file, line, 1), "concept id '" + concept.id()
                            + "' is used twice");
                }
                concepts.add(concept);
            }
            if (columns == null) {
                throw WorkbenchException.inFile(file, "empty file: expected a header row");
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException | java.io.UncheckedIOException e) {
            // Commons CSV reports a quote left open from its iterator, wrapped, with the line it started on.
            Throwable cause = e instanceof java.io.UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            String msg = String.valueOf(cause.getMessage()).replaceAll("\\s+", " ");
            java.util.regex.Matcher start = java.util.regex.Pattern.compile("\\(startline (\\d+)\\)").matcher(msg);
            if (start.find()) {
                throw new WorkbenchException(SourcePosition.of(file, Integer.parseInt(start.group(1)), 0),
                        "a quoted field is not closed: its closing quote (\") is missing before the end of the file");
            }
            throw WorkbenchException.inFile(file, "cannot parse: " + msg);
        }
        if (concepts.isEmpty()) {
            throw WorkbenchException.inFile(file, "no concepts below the header row");
        }
        return new Glossary(List.of(file), firstLanguage, concepts);
    }

    private static boolean isBlank(CSVRecord rec) {
        for (String v : rec) {
            if (!v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<Column> header(Path file, CSVRecord rec) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < rec.size(); i++) {
            String name = rec.get(i).strip();
            SourcePosition at = SourcePosition.of(file, 1, i + 1);
            if (name.isEmpty()) {
                throw new WorkbenchException(at, "column " + (i + 1) + " has no name");
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (CONCEPT_COLUMNS.contains(lower)) {
                columns.add(new Column(i, name, null, lower));
                continue;
            }
            int colon = name.indexOf(':');
            String lang = colon < 0 ? name : name.substring(0, colon);
            String field = colon < 0 ? "preferred" : name.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGE_FIELDS.contains(field)) {
                throw new WorkbenchException(at, "unknown column '" + name + "' (language columns: LANG, LANG:"
                        + String.join(", LANG:", LANGUAGE_FIELDS.stream().sorted().toList()) + "; concept columns: "
                        + String.join(", ", CONCEPT_COLUMNS.stream().sorted().toList()) + ")");
            }
            try {
                columns.add(new Column(i, name, LocaleTag.of(lang).tag(), field));
            } catch (WorkbenchException e) {
                throw new WorkbenchException(at, "column '" + name + "': " + e.getMessage());
            }
        }
        return columns;
    }

    private static Concept row(Path file, int line, CSVRecord rec, List<Column> columns) {
        String id = null;
        String subject = null;
        String definition = null;
        List<String> notes = new ArrayList<>();
        Map<String, LangBuilder> langs = new LinkedHashMap<>();
        for (Column c : columns) {
            String value = c.index() < rec.size() ? TbxReader.clean(rec.get(c.index())) : "";
            if (value.isEmpty()) {
                continue;
            }
            SourcePosition at = SourcePosition.of(file, line, c.index() + 1);
            if (c.language() == null) {
                switch (c.field()) {
                    case "id" -> id = value;
                    case "subject" -> subject = value;
                    case "definition" -> definition = value;
                    case "count" -> {
                        // how often glossary candidates saw the name: no property of the concept
                    }
                    case "context" -> notes.add("context: " + value);
                    default -> notes.add(value);
                }
                continue;
            }
            LangBuilder lb = langs.computeIfAbsent(c.language(), LangBuilder::new);
            switch (c.field()) {
                case "note" -> lb.notes.add(value);
                case "definition" -> lb.definition = value;
                case "pos" -> lb.pos = value;
                case "gender" -> lb.gender = value;
                default -> {
                    TermStatus status = TermStatus.parse(c.field());
                    for (String t : value.split("\\|")) {
                        String term = TbxReader.clean(t);
                        if (term.isEmpty()) {
                            throw new WorkbenchException(at, "empty term in '" + value + "'");
                        }
                        lb.terms.add(new Cell(term, status, at));
                    }
                }
            }
        }
        List<LanguageSection> sections = new ArrayList<>();
        for (LangBuilder lb : langs.values()) {
            if (!lb.terms.isEmpty()) {
                sections.add(lb.build());
            }
        }
        if (sections.isEmpty()) {
            throw new WorkbenchException(SourcePosition.of(file, line, 1), "the row has no term");
        }
        if (id == null) {
            id = slug(sections.get(0).terms().get(0).text());
        }
        return new Concept(id, subject, definition, notes, sections, SourcePosition.of(file, line, 1));
    }

    /** A Latin, lower-case, hyphenated id from a term: {@code Зангезурский коридор} → {@code zangezurskij-koridor}. */
    public static String slug(String term) {
        String latin = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower").transliterate(term);
        String s = latin.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "concept" : s;
    }

    private static final class LangBuilder {
        private final String language;
        private final List<Cell> terms = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String definition;
        private String pos;
        private String gender;

        LangBuilder(String language) {
            this.language = language;
        }

        LanguageSection build() {
            List<Term> built = new ArrayList<>();
            for (Cell c : terms) {
                built.add(new Term(c.term(), c.status(), pos, gender, null, List.of(), c.at()));
            }
            return new LanguageSection(language, definition, notes, built);
        }
    }
}
