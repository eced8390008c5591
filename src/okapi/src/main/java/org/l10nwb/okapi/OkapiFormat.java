package org.l10nwb.okapi;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.filterwriter.XLIFFContent;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextPart;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.merge.merge.SkeletonMergerWriter;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.format.DocumentFormat;
import org.l10nwb.core.format.Segmentation;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xliff.XliffWriter;

/**
 * A document format backed by an Okapi filter: the filter finds the text units, Okapi's SRX
 * segmenter splits them into sentences, and Okapi's skeleton merger writes the edition.
 *
 * <p>Merging re-reads the original with the same filter for its skeleton (as Okapi's
 * {@code OriginalDocumentXliffMergerStep} does) and takes the translations from an XLIFF made in
 * memory, whose units carry the filter's own ids, so that the ids in the project's XLIFF files
 * can stay stable when paragraphs are added or removed.
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
        ISegmenter segmenter = Segmenters.get(segmentation, sourceLocale);
        List<Content> units = new ArrayList<>();
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
                units.add(toContent(tc));
            }
        });
        return units;
    }

    @Override
    public void merge(Path document, LocaleTag sourceLocale, LocaleTag targetLocale, List<TransUnit> units,
            OutputStream out) {
        LocaleId src = locale(sourceLocale);
        LocaleId trg = locale(targetLocale);
        byte[] originalBytes;
        try {
            originalBytes = java.nio.file.Files.readAllBytes(document);
        } catch (java.io.IOException e) {
            throw new WorkbenchException(SourcePosition.of(document), "cannot read: " + e.getMessage(), e);
        }
        String xliff = inMemoryXliff(document, sourceLocale, targetLocale, units);
        SkeletonMergerWriter merger = new SkeletonMergerWriter();
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try (IFilter skeleton = newFilter();
                RawDocument original = new RawDocument(document.toUri(), "UTF-8", src, trg);
                XLIFFFilter translations = new XLIFFFilter();
                RawDocument translated = new RawDocument(xliff, src, trg)) {
            skeleton.open(original);
            merger.setFilter(skeleton);
            merger.setOptions(trg, outputEncodingName(originalBytes));
            merger.setOutput(buffer);
            translations.open(translated);
            while (translations.hasNext()) {
                merger.handleEvent(translations.next());
            }
        } catch (OkapiException e) {
            throw new WorkbenchException(SourcePosition.of(document), "cannot merge: " + message(e), e);
        } finally {
            merger.close();
        }
        try {
            out.write(afterMerge(originalBytes, buffer.toByteArray()));
        } catch (java.io.IOException e) {
            throw new WorkbenchException(SourcePosition.of(document), "cannot write the edition: " + e.getMessage(), e);
        }
    }

    /**
     * The name of the output encoding (always UTF-8) as the writer should spell it where the
     * document declares its encoding.
     *
     * @param original the original document's bytes
     */
    protected String outputEncodingName(byte[] original) {
        return "UTF-8";
    }

    /**
     * A last correction of the merged bytes, for writers that do not keep the original's form.
     *
     * @param original the original document's bytes
     * @param merged what the writer produced
     */
    protected byte[] afterMerge(byte[] original, byte[] merged) {
        return merged;
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

    /**
     * The translations as an XLIFF whose units carry the filter's ids, one for every text unit the
     * filter reports (those the workbench does not carry have no target and keep their text).
     */
    private String inMemoryXliff(Path document, LocaleTag sourceLocale, LocaleTag targetLocale,
            List<TransUnit> units) {
        List<TransUnit> all = new ArrayList<>();
        int[] next = {0};
        forEachTextUnit(document, sourceLocale, tu -> {
            if (carried(tu)) {
                if (next[0] >= units.size()) {
                    throw new WorkbenchException(SourcePosition.of(document),
                            "has more text units than its XLIFF; run 'workbench extract' first");
                }
                TransUnit u = units.get(next[0]++);
                all.add(new TransUnit(tu.getId(), u.source(), u.target(), null, null, true, Map.of(), List.of(),
                        null, null));
            } else {
                // No target: the merger then writes the skeleton's own text for this unit.
                all.add(new TransUnit(tu.getId(), toContent(tu.getSource()), null, null, null, true,
                        tu.isTranslatable() ? Map.of() : Map.of("translate", "no"), List.of(), null, null));
            }
        });
        if (next[0] != units.size()) {
            throw new WorkbenchException(SourcePosition.of(document),
                    "has fewer text units than its XLIFF; run 'workbench extract' first");
        }
        XliffFile file = new XliffFile(document.getFileName().toString(), datatype, sourceLocale.tag(),
                targetLocale.tag(), Map.of(), all);
        return new XliffWriter().toString(XliffDocument.of(file));
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
            String markup = new XLIFFContent(p.getContent()).toString(1, true, false, true, false, false, null);
            Fragment f = inline.parseInline(markup);
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
