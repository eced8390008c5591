package org.l10nwb.core.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.format.DocumentFormat;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.format.Segmentation;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xliff.XliffWriter;

/**
 * Extracts each source document of a project into one XLIFF per target locale, keeping the
 * translations already there (see {@link Reconciler}). Everything is read and checked before the
 * first file is written, and each file is written atomically.
 */
public final class ExtractService {
    private final DocumentFormats formats;
    private final XliffReader reader = new XliffReader();
    private final XliffWriter writer = new XliffWriter();

    public ExtractService(DocumentFormats formats) {
        this.formats = formats;
    }

    /** What happened to one XLIFF file. */
    public enum Status {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /**
     * The outcome for one document and locale.
     *
     * @param reconciled the reconciliation with the previous XLIFF, or {@code null} when it is new
     */
    public record Outcome(String document, LocaleTag locale, Path xliff, Status status, int units, int segments,
            Reconciler.Result reconciled) {}

    public List<Outcome> extract(Project project, List<LocaleTag> locales) {
        Segmentation segmentation = segmentation(project);
        List<Outcome> outcomes = new ArrayList<>();
        List<Map.Entry<Path, byte[]>> writes = new ArrayList<>();
        for (String document : project.config().documents()) {
            Path source = project.resolve(document);
            TextFiles.requireUtf8(project.display(source));
            DocumentFormat format = formats.forFile(source);
            List<Content> contents = format.extract(source, project.sourceLocale(), segmentation);
            int segments = contents.stream().mapToInt(c -> c.segments().size()).sum();
            for (LocaleTag locale : locales) {
                Path xlf = project.xliffPath(document, locale);
                byte[] previous = null;
                Reconciler.Result reconciled = null;
                List<TransUnit> units;
                if (Files.exists(xlf)) {
                    previous = TextFiles.readBytes(project.display(xlf));
                    XliffDocument old = reader.read(project.display(xlf), previous);
                    XliffFile oldFile = fileFor(old, document, project.display(xlf));
                    reconciled = Reconciler.reconcile(oldFile.units(), contents);
                    units = reconciled.units();
                } else {
                    units = Reconciler.fresh(contents);
                }
                XliffFile file = new XliffFile(document, format.xliffDatatype(), project.sourceLocale().tag(),
                        locale.tag(), Map.of(), units);
                byte[] bytes = writer.write(XliffDocument.of(file));
                Status status = previous == null ? Status.CREATED
                        : Arrays.equals(previous, bytes) ? Status.UNCHANGED : Status.UPDATED;
                if (status != Status.UNCHANGED) {
                    writes.add(Map.entry(xlf, bytes));
                }
                outcomes.add(new Outcome(document, locale, xlf, status, units.size(), segments, reconciled));
            }
        }
        for (Map.Entry<Path, byte[]> w : writes) {
            AtomicFiles.write(w.getKey(), w.getValue());
        }
        return outcomes;
    }

    /** The file of {@code doc} extracted from {@code document}, or a user error naming {@code where}. */
    public static XliffFile fileFor(XliffDocument doc, String document, Path where) {
        return doc.file(document).orElseThrow(() -> doc.files().size() == 1
                ? WorkbenchException.inFile(where, "was extracted from '" + doc.files().get(0).original()
                        + "', not from '" + document + "'")
                : WorkbenchException.inFile(where, "has no <file original=\"" + document + "\">"));
    }

    /** The project's segmentation rules. */
    public static Segmentation segmentation(Project project) {
        String srx = project.config().segmentation();
        if (srx == null) {
            return Segmentation.DEFAULT;
        }
        Path rules = project.resolve(srx);
        if (!Files.isRegularFile(rules)) {
            throw WorkbenchException.inFile(project.display(rules), "no such file (setting 'segmentation')");
        }
        return new Segmentation(rules);
    }
}
