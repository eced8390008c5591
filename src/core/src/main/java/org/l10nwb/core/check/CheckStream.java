package org.l10nwb.core.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xliff.TargetLocales;
import org.l10nwb.core.xliff.XliffDocuments;
import org.l10nwb.core.xliff.XliffReader;

/**
 * A check of XLIFF files that streams them instead of holding their models: the results are the
 * same, in the same order, as {@link CheckService#check} and {@link Suppressions#apply} of the
 * whole documents give, but memory is bounded by a batch of units, not by the files.
 *
 * <p>Two passes. {@link #learn} reads every file to its end, unit by unit: a file that cannot be
 * read is found there, before anything is reported (as when files are read whole), and the checks
 * that learn from the whole locale (the usual length ratio, the same source translated
 * differently) keep what they need of each segment, a ratio or a key, not the unit.
 * {@link #check} then reads the readable files again, checks their units batch by batch and hands
 * each unit's result on as soon as its batch is checked, to the sink on a thread of its own
 * ({@link ReportThread}), so that the report is written while the next batch is checked.
 */
public final class CheckStream {
    /** Units checked together: enough for both cores to share the glossary check, few enough to bound memory. */
    static final int BATCH = 2048;

    private final int batch;
    private final CheckService service;
    private final InputLimits limits;
    private final String givenTargetLanguage;
    private final List<Path> readable = new ArrayList<>();
    /** Per file: the unit ids that occur in more than one of its {@code <file>}s (suppressions name a unit by the first). */
    private final Map<Path, Set<String>> repeatedIds = new HashMap<>();
    /** Per readable file: the CRC-32C of the bytes the first pass read (the second skips their text checks when they are the same). */
    private final Map<Path, Long> readBefore = new HashMap<>();

    /** Where the results go, in order: a file's header, then its checked units' results. */
    public interface Sink {
        void file(Path file, String sourceLanguage, String targetLanguage);

        void unit(CheckResult.UnitResult unit);
    }

    /**
     * @param givenTargetLanguage the locale of {@code <file>}s that have none ({@link TargetLocales}), or {@code null}
     */
    public CheckStream(CheckService service, InputLimits limits, String givenTargetLanguage) {
        this(service, limits, givenTargetLanguage, BATCH);
    }

    /** With batches of {@code batch} units (tests cross batch boundaries with small ones). */
    CheckStream(CheckService service, InputLimits limits, String givenTargetLanguage, int batch) {
        this.batch = batch;
        this.service = service;
        this.limits = limits;
        this.givenTargetLanguage = givenTargetLanguage;
    }

    /**
     * The first pass: reads every file, unit by unit, for the checks to learn from the readable
     * ones. Returns the files that could not be read, in order, with why.
     */
    public Map<Path, WorkbenchException> learn(List<Path> xliffs) {
        Map<Path, WorkbenchException> unreadable = new LinkedHashMap<>();
        CheckService.Learning learning = service.learning();
        for (Path x : xliffs) {
            Set<String> earlier = new HashSet<>();
            Set<String> inThis = new HashSet<>();
            Set<String> repeated = new HashSet<>();
            // A file without a locale is refused once it is read to its end, so that a file that
            // is also not well-formed is reported for that, as when it is read whole.
            WorkbenchException[] noLocale = {null};
            try {
                long read = ReadAhead.stream(x, limits, new XliffReader.Units() {
                    @Override
                    public void file(XliffFile header) {
                        earlier.addAll(inThis);
                        inThis.clear();
                        if (noLocale[0] != null) {
                            return;
                        }
                        try {
                            XliffFile f = TargetLocales.resolve(x, header, givenTargetLanguage);
                            learning.file(f.sourceLanguage(), f.targetLanguage());
                        } catch (WorkbenchException e) {
                            noLocale[0] = e;
                        }
                    }

                    @Override
                    public void unit(TransUnit unit) {
                        if (inThis.add(unit.id()) && earlier.contains(unit.id())) {
                            repeated.add(unit.id());
                        }
                        if (noLocale[0] == null) {
                            learning.unit(x, unit);
                        }
                    }
                }, XliffDocuments.NOT_READ);
                if (noLocale[0] != null) {
                    throw noLocale[0];
                }
                learning.commit();
                readable.add(x);
                readBefore.put(x, read);
                if (!repeated.isEmpty()) {
                    repeatedIds.put(x, repeated);
                }
            } catch (WorkbenchException e) {
                learning.discard();
                unreadable.put(x, e);
            }
        }
        learning.finish();
        return unreadable;
    }

