package org.l10nwb.core.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.format.DocumentFormat;
import org.l10nwb.core.format.Segmentation;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.xliff.XliffWriter;

/**
 * The first extraction of a document, which has no XLIFF yet to reconcile with: its units go from
 * the format's filter and segmentation straight into an XLIFF writer for each locale, onto a
 * staged file beside each XLIFF, so that memory holds one unit at a time however large the
 * document (a 50 MB text's model would take several times its size). The bytes are those
 * {@link Reconciler#fresh} and {@link XliffWriter#write} give for the whole document.
 */
final class FreshExtraction {
    private FreshExtraction() {}

    /**
     * Writes the XLIFF of {@code source} for each of {@code translations} onto a staged file, put
     * in {@code staged} (by its target) for the caller to install under the target's lock or
     * {@link #discard}; a staged file is in {@code staged} as soon as it is complete, so that a
     * failure after it leaves nothing the caller cannot remove.
     */
    static List<ExtractService.Outcome> stage(Project project, List<Project.Translation> translations,
            DocumentFormat format, Segmentation segmentation, Path source, Map<Path, Path> staged) {
        List<XliffWriter.Streamed> writers = new ArrayList<>(translations.size());
        int[] counts = new int[2]; // units, segments
        stageFrom(0, translations, format.xliffDatatype(), project, writers, staged, () -> {
            format.extract(source, project.sourceLocale(), segmentation, content -> {
                TransUnit unit = TransUnit.of(Integer.toString(++counts[0]), content);
                counts[1] += content.segments().size();
                try {
                    for (XliffWriter.Streamed w : writers) {
                        w.unit(unit);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            for (XliffWriter.Streamed w : writers) {
                w.finish();
            }
        });
        List<ExtractService.Outcome> outcomes = new ArrayList<>(translations.size());
        for (Project.Translation t : translations) {
            outcomes.add(new ExtractService.Outcome(t.document(), t.locale(), t.xliff(), ExtractService.Status.CREATED,
                    counts[0], counts[1], null));
        }
        return outcomes;
    }

    /** Removes a staged file that is not to be installed. */
    static void discard(Path staged) {
        try {
            Files.deleteIfExists(staged);
        } catch (IOException e) {
            // a hidden temporary file left behind is harmless; the failure that brought us here is what matters
        }
    }

    /** The extraction itself, run once every file it writes onto is open. */
    private interface Body {
        void run() throws IOException;
    }

    /**
     * Opens the staged file of translation {@code i}, and within it those of the next ones, and
     * runs the extraction once all are open: one reading of the document for every locale.
     */
    private static void stageFrom(int i, List<Project.Translation> translations, String datatype, Project project,
            List<XliffWriter.Streamed> writers, Map<Path, Path> staged, Body body) {
        if (i == translations.size()) {
            try {
                body.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        Project.Translation t = translations.get(i);
        XliffFile header = new XliffFile(t.document(), datatype, project.sourceLocale().tag(), t.locale().tag(),
                Map.of(), List.of());
        Path file = AtomicFiles.stage(t.xliff(), out -> {
            writers.add(new XliffWriter().open(header, out));
            try {
                stageFrom(i + 1, translations, datatype, project, writers, staged, body);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        staged.put(t.xliff(), file);
    }
}
