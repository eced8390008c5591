package org.l10nwb.cli.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Suppressions;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermLookup;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.WordDiff;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.session.GlossaryHit;
import org.l10nwb.core.session.Progress;
import org.l10nwb.core.session.SearchHit;
import org.l10nwb.core.session.SegmentView;
import org.l10nwb.core.model.Status;

/**
 * How the shell shows a segment and its hints. Text is wrapped at word boundaries by display
 * width (ICU line breaks; Georgian, Cyrillic and wide characters measured as the terminal shows
 * them); styles degrade to plain text where the terminal has no colours.
 */
public final class SegmentPrinter {
    private static final int LABEL = 10;

    private final Styles styles;

    public SegmentPrinter(Styles styles) {
        this.styles = styles;
    }

    /** The segment in hand: its place, its neighbours, glossary, memory and findings. */
    public List<String> segment(SegmentView v, String sourceLanguage, String targetLanguage) {
        List<String> out = new ArrayList<>();
        String head = "—— " + v.position() + "/" + v.total() + " · " + v.ref().id() + " · " + status(v.status()) + " ";
        out.add(styles.render(new AttributedStringBuilder().style(Styles.BOLD)
                .append(head + "—".repeat(Math.max(3, Math.min(styles.width(), 100) - Styles.columns(head))))));
        if (v.previousSource() != null) {
            text(out, "  before", v.previousSource().display(), Styles.DIM, sourceLanguage);
            text(out, "", display(v.previousTarget()), Styles.DIM, targetLanguage);
        }
        text(out, "▶ " + sourceLanguage, v.source().display(), Styles.BOLD, sourceLanguage);
        text(out, "  " + targetLanguage, v.target() == null ? "(not translated)" : v.target().display(),
                v.target() == null ? Styles.BAD : v.status() == Status.DRAFT ? Styles.DRAFT : Styles.GOOD, targetLanguage);
        if (v.nextSource() != null) {
            text(out, "  after", v.nextSource().display(), Styles.DIM, sourceLanguage);
            text(out, "", display(v.nextTarget()), Styles.DIM, targetLanguage);
        }
        if (!v.glossary().isEmpty()) {
            out.add(styles.render(new AttributedStringBuilder().style(Styles.INFO).append(" Glossary")));
            int n = 0;
            for (GlossaryHit h : v.glossary()) {
                out.addAll(glossaryLines(h, ++n, targetLanguage));
            }
        }
        out.add(styles.render(new AttributedStringBuilder().style(Styles.INFO)
                .append(" Memory (" + String.join(", ", v.memoryNames()) + ")")));
        if (v.memory().isEmpty()) {
            out.add(styles.render(new AttributedStringBuilder().style(Styles.DIM).append("   no match of 70 % or more")));
        }
        int n = 0;
        for (MemoryMatch m : v.memory()) {
            out.addAll(memoryLines(m, ++n, sourceLanguage, targetLanguage));
        }
        out.addAll(notes(v));
        out.addAll(findings(v.findings(), v.suppressed()));
        return out;
    }

    /** The unit's notes, newest last: an editor's reasons and comments, with who wrote them. */
    private List<String> notes(SegmentView v) {
        List<String> out = new ArrayList<>();
        if (v.notes().isEmpty()) {
            return out;
        }
        out.add(styles.render(new AttributedStringBuilder().style(v.rejected() ? Styles.BAD : Styles.INFO)
                .append(v.rejected() ? " Rejected by the editor: fix it and confirm" : " Notes")));
        for (Note n : v.notes()) {
            String line = "   " + (n.from() == null ? "" : n.from() + ": ") + n.text();
            for (String l : wrap(line, Math.max(20, styles.width() - 5), ULocale.ROOT)) {
                out.add(styles.render(new AttributedStringBuilder().style(Styles.PLAIN).append(l)));
            }
        }
        return out;
    }

    private static String display(Fragment f) {
        return f == null ? "(not translated)" : f.display();
    }

    private static String status(Status s) {
        return switch (s) {
            case UNTRANSLATED -> "not translated";
            case DRAFT -> "draft";
            case NEEDS_REVIEW -> "needs review";
            case TRANSLATED -> "translated";
            case SIGNED_OFF -> "signed off";
        };
    }

    /**
     * One concept found in the source: its approved terms numbered across the panel, which is the
     * number {@code term-insert N} takes.
     */
    private List<String> glossaryLines(GlossaryHit h, int number, String targetLanguage) {
        AttributedStringBuilder b = new AttributedStringBuilder().append(String.format("%3d ", number))
                .append(h.sourceText()).append(" → ");
        if (h.approved().isEmpty()) {
            b.style(Styles.DIM).append("(no approved term in this language)").style(Styles.PLAIN);
        }
        List<Term> approved = h.approved();
        for (int i = 0; i < approved.size(); i++) {
            b.style(Styles.GOOD).append(approved.get(i).text()).style(Styles.PLAIN);
            if (i + 1 < approved.size()) {
                b.append(", ");
            }
        }
        if (!h.forbidden().isEmpty()) {
            b.append("   avoid: ").style(Styles.BAD)
                    .append(String.join(", ", h.forbidden().stream().map(Term::text).toList())).style(Styles.PLAIN);
        }
        if (h.note() != null) {
            b.style(Styles.DIM).append("   (" + h.note() + ")").style(Styles.PLAIN);
        }
        return wrapped(b, 6, new ULocale(targetLanguage));
    }

