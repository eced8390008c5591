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

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Rule;
import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.Content;
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
import org.l10nwb.core.review.ReviewService.TermView;
import org.l10nwb.core.terms.TermIndex;
import org.l10nwb.core.terms.TermIndexes;
import org.l10nwb.core.terms.TermMatch;
import org.l10nwb.core.xliff.XliffReader;

/** Builds the content of a bilingual report: units side by side, terms marked, findings and sign-offs. */
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
                Status unitStatus = Status.of(u);
                String status = unitStatus.id();
                if (unitStatus.done()) {
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
}
