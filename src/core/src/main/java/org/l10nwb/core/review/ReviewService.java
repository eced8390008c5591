package org.l10nwb.core.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.ibm.icu.util.ULocale;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Rule;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.memory.WordDiff;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.session.EditLock;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermMatch;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xliff.XliffWriter;

/**
 * What editors need: the bilingual report's content, the changes since the last sign-off, and
 * the decisions an editor made in a report applied back to the XLIFF files.
 */
public final class ReviewService {
    /**
     * A run of text; glossary terms carry their concept and whether they are approved or
     * forbidden. In a unit of several sentences each segment starts with a {@code segment} piece
     * whose text is the segment's id, so that the editor sees which sentence is which.
     */
    public record Piece(String text, String concept, String kind) {
        public static final String TERM = "term";
        public static final String FORBIDDEN = "forbidden";
        public static final String SEGMENT = "segment";
    }

    /** One locale's translation of a unit, with what the editor needs to judge it. */
    public record Cell(String locale, String file, String unitId, String status, String state, String origin,
            List<Piece> target, List<Finding> findings, List<Note> notes, boolean changedSinceSignOff,
            String signedOffBy, String fingerprint) {
    }

    /** A unit: its source and its translations. */
    public record Row(String unitId, List<Piece> source, List<Cell> cells) {
        /** Findings over all translations of the unit. */
        public int findingCount() {
            return cells.stream().mapToInt(c -> c.findings().size()).sum();
        }

        /** The translations' statuses, space-separated (for the report's filters). */
        public String statuses() {
            return String.join(" ", cells.stream().map(Cell::status).toList());
        }

        /** Whether any translation changed since it was signed off. */
        public boolean changed() {
            return cells.stream().anyMatch(Cell::changedSinceSignOff);
        }
    }

    /** A translated file of the report. */
    public record Column(String locale, String language, String file, int units, int done, int findings) {
        public int percentDone() {
            return units == 0 ? 100 : done * 100 / units;
        }
    }

    /** A glossary term as the report shows it. */
    public record TermView(String language, String text, String status, boolean allowed) {
    }

    /** A concept found in the report, for the pop-up that explains a highlighted term. */
    public record ConceptView(String id, String definition, List<String> notes, List<TermView> terms) {
    }

    /** Everything a report shows. */
    public record Report(String title, String sourceLanguage, String generated, List<Column> columns, List<Row> rows,
            Map<String, Integer> findingsByRule, List<ConceptView> concepts) {
    }

    /** A unit whose translation changed since it was signed off. */
    public record Changed(String unitId, SignOffLog.Entry signedOff, String now, String state,
            List<WordDiff.Change> differences) {
    }

    /** A decision from a review file. */
    public record Decision(String file, String unit, String fingerprint, Review.Action action, String text) {
    }

    /** A review file: who decided (as typed in the report, possibly empty) and the decisions. */
    public record Decisions(String reviewer, List<Decision> decisions) {
    }

    /** What became of a decision. */
    public record Outcome(Decision decision, boolean applied, String message) {
    }

    private final Glossary glossary;
    private final Languages languages;
    private final CheckService checks;
    private final Map<String, TermIndex> indexes = new LinkedHashMap<>();

    public ReviewService(Glossary glossary, Languages languages, CheckService checks) {
        this.glossary = glossary;
        this.languages = languages;
        this.checks = checks;
    }

    // ---- the report -----------------------------------------------------------------------