    /** The files {@link #learn} could read, in order: the ones {@link #check} checks. */
    public List<Path> readable() {
        return List.copyOf(readable);
    }

    /**
     * The second pass: checks the readable files' units, batch by batch, moving the findings
     * {@code suppressions} cover to the units' suppressed ones, and hands each result to
     * {@code sink} in the files' order. Returns the suppressions that covered no finding, of the
     * files checked (as {@link Suppressions.Applied#stale}).
     */
    public List<Suppressions.Suppression> check(Suppressions suppressions, Sink sink) {
        Set<Suppressions.Suppression> used = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<String> checked = new LinkedHashSet<>();
        try (ReportThread report = new ReportThread(sink)) {
            checkFiles(suppressions, report, used, checked);
        }
        List<Suppressions.Suppression> stale = new ArrayList<>();
        for (Suppressions.Suppression s : suppressions.entries()) {
            if (!used.contains(s) && checked.contains(s.document())) {
                stale.add(s);
            }
        }
        return stale;
    }

    /** The second pass over the readable files, each batch's results handed to {@code report} as it is checked. */
    private void checkFiles(Suppressions suppressions, ReportThread report, Set<Suppressions.Suppression> used,
            Set<String> checked) {
        for (Path x : readable) {
            String document = x.getFileName().toString();
            checked.add(document);
            Set<String> repeated = repeatedIds.getOrDefault(x, Set.of());
            Map<String, TransUnit> firstOfRepeated = new HashMap<>();
            List<TransUnit> batch = new ArrayList<>(Math.min(this.batch, 4096));
            XliffFile[] current = {null};
            Runnable flush = () -> {
                if (batch.isEmpty()) {
                    return;
                }
                XliffFile f = current[0];
                List<CheckResult.UnitResult> results = service.checkUnits(x, f.sourceLanguage(), f.targetLanguage(), batch);
                int next = 0; // the results are the batch's translatable units', in order
                List<CheckResult.UnitResult> out = new ArrayList<>(results.size());
                for (CheckResult.UnitResult u : results) {
                    while (!batch.get(next).translatable()) {
                        next++;
                    }
                    TransUnit named = firstOfRepeated.getOrDefault(u.unitId(), batch.get(next++));
                    Suppressions.Split split = suppressions.split(document, named, u.findings());
                    split.suppressed().forEach(s -> used.add(s.by()));
                    List<Suppressions.Suppressed> suppressed = new ArrayList<>(u.suppressed());
                    suppressed.addAll(split.suppressed());
                    out.add(new CheckResult.UnitResult(u.unitId(), u.position(), u.translated(), split.kept(),
                            u.source(), suppressed));
                }
                report.units(out);
                batch.clear();
            };
            ReadAhead.stream(x, limits, new XliffReader.Units() {
                @Override
                public void file(XliffFile header) {
                    flush.run();
                    current[0] = TargetLocales.resolve(x, header, givenTargetLanguage);
                    report.file(x, current[0].sourceLanguage(), current[0].targetLanguage());
                }

                @Override
                public void unit(TransUnit unit) {
                    if (repeated.contains(unit.id())) {
                        firstOfRepeated.putIfAbsent(unit.id(), unit);
                    }
                    batch.add(unit);
                    if (batch.size() == CheckStream.this.batch) {
                        flush.run();
                    }
                }
            }, readBefore.getOrDefault(x, XliffDocuments.NOT_READ));
            flush.run();
        }
    }
}
