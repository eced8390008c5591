package org.l10nwb.core.review;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Rule;
import org.l10nwb.core.check.Suppressions;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Status;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.review.ReviewService.Cell;
import org.l10nwb.core.review.ReviewService.Column;
import org.l10nwb.core.review.ReviewService.ConceptView;
import org.l10nwb.core.review.ReviewService.Piece;
import org.l10nwb.core.review.ReviewService.Report;
import org.l10nwb.core.review.ReviewService.Row;
import org.l10nwb.core.review.ReviewService.SegmentText;
import org.l10nwb.core.review.ReviewService.TermView;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermIndexes;
import org.l10nwb.core.terms.TermMatch;
import org.l10nwb.core.xliff.XliffDocuments;

/**
 * Builds the content of a bilingual report: units side by side, terms marked, findings (those the
 * suppressions file beside each XLIFF accepts kept apart, with their reason) and sign-offs.
 */
final class ReportBuilder {
    private final Glossary glossary;
    private final Languages languages;
    private final CheckService checks;

    ReportBuilder(Glossary glossary, Languages languages, CheckService checks) {
        this.glossary = glossary;
        this.languages = languages;
        this.checks = checks;
    }

    /**
     * The report over one or more translations of the same source document.
     *
     * @param files the XLIFF files as they should be named in the report (project-relative)
     * @param paths where to read them and their sign-off logs
     */
    Report report(String title, List<String> files, List<Path> paths, OffsetDateTime now) {
        List<XliffFile> xfs = new ArrayList<>();
        for (Path p : paths) {
            XliffDocument doc = XliffDocuments.read(p);
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
            Suppressions suppressions = Suppressions.forFiles(List.of(paths.get(i)));
            String document = paths.get(i).getFileName().toString();
            int units = 0;
            int done = 0;
            int withFindings = 0;
            for (TransUnit u : f.units()) {
                if (!u.translatable()) {
                    continue;
                }
                units++;
                Suppressions.Split split = suppressions.split(document, u, checks.check(paths.get(i), f.sourceLanguage(),
                        f.targetLanguage(), u).stream().filter(x -> x.rule() != Rule.UNTRANSLATED).toList());
                List<Finding> findings = split.kept();
                findings.forEach(x -> byRule.merge(x.rule().id(), 1, Integer::sum));
                withFindings += findings.isEmpty() ? 0 : 1;
                Status unitStatus = Status.of(u);
                String status = unitStatus.id();
                if (unitStatus.done()) {
                    done++;
                }
                Set<String> forbidden = new LinkedHashSet<>();
                findings.stream().filter(x -> x.rule() == Rule.TERM_FORBIDDEN).forEach(x -> forbidden.add(x.conceptId()));
                ReadableText readable = ReadableText.of(u);
                List<Piece> target = u.target() == null ? List.of() : targetPieces(u, readable, f.targetLanguage(), concepts);
                SignOffLog.Entry signed = log.get(u.id());
                String now1 = Review.targetText(u);
                cellsByUnit.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(new Cell(f.targetLanguage(), files.get(i),
                        u.id(), status, u.state() == null ? "" : u.state().value(),
                        u.stateQualifier() == null ? "" : u.stateQualifier(), target, findings, split.suppressed(), u.notes(),
                        signed != null && !signed.target().equals(now1), signed == null ? null : signed.by(),
                        Review.fingerprint(u), segments(u, readable), Review.emptySegments(u)));
            }
            columns.add(new Column(f.targetLanguage(), new ULocale(f.targetLanguage()).getDisplayLanguage(ULocale.ENGLISH),
                    files.get(i), units, done, withFindings));
        }
        List<Row> rows = new ArrayList<>();
        for (TransUnit u : xfs.get(0).units()) {
            if (u.translatable()) {
                rows.add(new Row(u.id(), pieces(u.source(), ReadableText.of(u), sourceLanguage, concepts),
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
        return new Report(id(title, files), title, sourceLanguage, now.withNano(0).toString(), columns, rows, byRule, views);
    }

    /** A unit's source, segment by segment (numbered when there are several). */
    private List<Piece> pieces(Content content, ReadableText readable, String language, Set<Concept> concepts) {
        boolean numbered = content.segments().size() > 1;
        List<Piece> out = new ArrayList<>();
        for (Part part : content.parts()) {
            if (part.isSegment()) {
                if (numbered) {
                    out.add(new Piece(part.segmentId(), null, Piece.SEGMENT));
                }
                out.addAll(pieces(readable.show(part.content()), readable, language, concepts));
            } else if (!part.content().isEmpty()) {
                out.add(new Piece(readable.show(part.content()), null, null));
            }
        }
        return out;
    }

    /**
     * A unit's translation, segment by segment as its source is (numbered when there are
     * several); a segment without a translation says so.
     */
    private List<Piece> targetPieces(TransUnit u, ReadableText readable, String language, Set<Concept> concepts) {
        List<Part> segments = u.source().segments();
        boolean sameSegments = u.target().segments().stream().map(Part::segmentId).toList()
                .equals(segments.stream().map(Part::segmentId).toList());
        if (!sameSegments) {
            return pieces(u.target(), readable, language, concepts); // a target kept as the file had it
        }
        List<Piece> out = new ArrayList<>();
        for (Part part : u.target().parts()) {
            if (!part.isSegment()) {
                out.addAll(part.content().isEmpty() ? List.of() : List.of(new Piece(readable.show(part.content()), null, null)));
                continue;
            }
            if (segments.size() > 1) {
                out.add(new Piece(part.segmentId(), null, Piece.SEGMENT));
            }
            if (u.targetSegment(part.segmentId()) == null) {
                out.add(new Piece("not translated", null, Piece.UNTRANSLATED));
            } else {
                out.addAll(pieces(readable.show(part.content()), readable, language, concepts));
            }
        }
        return out;
    }

    /** The translation's segments as the editor corrects them, one per source segment. */
    private static List<SegmentText> segments(TransUnit u, ReadableText readable) {
        List<SegmentText> out = new ArrayList<>();
        for (Part s : u.source().segments()) {
            Fragment t = u.targetSegment(s.segmentId());
            out.add(new SegmentText(s.segmentId(), t == null ? "" : readable.show(t),
                    t == null ? List.of() : readable.placeholders(t), readable.placeholders(s.content())));
        }
        return out;
    }

    /** A report's name across regenerations: its title and files. */
    private static String id(String title, List<String> files) {
        List<String> texts = new ArrayList<>(List.of(title));
        texts.addAll(files);
        return Review.shortHash(texts.toArray(String[]::new));
    }

    /**
     * The text cut into plain runs, inline codes' placeholders and glossary terms (approved or
     * forbidden), in order.
     */
    private List<Piece> pieces(String text, ReadableText readable, String language, Set<Concept> concepts) {
        TermIndex index = TermIndexes.of(glossary, languages).get(language);
        List<TermMatch> matches = new ArrayList<>(index.find(text));
        matches.sort(Comparator.comparingInt(TermMatch::start));
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (TermMatch m : matches) {
            if (m.start() < at) {
                continue; // a second term over the same words
            }
            if (m.start() > at) {
                plain(text.substring(at, m.start()), readable, out);
            }
            Concept c = m.term().concept();
            concepts.add(c);
            out.add(new Piece(m.surface(), c.id(), m.term().term().allowed() ? Piece.TERM : Piece.FORBIDDEN));
            at = m.end();
        }
        if (at < text.length()) {
            plain(text.substring(at), readable, out);
        }
        return out;
    }

    /** Text without terms: plain runs and the placeholders of inline codes. */
    private static void plain(String text, ReadableText readable, List<Piece> out) {
        Matcher m = ReadableText.PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            if (readable.isPlaceholder(m.group())) {
                if (m.start() > at) {
                    out.add(new Piece(text.substring(at, m.start()), null, null));
                }
                out.add(new Piece(m.group(), null, Piece.CODE));
                at = m.end();
            }
        }
        if (at < text.length()) {
            out.add(new Piece(text.substring(at), null, null));
        }
    }
}