    /** A memory match, numbered as {@code use N} takes it: its translation, then how its source differs. */
    private List<String> memoryLines(MemoryMatch m, int number, String sourceLanguage, String targetLanguage) {
        List<String> out = new ArrayList<>();
        String score = String.format("%4d%%%s ", m.score(), m.inContext() ? " in context" : "");
        out.addAll(wrapped(new AttributedStringBuilder().append(String.format("%3d", number))
                .style(m.score() == 100 ? Styles.GOOD : Styles.DRAFT).append(score).style(Styles.PLAIN)
                .append(m.target()), 9, new ULocale(targetLanguage)));
        AttributedStringBuilder src = new AttributedStringBuilder().style(Styles.DIM).append("        ← ").style(Styles.PLAIN);
        boolean punctuation = false;
        for (WordDiff.Change c : m.differences()) {
            AttributedStyle style = switch (c.kind()) {
                case SAME -> Styles.DIM;
                case ADDED, PUNCTUATION_ADDED -> Styles.GOOD;
                case REMOVED, PUNCTUATION_REMOVED -> Styles.BAD;
            };
            if (c.kind().punctuation() && !punctuation) {
                punctuation = true;
                src.style(Styles.DIM).append(" punctuation ").style(Styles.PLAIN);
            }
            src.style(style).append(WordDiff.marked(c)).style(Styles.PLAIN);
            src.append(" ");
        }
        src.style(Styles.DIM).append(" " + m.origin());
        out.addAll(wrapped(src, 10, new ULocale(sourceLanguage)));
        if (!m.forbidden().isEmpty()) {
            out.addAll(wrapped(new AttributedStringBuilder().style(Styles.BAD).append("        ✗ contains the forbidden "
                    + (m.forbidden().size() == 1 ? "term " : "terms ") + String.join(", ", m.forbidden())), 10,
                    new ULocale(targetLanguage)));
        }
        return out;
    }