    /**
     * The report over one or more translations of the same source document.
     *
     * @param files the XLIFF files as they should be named in the report (project-relative)
     * @param paths where to read them and their sign-off logs
     */
    public Report report(String title, List<String> files, List<Path> paths, OffsetDateTime now) {
        XliffReader reader = new XliffReader();
        List<XliffFile> xfs = new ArrayList<>();
        for (Path p : paths) {
            XliffDocument doc = reader.read(p);
            if (doc.files().size() != 1) {
                throw WorkbenchException.inFile(p, "a report takes XLIFF files with one <file> each");
            }
            xfs.add(doc.files().get(0));
        }
        String sourceLanguage = xfs.get(0).sourceLanguage();
        Map<String, Integer> byRule = new LinkedHashMap<>();
        Set<Concept> concepts = new LinkedHashSet<>();
        List<Column> columns = new ArrayList<>();
        Map<String, List<Cell>> cellsByUnit = new LinkedHashMap<>();
        for (int i = 0; i < xfs.size(); i++) {
            XliffFile f = xfs.get(i);
            SignOffLog log = SignOffLog.of(paths.get(i));
            int units = 0;
            int done = 0;
            int withFindings = 0;
            for (TransUnit u : f.units()) {
                if (!u.translatable()) {
                    continue;
                }
                units++;
                List<Finding> findings = checks.check(paths.get(i), f.sourceLanguage(), f.targetLanguage(), u).stream()
                        .filter(x -> x.rule() != Rule.UNTRANSLATED).toList();
                findings.forEach(x -> byRule.merge(x.rule().id(), 1, Integer::sum));
                withFindings += findings.isEmpty() ? 0 : 1;
                String status = status(u);
                if (status.equals("translated") || status.equals("signed-off")) {
                    done++;
                }
                Set<String> forbidden = new LinkedHashSet<>();
                findings.stream().filter(x -> x.rule() == Rule.TERM_FORBIDDEN).forEach(x -> forbidden.add(x.conceptId()));
                List<Piece> target = u.target() == null ? List.of() : pieces(u.target(), f.targetLanguage(), concepts);
                SignOffLog.Entry signed = log.get(u.id());
                String now1 = Review.targetText(u);
                cellsByUnit.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(new Cell(f.targetLanguage(), files.get(i),
                        u.id(), status, u.state() == null ? "" : u.state().value(),
                        u.stateQualifier() == null ? "" : u.stateQualifier(), target, findings, u.notes(),
                        signed != null && !signed.target().equals(now1), signed == null ? null : signed.by(),
                        Review.fingerprint(u)));
            }
            columns.add(new Column(f.targetLanguage(), new ULocale(f.targetLanguage()).getDisplayLanguage(ULocale.ENGLISH),
                    files.get(i), units, done, withFindings));
        }
        List<Row> rows = new ArrayList<>();
        for (TransUnit u : xfs.get(0).units()) {
            if (u.translatable()) {
                rows.add(new Row(u.id(), pieces(u.source(), sourceLanguage, concepts),
                        cellsByUnit.getOrDefault(u.id(), List.of())));
            }
        }
        List<ConceptView> views = new ArrayList<>();
        for (Concept c : concepts) {
            List<TermView> terms = new ArrayList<>();
            List<String> notes = new ArrayList<>(c.notes());
            for (LanguageSection s : c.languages()) {
                for (Term t : s.terms()) {
                    terms.add(new TermView(s.language(), t.text(), t.status().label(), t.allowed()));
                }
                s.notes().forEach(n -> notes.add(s.language() + ": " + n));
            }
            views.add(new ConceptView(c.id(), c.definition(), notes, terms));
        }
        return new Report(title, sourceLanguage, now.withNano(0).toString(), columns, rows, byRule, views);
    }

    private static String status(TransUnit u) {
        if (u.target() == null || u.target().isEmpty()) {
            return "untranslated";
        }
        if (u.state() == null) {
            return "translated";
        }
        if (u.state().isSignedOff()) {
            return "signed-off";
        }
        if (u.state().needsReview()) {
            return "needs-review";
        }
        return u.state().isTranslated() ? "translated" : "draft";
    }

    /** A unit's source or target, segment by segment (numbered when there are several). */
    private List<Piece> pieces(Content content, String language, Set<Concept> concepts) {
        boolean numbered = content.segments().size() > 1;
        List<Piece> out = new ArrayList<>();
        for (Part part : content.parts()) {
            if (part.isSegment()) {
                if (numbered) {
                    out.add(new Piece(part.segmentId(), null, Piece.SEGMENT));
                }
                out.addAll(pieces(part.content().display(), language, concepts));
            } else if (!part.content().display().isEmpty()) {
                out.add(new Piece(part.content().display(), null, null));
            }
        }
        return out;
    }

