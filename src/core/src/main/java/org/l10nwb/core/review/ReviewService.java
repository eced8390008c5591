package org.l10nwb.core.review;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.memory.WordDiff;
import org.l10nwb.core.model.Note;

/**
 * What editors need: the bilingual report's content ({@link ReportBuilder}), the changes since
 * the last sign-off ({@link SignOffDiff}), the decisions file a report exports
 * ({@link #readDecisions}), and those decisions applied back to the XLIFF files
 * ({@link DecisionApplier}). The records here are what the report and the commands show.
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

    private final ReportBuilder builder;

    public ReviewService(Glossary glossary, Languages languages, CheckService checks) {
        this.builder = new ReportBuilder(glossary, languages, checks);
    }

    // ---- the report -----------------------------------------------------------------------

    /**
     * The report over one or more translations of the same source document.
     *
     * @param files the XLIFF files as they should be named in the report (project-relative)
     * @param paths where to read them and their sign-off logs
     */
    public Report report(String title, List<String> files, List<Path> paths, OffsetDateTime now) {
        return builder.report(title, files, paths, now);
    }


    // ---- changes since sign-off -----------------------------------------------------------

    /** The units whose translation is no longer what was signed off. */
    public static List<Changed> diff(Path xliff) {
        return SignOffDiff.of(xliff);
    }


    // ---- decisions from a report ----------------------------------------------------------

    /** Reads a decisions file (the JSON a report exports); a malformed one is a user error, nothing applied. */
    public static Decisions readDecisions(Path file) {
        return DecisionsFile.read(file);
    }

    /**
     * Applies decisions to the XLIFF files they name ({@code resolve} turns a file name of the
     * report into a path). A decision about a unit whose text changed since the report was made is
     * refused; so are those about a file another session is editing. Each file and its sign-off
     * log are written once, as one change.
     */
    public static List<Outcome> apply(List<Decision> decisions, java.util.function.Function<String, Path> resolve,
            String reviewer, OffsetDateTime now) {
        return DecisionApplier.apply(decisions, resolve, reviewer, now);
    }
}
