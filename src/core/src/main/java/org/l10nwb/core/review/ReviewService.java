package org.l10nwb.core.review;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.check.Suppressions;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;
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
        /** An inline code, as its {@linkplain ReadableText placeholder} ({@code ⟨1⟩}). */
        public static final String CODE = "code";
        /** A segment without a translation; the text says so. */
        public static final String UNTRANSLATED = "untranslated";
    }

    /**
     * A segment of a translation as the editor corrects it: its text with placeholders, the
     * placeholders it has and those its source segment has (a correction keeps the first and may
     * add from the second).
     */
    public record SegmentText(String id, String text, List<String> codes, List<String> sourceCodes) {
    }

    /**
     * One locale's translation of a unit, with what the editor needs to judge it: {@code findings}
     * count, {@code suppressed} are those the project accepts, shown greyed with the reason.
     */
    public record Cell(String locale, String file, String unitId, String status, String state, String origin,
            List<Piece> target, List<Finding> findings, List<Suppressions.Suppressed> suppressed, List<Note> notes,
            boolean changedSinceSignOff,
            String signedOffBy, String fingerprint, List<SegmentText> segments, List<String> emptySegments) {
        /** Whether a segment of the source or the translation has inline codes (the page explains them then). */
        public boolean hasCodes() {
            return segments.stream().anyMatch(s -> !s.codes().isEmpty() || !s.sourceCodes().isEmpty());
        }

        /** Findings at error severity, by check id, space-separated (what the page warns about). */
        public String errorRules() {
            return String.join(" ", findings.stream().filter(f -> f.severity() == Severity.ERROR)
                    .map(f -> f.rule().id()).distinct().toList());
        }
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

    /**
     * Everything a report shows. {@code id} names the report across regenerations (its title and
     * files), so that decisions the editor has not exported yet are found again in a new copy.
     */
    public record Report(String id, String title, String sourceLanguage, String generated, List<Column> columns, List<Row> rows,
            Map<String, Integer> findingsByRule, List<ConceptView> concepts) {
    }

    /**
     * A unit whose translation changed since it was signed off: what was signed off and what it
     * says now, as editors read them (inline codes as placeholders), and the current text with
     * the word changes marked.
     */
    public record Changed(String unitId, SignOffLog.Entry signedOff, String was, String now, String state,
            String marked) {
    }

    /**
     * A decision from a review file.
     *
     * @param text the reason of a rejection or the comment
     * @param correction the editor's corrected translation, segment id to text with placeholders,
     *     or {@code null}
     * @param made when the editor made it (the page's {@code made}), or {@code null} when the file
     *     does not say
     */
    public record Decision(String file, String unit, String fingerprint, Review.Action action, String text,
            Map<String, String> correction, Instant made) {
        public Decision {
            correction = correction == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(correction));
        }

        /** A decision without the time it was made. */
        public Decision(String file, String unit, String fingerprint, Review.Action action, String text,
                Map<String, String> correction) {
            this(file, unit, fingerprint, action, text, correction, null);
        }

        /** A decision without a correction. */
        public Decision(String file, String unit, String fingerprint, Review.Action action, String text) {
            this(file, unit, fingerprint, action, text, null, null);
        }
    }

    /** A review file: who decided (as typed in the report, possibly empty) and the decisions. */
    public record Decisions(String reviewer, List<Decision> decisions) {
    }

    /** What became of a decision. */
    public enum Result {
        /** Written into the XLIFF file (and its sign-off log). */
        APPLIED,
        /** Already in the file: applied earlier, nothing to do. */
        SKIPPED,
        /** A later decision in the same file is about the same unit, and only the last one counts. */
        SUPERSEDED,
        /**
         * Made before the last decision already applied to the unit (from a newer file, or typed in
         * the shell): an older decision does not undo a newer one. Skipped.
         */
        OLDER,
        /** Not applied, for the reason the message gives. */
        REFUSED
    }

    /**
     * What became of a decision. {@code withheld}: the editor approved a correction that the
     * checks find errors in, so the correction stands but is not signed off.
     */
    public record Outcome(Decision decision, Result result, boolean withheld, String message) {
        public boolean applied() {
            return result == Result.APPLIED;
        }
    }

    private final ReportBuilder builder;
    private final CheckService checks;

    public ReviewService(Glossary glossary, Languages languages, CheckService checks) {
        this.builder = new ReportBuilder(glossary, languages, checks);
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
     * report into a path), corrections re-checked with this service's checks. Only the last
     * decision about a unit counts; one already applied is skipped, so applying a file twice
     * changes nothing the second time. A decision about a unit whose text changed since the report
     * was made is refused; so are those about a file another session is editing. Each file and its
     * sign-off log are written once, as one change.
     */
    public List<Outcome> applyDecisions(List<Decision> decisions, Function<String, Path> resolve, String reviewer,
            OffsetDateTime now) {
        return new DecisionApplier(checks, reviewer, now).apply(decisions, resolve);
    }

    /**
     * {@link #applyDecisions} without a glossary: corrections are re-checked for their inline
     * codes only.
     */
    public static List<Outcome> apply(List<Decision> decisions, Function<String, Path> resolve, String reviewer,
            OffsetDateTime now) {
        Glossary none = new Glossary(List.of(), null, List.of());
        Languages no = new Languages(List.of());
        return new DecisionApplier(new CheckService(none, no, CheckConfig.defaults()), reviewer, now).apply(decisions, resolve);
    }
}
