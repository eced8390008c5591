package org.l10nwb.okapi;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.EventType;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.filterwriter.XLIFFContent;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.lib.merge.merge.TextUnitMerger;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.format.DocumentFormat;
import org.l10nwb.core.format.Segmentation;
import org.l10nwb.core.format.SourceChangedException;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.xliff.XliffReader;

/**
 * A document format backed by an Okapi filter: the filter finds the text units, Okapi's SRX
 * segmenter splits them into sentences, and Okapi's skeleton merger writes the edition.
 *
 * <p>Merging reads the original once more with the same filter for its skeleton (as Okapi's
 * {@code OriginalDocumentXliffMergerStep} does) and gives each text unit the workbench carries
 * its target as it passes, in order, so that the ids in the project's XLIFF files need not be the
 * filter's and can stay stable when paragraphs are added or removed; the edition streams out.
 */
abstract class OkapiFormat implements DocumentFormat {
    private final String id;
    private final String datatype;
    private final Set<String> extensions;
    private final XliffReader inline = new XliffReader();

    OkapiFormat(String id, String datatype, Set<String> extensions) {
        this.id = id;
        this.datatype = datatype;
        this.extensions = Set.copyOf(extensions);
    }

    /** A new filter, configured for this format. */
    protected abstract IFilter newFilter();

    @Override
    public String id() {
        return id;
    }

    @Override
    public String xliffDatatype() {
        return datatype;
    }

    @Override
    public Set<String> extensions() {
        return extensions;
    }

    /** Whether a text unit becomes a unit of the XLIFF: translatable and with some text. */
    private static boolean carried(ITextUnit tu) {
        return tu.isTranslatable() && tu.getSource().hasText(false);
    }

    @Override
    public List<Content> extract(Path document, LocaleTag sourceLocale, Segmentation segmentation) {
        List<Content> units = new ArrayList<>();
        extract(document, sourceLocale, segmentation, units::add);
        return units;
    }

    /** Each unit as the filter gives it, segmented: the filter reads on only when the unit is handed on. */
    @Override
    public void extract(Path document, LocaleTag sourceLocale, Segmentation segmentation, Consumer<Content> units) {
        ISegmenter segmenter = Segmenters.get(segmentation, sourceLocale);
        forEachTextUnit(document, sourceLocale, tu -> {
            if (carried(tu)) {
                TextContainer tc = tu.getSource().clone();
                tc.joinAll();
                try {
                    segmenter.computeSegments(tc);
                } catch (WorkbenchException e) {
                    // Okapi's default rules have no file of their own: name the document.
                    throw e.position() != null ? e : new WorkbenchException(SourcePosition.of(document),
                            e.getMessage(), e);
                }
                tc.getSegments().create(segmenter.getRanges());
                units.accept(toContent(tc));
            }
        });
    }