    /**
     * A styled line wrapped at the terminal's width by display columns, broken only where the
     * language allows (ICU line breaks), continuation lines indented by {@code indent} columns
     * under the text they continue; the styles go with the characters.
     */
    private List<String> wrapped(AttributedStringBuilder line, int indent, ULocale locale) {
        AttributedString text = line.toAttributedString();
        String plain = text.toString();
        int width = styles.width();
        List<String> out = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(plain);
        int lineStart = 0;
        int columns = 0;
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = plain.substring(start, end);
            int room = out.isEmpty() ? width : width - indent;
            if (start > lineStart && columns + Styles.columns(piece.stripTrailing()) > room) {
                out.add(continuation(out.isEmpty() ? 0 : indent, text.subSequence(lineStart, start)));
                lineStart = start;
                columns = 0;
            }
            columns += Styles.columns(piece);
        }
        if (lineStart < plain.length() || out.isEmpty()) {
            out.add(continuation(out.isEmpty() ? 0 : indent, text.subSequence(lineStart, plain.length())));
        }
        return out;
    }

    private String continuation(int indent, AttributedString part) {
        AttributedStringBuilder b = new AttributedStringBuilder().append(" ".repeat(indent)).append(part);
        // the spaces a line was broken at are not shown at its end
        int keep = b.length();
        while (keep > indent && Character.isWhitespace(b.charAt(keep - 1))) {
            keep--;
        }
        return styles.render(b.subSequence(0, keep));
    }

    /** The findings of the checks, or a line saying there are none. */
    public List<String> findings(List<Finding> findings) {
        return findings(findings, List.of());
    }

    /**
     * The findings of the checks, then those the project's suppressions accept, greyed with the
     * reason (so that the translator knows why they do not count); or a line saying there are none.
     */
    public List<String> findings(List<Finding> findings, List<Suppressions.Suppressed> suppressed) {
        List<String> out = new ArrayList<>();
        if (findings.isEmpty()) {
            out.add(styles.render(new AttributedStringBuilder().style(Styles.GOOD).append(" ✓ checks: no findings"
                    + (suppressed.isEmpty() ? "" : " (" + suppressed.size() + " accepted)"))));
        } else {
            out.add(styles.render(new AttributedStringBuilder().style(Styles.INFO).append(" Checks")));
        }
        for (Finding f : findings) {
            AttributedStyle style = f.severity() == Severity.ERROR ? Styles.BAD : Styles.DRAFT;
            out.addAll(wrapped(new AttributedStringBuilder().append("   ").style(style)
                    .append(f.severity().label() + " " + f.rule().id()).style(Styles.PLAIN).append(": " + f.message()), 5,
                    ULocale.ROOT));
        }
        for (Suppressions.Suppressed x : suppressed) {
            Finding f = x.finding();
            out.add(styles.render(new AttributedStringBuilder().style(Styles.DIM).append("   accepted " + f.severity().label()
                    + " " + f.rule().id() + ": " + f.message() + " — " + x.by().reason())));
        }
        return out;
    }

    public List<String> progress(Progress p, String file) {
        List<String> out = new ArrayList<>();
        out.add(file + ": " + p.percentDone() + " % done, " + p.segments() + " segments");
        for (Status s : Status.values()) {
            out.add(String.format("  %-15s %4d", status(s), p.count(s))
                    + (s == Status.NEEDS_REVIEW && p.rejected() > 0 ? "  (" + p.rejected() + " rejected by an editor)" : ""));
        }
        if (p.unitsWithFindings() == 0) {
            out.add("  no findings");
        } else {
            StringBuilder sb = new StringBuilder("  findings in " + p.unitsWithFindings()
                    + (p.unitsWithFindings() == 1 ? " unit:" : " units:"));
            for (Map.Entry<String, Integer> e : p.findingsByRule().entrySet()) {
                sb.append(' ').append(e.getKey()).append(' ').append(e.getValue());
            }
            out.add(sb.toString());
        }
        return out;
    }

    public List<String> searchHits(List<SearchHit> hits, int limit) {
        List<String> out = new ArrayList<>();
        for (SearchHit h : hits.subList(0, Math.min(limit, hits.size()))) {
            AttributedStringBuilder b = new AttributedStringBuilder()
                    .append(String.format("  %-7s %-6s ", h.ref().id(), h.inTarget() ? "target" : "source"));
            int from = Math.max(0, h.start() - 30);
            int to = Math.min(h.text().length(), h.end() + 30);
            b.append(from > 0 ? "…" : "").append(h.text().substring(from, h.start())).style(Styles.BOLD.inverse())
                    .append(h.text().substring(h.start(), h.end())).style(Styles.PLAIN)
                    .append(h.text().substring(h.end(), to)).append(to < h.text().length() ? "…" : "");
            out.add(styles.render(b));
        }
        out.add(hits.size() + (hits.size() == 1 ? " match" : " matches") + (hits.size() > limit ? " (first " + limit
                + " shown)" : ""));
        return out;
    }

    public List<String> terms(List<TermLookup.Hit> hits, List<String> languages) {
        List<String> out = new ArrayList<>();
        for (TermLookup.Hit h : hits) {
            out.add(styles.render(new AttributedStringBuilder().style(Styles.BOLD).append(h.concept().id())
                    .style(Styles.DIM).append(h.concept().definition() == null ? "" : "  " + h.concept().definition())));
            for (String lang : languages) {
                List<Term> terms = h.concept().terms(lang);
                if (terms.isEmpty()) {
                    continue;
                }
                AttributedStringBuilder b = new AttributedStringBuilder().append(String.format("  %-4s", lang));
                for (Term t : terms) {
                    b.style(t.allowed() ? Styles.GOOD : Styles.BAD).append(t.text()).style(Styles.DIM)
                            .append(" (" + t.status().label() + ")  ").style(Styles.PLAIN);
                }
                out.add(styles.render(b));
                for (LanguageSection section : h.concept().sections(lang)) {
                    for (String note : section.notes()) {
                        out.add(styles.render(new AttributedStringBuilder().style(Styles.DIM).append("        " + note)));
                    }
                }
            }
            for (String note : h.concept().notes()) {
                out.add(styles.render(new AttributedStringBuilder().style(Styles.DIM).append("  note " + note)));
            }
        }
        if (hits.isEmpty()) {
            out.add("no glossary term like that");
        }
        return out;
    }

    /** A labelled text, wrapped at word boundaries with the continuation lines indented. */
    private void text(List<String> out, String label, String text, AttributedStyle style, String language) {
        int width = styles.width() - LABEL - 1;
        List<String> lines = wrap(text, width, new ULocale(language));
        for (int i = 0; i < lines.size(); i++) {
            String l = i == 0 ? label : "";
            String pad = l + " ".repeat(Math.max(1, LABEL - Styles.columns(l)));
            out.add(styles.render(new AttributedStringBuilder().style(Styles.DIM).append(pad).style(style).append(lines.get(i))));
        }
    }

    /** Lines of at most {@code width} display columns, broken where the language allows. */
    public static List<String> wrap(String text, int width, ULocale locale) {
        List<String> lines = new ArrayList<>();
        BreakIterator breaks = BreakIterator.getLineInstance(locale);
        breaks.setText(text);
        StringBuilder line = new StringBuilder();
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            if (line.length() > 0 && Styles.columns(line) + Styles.columns(piece.stripTrailing()) > width) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
            }
            line.append(piece);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** A single line in a style: for short confirmations. */
    public String line(String text, AttributedStyle style) {
        return styles.render(new AttributedStringBuilder().style(style).append(text));
    }
}
