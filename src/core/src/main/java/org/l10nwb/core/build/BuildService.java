package org.l10nwb.core.build;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.Remedy;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.extract.ExtractService;
import org.l10nwb.core.format.DocumentFormat;
import org.l10nwb.core.format.DocumentFormats;
import org.l10nwb.core.format.SourceChangedException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.InputKind;
import org.l10nwb.core.io.StrictUtf8;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.xliff.XliffDocuments;

/**
 * Builds each locale's edition of each document from its XLIFF. An edition with untranslated
 * segments is refused unless the caller allows it (then the source text stands in for them); the
 * XLIFF must still match the source document it was extracted from.
 */
public final class BuildService {
    private final DocumentFormats formats;

    public BuildService(DocumentFormats formats) {
        this.formats = formats;
    }

    /** What happened to one edition. */
    public enum Status {
        WRITTEN,
        UNCHANGED,
        REFUSED
    }

    /**
     * The outcome for one document and locale.
     *
     * @param untranslated segments with no translation (filled with the source when allowed)
     * @param blockers what keeps the edition from being published (then it is refused)
     * @param overridden what would have, had the person building not overridden it
     */
    public record Outcome(String document, LocaleTag locale, Path xliff, Path edition, Status status, int segments,
            int untranslated, List<PublicationGate.Blocker> blockers, List<PublicationGate.Blocker> overridden) {}

    /** Builds with only untranslated segments checked (allowed or not). */
    public List<Outcome> build(Project project, List<LocaleTag> locales, boolean allowUntranslated) {
        return build(project, locales, new PublicationGate(null, false),
                new PublicationGate.Overrides(allowUntranslated, false, false, false));
    }

    /**
     * Builds every edition that passes the publication gate; one that does not is refused and
     * says what blocks it. Nothing is written unless every input is readable.
     */
    public List<Outcome> build(Project project, List<LocaleTag> locales, PublicationGate gate,
            PublicationGate.Overrides overrides) {
        List<Outcome> outcomes = new ArrayList<>();
        // Each edition streams onto a hidden file beside it, installed once every edition is made.
        List<Map.Entry<Path, Path>> writes = new ArrayList<>();
        try {
            build(project, locales, gate, overrides, outcomes, writes);
            for (java.util.Iterator<Map.Entry<Path, Path>> i = writes.iterator(); i.hasNext();) {
                Map.Entry<Path, Path> w = i.next();
                AtomicFiles.install(w.getValue(), w.getKey());
                i.remove();
            }
        } finally {
            for (Map.Entry<Path, Path> w : writes) {
                discard(w.getValue());
            }
        }
        return outcomes;
    }

