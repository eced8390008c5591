package org.l10nwb.core.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.format.DocumentFormat;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.format.Segmentation;
import org.l10nwb.core.io.InputKind;
import org.l10nwb.core.io.LockedUpdate;
import org.l10nwb.core.io.StrictUtf8;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.xliff.XliffDocuments;
import org.l10nwb.core.xliff.Xliff2Writer;
import org.l10nwb.core.xliff.XliffRewriter;
import org.l10nwb.core.xliff.XliffWriter;

/**
 * Extracts each source document of a project into one XLIFF per target locale, keeping the
 * translations already there (see {@link Reconciler}). Everything is read and checked before the
 * first file is written, and each file is written atomically under its lock. A document's first
 * XLIFF files are written unit by unit as the document is read ({@link FreshExtraction}), onto
 * hidden files installed at the end; a document extracted again is reconciled in memory.
 */
public final class ExtractService {
    private final DocumentFormats formats;
    private final XliffWriter writer = new XliffWriter();
    private final Xliff2Writer writer2 = new Xliff2Writer();
    private final XliffRewriter rewriter = new XliffRewriter();

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

    /**
     * Extracts every document for each of {@code locales}. The XLIFF files are locked first: when
     * a translator's shell holds any of them, nothing is written
     * ({@link org.l10nwb.core.io.FileHeldException}). Under the locks each is read afresh,
     * reconciled with the source and written atomically.
     */
    public List<Outcome> extract(Project project, List<LocaleTag> locales) {
        Segmentation segmentation = segmentation(project);
        List<Project.Translation> translations = project.translations(locales);
        Map<String, DocumentFormat> formatsByDocument = new LinkedHashMap<>();
        for (String document : project.config().documents()) {
            Path source = project.resolve(document);
            TextFiles.requireReadable(project.display(source), InputKind.SOURCE, project.limits());
            DocumentFormat format = formats.forFile(source);
            // Checked a block at a time: a large source's bytes and text are not held.
            if (format.textual()) {
                StrictUtf8.checkFile(project.display(source), InputKind.SOURCE, project.limits());
            } else {
                TextFiles.readBytes(project.display(source), InputKind.SOURCE, project.limits());
            }
            formatsByDocument.put(document, format);
        }
        for (Project.Translation t : translations) {
            createFolder(t.xliff().getParent()); // a new locale's folder, to hold the lock beside the file
        }
        List<Outcome> outcomes = new ArrayList<>();
        Map<Path, byte[]> writes = new LinkedHashMap<>();
        Map<Path, Path> staged = new LinkedHashMap<>();
        try (LockedUpdate.Locks locks = LockedUpdate.lockAll(translations.stream().map(Project.Translation::xliff).toList())) {
            try {
                // documents in configured order, each in every locale: the order the summary is printed in
                for (String document : project.config().documents()) {
                    DocumentFormat format = formatsByDocument.get(document);
                    Path source = project.resolve(document);
                    List<Project.Translation> ofDocument = project.translations(document, locales);
                    if (!project.config().xliff2() && ofDocument.stream().noneMatch(t -> Files.exists(t.xliff()))) {
                        outcomes.addAll(FreshExtraction.stage(project, ofDocument, format, segmentation, source, staged));
                        continue;
                    }
                    List<Content> contents = format.extract(source, project.sourceLocale(), segmentation);
                    for (Project.Translation t : ofDocument) {
                        outcomes.add(extractOne(project, t, format, contents, writes));
                    }
                }
                for (Map.Entry<Path, byte[]> w : writes.entrySet()) {
                    LockedUpdate.applyHolding(locks.of(w.getKey()), x -> x.put(w.getKey(), w.getValue()));
                }
                for (Iterator<Map.Entry<Path, Path>> i = staged.entrySet().iterator(); i.hasNext();) {
                    Map.Entry<Path, Path> s = i.next();
                    LockedUpdate.installHolding(locks.of(s.getKey()), s.getValue());
                    i.remove();
                }
            } finally {
                staged.values().forEach(FreshExtraction::discard);
            }
        }
        return outcomes;
    }

    private Outcome extractOne(Project project, Project.Translation t, DocumentFormat format, List<Content> contents,
            Map<Path, byte[]> writes) {
        Path xlf = t.xliff();
        int segments = contents.stream().mapToInt(c -> c.segments().size()).sum();
        byte[] previous = null;
        XliffDocument old = null;
        Reconciler.Result reconciled = null;
        List<TransUnit> units;
        if (Files.exists(xlf)) {
            previous = TextFiles.readBytes(project.display(xlf), InputKind.XLIFF, project.limits());
            old = XliffDocuments.read(project.display(xlf), previous);
            XliffFile oldFile = fileFor(old, t.document(), project.display(xlf));
            reconciled = Reconciler.reconcile(oldFile.units(), contents);
            units = reconciled.units();
        } else {
            units = Reconciler.fresh(contents);
        }
        XliffFile file = new XliffFile(t.document(), format.xliffDatatype(), project.sourceLocale().tag(),
                t.locale().tag(), Map.of(), units);
        // A file the workbench wrote is written anew in the project's XLIFF version; another tool's keeps its own.
        XliffDocument doc = XliffDocument.of(file);
        byte[] bytes = previous == null || rewriter.isOwn(project.display(xlf), previous, old)
                ? (project.config().xliff2() ? writer2.write(doc) : writer.write(doc))
                : rewriter.rewrite(project.display(xlf), previous, old, doc);
        Status status = previous == null ? Status.CREATED
                : Arrays.equals(previous, bytes) ? Status.UNCHANGED : Status.UPDATED;
        if (status != Status.UNCHANGED) {
            writes.put(xlf, bytes);
        }
        return new Outcome(t.document(), t.locale(), xlf, status, units.size(), segments, reconciled);
    }

    private static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw WorkbenchException.inFile(dir, "cannot create the folder: " + org.l10nwb.core.io.AtomicFiles.reason(e));
        }
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
        if (!Files.exists(rules)) {
            throw WorkbenchException.inFile(project.display(rules), "no such file (setting 'segmentation')");
        }
        TextFiles.requireReadable(project.display(rules), InputKind.RULES, project.limits());
        return new Segmentation(rules);
    }
}