    @Override
    public void merge(Path document, LocaleTag sourceLocale, LocaleTag targetLocale, List<TransUnit> units,
            OutputStream out) {
        requireSafe(document);
        LocaleId src = locale(sourceLocale);
        LocaleId trg = locale(targetLocale);
        String encoding = outputEncodingName(head(document));
        // Okapi's SkeletonMergerWriter, fed by the filter alone: each text unit the workbench
        // carries gets its target as it passes (see TranslatedUnit), the rest go out as they are.
        TextUnitMerger merger = new TextUnitMerger();
        merger.setTargetLocale(trg);
        Iterator<TransUnit> next = units.iterator();
        int index = 0;
        IFilterWriter writer = null;
        try (IFilter filter = newFilter(); RawDocument original = new RawDocument(document.toUri(), "UTF-8", src, trg)) {
            filter.open(original);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isStartDocument()) {
                    writer = e.getStartDocument().getFilterWriter();
                    writer.setOptions(trg, encoding);
                    writer.setOutput(new Unclosed(out));
                } else if (e.isTextUnit() && carried(e.getTextUnit())) {
                    ITextUnit tu = e.getTextUnit();
                    if (!next.hasNext()) {
                        throw new SourceChangedException("has more text units than its XLIFF");
                    }
                    TransUnit u = next.next();
                    requireSameSource(tu, u, ++index);
                    e = new Event(EventType.TEXT_UNIT, merger.mergeTargets(tu,
                            TranslatedUnit.of(tu, u.target() != null ? u.target() : u.source(), trg)));
                }
                if (writer == null) {
                    throw new OkapiException("the filter gave no start of document");
                }
                writer.handleEvent(e);
            }
            if (next.hasNext()) {
                throw new SourceChangedException("has fewer text units than its XLIFF");
            }
        } catch (OkapiException e) {
            throw new WorkbenchException(SourcePosition.of(document), "cannot merge: " + message(e), e);
        } finally {
            if (writer != null) {
                writer.close();
            }
        }
    }

    /**
     * Refuses a unit whose source in the XLIFF is not the document's: compared in the form of
     * {@link SourceText}, and, where that form cannot tell, as the XLIFF extract would write it.
     */
    private void requireSameSource(ITextUnit tu, TransUnit u, int index) {
        String ours = SourceText.of(u.source().joined());
        if (!ours.equals(SourceText.of(tu.getSource()))
                && !ours.equals(SourceText.of(toContent(tu.getSource()).joined()))) {
            throw new SourceChangedException("has another text in its text unit " + index + " than the XLIFF's unit '" + u.id() + "'");
        }
    }

    /** The document's first bytes, where a document declares its encoding. */
    private static byte[] head(Path document) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(document)) {
            return in.readNBytes(4096);
        } catch (java.io.IOException e) {
            throw new WorkbenchException(SourcePosition.of(document), "cannot read: " + e.getMessage(), e);
        }
    }

    /** The caller's stream, which Okapi's writer must not close (the caller may write more). */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            out.flush();
        }
    }

    /**
     * The name of the output encoding (always UTF-8) as the writer should spell it where the
     * document declares its encoding.
     *
     * @param head the original document's first bytes (4 KB, or all of a shorter document)
     */
    protected String outputEncodingName(byte[] head) {
        return "UTF-8";
    }

    /**
     * Refuses, before the filter opens it, a document that the filter must not be given (a
     * packaged format checks its package here); by default every document may be opened.
     */
    protected void requireSafe(Path document) {
        // Text formats: the caller has already checked the bytes are readable UTF-8.
    }

    @Override
    public void check(Path document) {
        requireSafe(document);
    }

    private void forEachTextUnit(Path document, LocaleTag sourceLocale, Consumer<ITextUnit> action) {
        forEachEvent(document, sourceLocale, e -> {
            if (e.isTextUnit()) {
                action.accept(e.getTextUnit());
            }
        });
    }

    /**
     * The names of the filter's sub-documents (the parts of a packaged document) that hold a unit
     * of the workbench's XLIFF, as the filter names them.
     */
    protected Set<String> subDocumentsWithText(Path document, LocaleTag sourceLocale) {
        Set<String> names = new java.util.LinkedHashSet<>();
        String[] current = {""};
        forEachEvent(document, sourceLocale, e -> {
            if (e.isStartSubDocument()) {
                current[0] = e.getStartSubDocument().getName();
            } else if (e.isTextUnit() && carried(e.getTextUnit())) {
                names.add(current[0]);
            }
        });
        return names;
    }

    private void forEachEvent(Path document, LocaleTag sourceLocale, Consumer<Event> action) {
        requireSafe(document);
        try (IFilter filter = newFilter();
                RawDocument raw = new RawDocument(document.toUri(), "UTF-8", locale(sourceLocale))) {
            filter.open(raw);
            while (filter.hasNext()) {
                action.accept(filter.next());
            }
        } catch (OkapiException e) {
            throw new WorkbenchException(SourcePosition.of(document), "cannot read as " + id + ": " + message(e), e);
        }
    }

    /** Okapi's parts as the workbench's: segments and the material between them. */
    private Content toContent(TextContainer tc) {
        List<Part> parts = new ArrayList<>();
        int n = 0;
        for (TextPart p : tc.getParts()) {
            Fragment f = plain(p.getContent());
            if (f == null) {
                String markup = new XLIFFContent(p.getContent()).toString(1, true, false, true, false, false, null);
                f = inline.parseInline(markup);
            }
            if (p.isSegment()) {
                parts.add(Part.segment(Integer.toString(++n), f));
            } else if (!f.isEmpty()) {
                parts.add(Part.between(f));
            }
        }
        if (n == 0) {
            return Content.single("1", new Content(parts).joined());
        }
        return new Content(parts);
    }

    /**
     * A part without codes whose text the XLIFF round trip above would give back unchanged (no
     * carriage return, which XML reads as a line feed, nor any character XML 1.0 cannot hold), or
     * {@code null}: most of a text document's parts, spared an XML parse each.
     */
    private static Fragment plain(net.sf.okapi.common.resource.TextFragment content) {
        if (content.hasCode()) {
            return null;
        }
        String text = content.getCodedText();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' : c >= 0xD800 && (c <= 0xDFFF || c >= 0xFFFE)) {
                return null;
            }
        }
        return Fragment.text(text);
    }

    static LocaleId locale(LocaleTag tag) {
        return LocaleId.fromBCP47(tag.tag());
    }

    static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