    private void build(Project project, List<LocaleTag> locales, PublicationGate gate,
            PublicationGate.Overrides overrides, List<Outcome> outcomes, List<Map.Entry<Path, Path>> writes) {
        for (String document : project.config().documents()) {
            Path source = project.resolve(document);
            Path shownSource = project.display(source);
            DocumentFormat format = formats.forFile(source);
            requireReadable(project, format, shownSource);
            for (Project.Translation t : project.translations(document, locales)) {
                Path shownXlf = project.display(t.xliff());
                if (!Files.exists(t.xliff())) {
                    throw WorkbenchException.inFile(shownXlf, "no such file").remedy(Remedy.EXTRACT, null);
                }
                XliffFile file = ExtractService.fileFor(XliffDocuments.read(shownXlf, project.limits()), document, shownXlf);
                requireLocale(file, t.locale(), shownXlf);
                int segments = 0;
                int untranslated = 0;
                for (TransUnit u : file.units()) {
                    TargetMarkup.requireMatchesSource(u);
                    for (Part p : u.source().segments()) {
                        segments++;
                        if (u.translatable() && u.targetSegment(p.segmentId()) == null && p.content().hasText()) {
                            untranslated++;
                        }
                    }
                }
                // Filled as the merge reaches each unit, not all before it: the XLIFF's model is held once.
                List<TransUnit> filled = new java.util.AbstractList<>() {
                    @Override
                    public TransUnit get(int index) {
                        TransUnit u = file.units().get(index);
                        return u.withTarget(fill(u), u.state());
                    }

                    @Override
                    public int size() {
                        return file.units().size();
                    }
                };
                Path edition = t.edition();
                List<PublicationGate.Blocker> all = gate.blockers(shownXlf, file);
                List<PublicationGate.Blocker> blockers = PublicationGate.remaining(all, overrides);
                List<PublicationGate.Blocker> overridden = all.stream().filter(b -> !blockers.contains(b)).toList();
                if (!blockers.isEmpty()) {
                    // A refused edition is not written, but an XLIFF the source has left behind is still an error.
                    merge(format, project, source, t, filled, OutputStream.nullOutputStream(), shownXlf, shownSource);
                    outcomes.add(new Outcome(document, t.locale(), t.xliff(), edition, Status.REFUSED, segments,
                            untranslated, blockers, overridden));
                    continue;
                }
                Path staged = AtomicFiles.stage(edition,
                        out -> merge(format, project, source, t, filled, out, shownXlf, shownSource));
                boolean same = Files.exists(edition) && sameBytes(staged, edition);
                if (same) {
                    discard(staged);
                } else {
                    writes.add(Map.entry(edition, staged));
                }
                outcomes.add(new Outcome(document, t.locale(), t.xliff(), edition,
                        same ? Status.UNCHANGED : Status.WRITTEN, segments, untranslated, List.of(), overridden));
            }
        }
    }

    /** Whether a staged edition is byte for byte the edition already there (then it is not written). */
    private static boolean sameBytes(Path staged, Path edition) {
        try {
            return Files.mismatch(staged, edition) == -1;
        } catch (java.io.IOException e) {
            discard(staged);
            throw WorkbenchException.inFile(edition, "cannot read: " + AtomicFiles.reason(e));
        }
    }

    private static void discard(Path staged) {
        try {
            Files.deleteIfExists(staged);
        } catch (java.io.IOException e) {
            // a hidden temporary file left behind is harmless beside the failure that brought us here
        }
    }

    /** The source within the project's limits and, for a text format, UTF-8 (read a block at a time, not held). */
    private static void requireReadable(Project project, DocumentFormat format, Path shownSource) {
        if (format.textual()) {
            StrictUtf8.checkFile(shownSource, InputKind.SOURCE, project.limits());
        } else {
            TextFiles.readBytes(shownSource, InputKind.SOURCE, project.limits());
        }
    }

    /** An XLIFF whose target language is not its folder's would publish one language as another. */
    private static void requireLocale(XliffFile file, LocaleTag locale, Path xlf) {
        String declared = file.targetLanguage();
        if (declared == null || declared.isBlank()) {
            return;
        }
        LocaleTag tag = LocaleTag.tryOf(declared);
        if (tag == null || !tag.equals(locale)) {
            throw WorkbenchException.inFile(xlf, "its target-language is '" + declared + "', but it is in the folder of '"
                    + locale.tag() + "'; not building an edition in the wrong language");
        }
    }

    /** The unit's target with the source standing in for every empty segment. */
    static Content fill(TransUnit u) {
        return u.source().withSegments(p -> {
            Fragment t = u.targetSegment(p.segmentId());
            return t != null && u.translatable() ? t : p.content();
        });
    }

    /**
     * Merges, the format checking as it reads the document that it is still the one the XLIFF was
     * extracted from: the document is read once, and not segmented again.
     */
    private static void merge(DocumentFormat format, Project project, Path source, Project.Translation t,
            List<TransUnit> units, OutputStream out, Path xlf, Path shownSource) {
        try {
            format.merge(source, project.sourceLocale(), t.locale(), units, out);
        } catch (SourceChangedException e) {
            throw WorkbenchException.inFile(xlf, "does not match " + org.l10nwb.core.Paths2.display(shownSource)
                    + " any more (the source changed since extraction: it " + e.getMessage() + ")")
                    .remedy(Remedy.EXTRACT, null);
        }
    }
}