    /** The text cut into plain runs and glossary terms (approved or forbidden), in order. */
    private List<Piece> pieces(String text, String language, Set<Concept> concepts) {
        TermIndex index = indexes.computeIfAbsent(language, l -> TermIndex.build(glossary, l, languages));
        List<TermMatch> matches = new ArrayList<>(index.find(text));
        matches.sort(Comparator.comparingInt(TermMatch::start));
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (TermMatch m : matches) {
            if (m.start() < at) {
                continue; // a second term over the same words
            }
            if (m.start() > at) {
                out.add(new Piece(text.substring(at, m.start()), null, null));
            }
            Concept c = m.term().concept();
            concepts.add(c);
            out.add(new Piece(m.surface(), c.id(), m.term().term().allowed() ? Piece.TERM : Piece.FORBIDDEN));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Piece(text.substring(at), null, null));
        }
        return out;
    }

    // ---- changes since sign-off -----------------------------------------------------------

    /** The units whose translation is no longer what was signed off. */
    public static List<Changed> diff(Path xliff) {
        XliffDocument doc = new XliffReader().read(xliff);
        SignOffLog log = SignOffLog.of(xliff);
        List<Changed> out = new ArrayList<>();
        for (XliffFile f : doc.files()) {
            ULocale locale = new ULocale(f.targetLanguage() == null ? "und" : f.targetLanguage());
            for (TransUnit u : f.units()) {
                SignOffLog.Entry e = log.get(u.id());
                String now = Review.targetText(u);
                if (e != null && !e.target().equals(now)) {
                    out.add(new Changed(u.id(), e, now, u.state() == null ? "" : u.state().value(),
                            WordDiff.diff(e.target(), now, locale)));
                }
            }
        }
        return out;
    }

    // ---- decisions from a report ----------------------------------------------------------

    /** Reads a decisions file (the JSON a report exports); a malformed one is a user error, nothing applied. */
    public static Decisions readDecisions(Path file) {
        List<Decision> out = new ArrayList<>();
        String reviewer = "";
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, AtomicFiles.reason(e));
        }
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw WorkbenchException.inFile(file, "not a review decisions file (expected a JSON object)");
            }
            boolean format = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "format" -> format = "l10n-workbench-review".equals(p.getValueAsString());
                    case "reviewer" -> reviewer = p.currentToken().isScalarValue() ? p.getValueAsString("") : "";
                    case "decisions" -> {
                        if (t != JsonToken.START_ARRAY) {
                            throw WorkbenchException.inFile(file, "\"decisions\" must be an array");
                        }
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            Map<String, String> d = new LinkedHashMap<>();
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String k = p.currentName();
                                p.nextToken();
                                d.put(k, p.currentToken().isScalarValue() ? p.getValueAsString() : null);
                                p.skipChildren();
                            }
                            int line = p.currentLocation().getLineNr();
                            for (String k : List.of("file", "unit", "fingerprint", "action")) {
                                if (d.get(k) == null || d.get(k).isBlank()) {
                                    throw WorkbenchException.inFile(file, "decision ending on line " + line + " has no \""
                                            + k + "\"");
                                }
                            }
                            Review.Action action;
                            try {
                                action = Review.Action.parse(d.get("action"));
                            } catch (WorkbenchException e) {
                                throw WorkbenchException.inFile(file, "decision ending on line " + line + ": " + e.getMessage());
                            }
                            out.add(new Decision(d.get("file"), d.get("unit"), d.get("fingerprint"), action, d.get("text")));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (!format) {
                throw WorkbenchException.inFile(file, "not a review decisions file (no \"format\": \"l10n-workbench-review\")");
            }
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "not well-formed JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return new Decisions(reviewer.strip(), out);
    }

    /**
     * Applies decisions to the XLIFF files they name ({@code resolve} turns a file name of the
     * report into a path). A decision about a unit whose text changed since the report was made is
     * refused; so are those about a file another session is editing. Each file is written once,
     * atomically.
     */
    public static List<Outcome> apply(List<Decision> decisions, java.util.function.Function<String, Path> resolve,
            String reviewer, OffsetDateTime now) {
        Map<String, List<Decision>> byFile = new LinkedHashMap<>();
        decisions.forEach(d -> byFile.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(d));
        List<Outcome> out = new ArrayList<>();
        for (Map.Entry<String, List<Decision>> e : byFile.entrySet()) {
            Path path = resolve.apply(e.getKey());
            if (!Files.isRegularFile(path)) {
                e.getValue().forEach(d -> out.add(new Outcome(d, false, "no such XLIFF file " + e.getKey())));
                continue;
            }
            try (EditLock lock = EditLock.tryAcquire(path)) {
                if (lock == null) {
                    String who = EditLock.holder(path);
                    e.getValue().forEach(d -> out.add(new Outcome(d, false, e.getKey() + " is being edited by " + who
                            + "; apply the decisions when that session ends")));
                    continue;
                }
                applyToFile(path, e.getValue(), reviewer, now, out);
            }
        }
        return out;
    }

    private static void applyToFile(Path path, List<Decision> decisions, String reviewer, OffsetDateTime now,
            List<Outcome> out) {
        XliffDocument doc = new XliffReader().read(path);
        Map<String, TransUnit> units = new LinkedHashMap<>();
        doc.units().forEach(u -> units.put(u.id(), u));
        List<String[]> signOffs = new ArrayList<>();
        boolean changed = false;
        for (Decision d : decisions) {
            TransUnit u = units.get(d.unit());
            if (u == null) {
                out.add(new Outcome(d, false, "no unit " + d.unit() + " in " + d.file()));
                continue;
            }
            if (!Review.fingerprint(u).equals(d.fingerprint())) {
                out.add(new Outcome(d, false, "unit " + d.unit() + " of " + d.file()
                        + " changed since the report was made; make a new report and decide again"));
                continue;
            }
            try {
                TransUnit after = Review.apply(u, d.action(), reviewer, d.text());
                units.put(u.id(), after);
                changed |= !after.equals(u);
                if (d.action() == Review.Action.APPROVE) {
                    signOffs.add(new String[] {u.id(), Review.targetText(after)});
                }
                out.add(new Outcome(d, true, d.action().id() + " unit " + d.unit() + " of " + d.file()));
            } catch (WorkbenchException refused) {
                out.add(new Outcome(d, false, refused.getMessage()));
            }
        }
        if (changed) {
            List<XliffFile> files = new ArrayList<>();
            for (XliffFile f : doc.files()) {
                files.add(f.withUnits(f.units().stream().map(u -> units.getOrDefault(u.id(), u)).toList()));
            }
            AtomicFiles.write(path, new XliffWriter().write(new XliffDocument(files)));
        }
        if (!signOffs.isEmpty()) {
            SignOffLog log = SignOffLog.of(path);
            for (String[] s : signOffs) {
                log.record(s[0], s[1], reviewer, now.withNano(0).toString());
            }
        }
    }
}
