package org.l10nwb.core.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.FileHeldException;
import org.l10nwb.core.io.LockedUpdate;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.review.ReviewService.Decision;
import org.l10nwb.core.review.ReviewService.Outcome;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xliff.XliffWriter;

/**
 * Applies the decisions an editor made in a report to the XLIFF files they name. Each file is
 * changed under its lock from what it holds then ({@link LockedUpdate}), and its sign-off log is
 * written in the same change ({@link SignOff}): a crash leaves both as they were or both with every
 * decision. A file a translator has open is left alone.
 */
final class DecisionApplier {
    private DecisionApplier() {
    }

    static List<Outcome> apply(List<Decision> decisions, Function<String, Path> resolve, String reviewer,
            OffsetDateTime now) {
        Map<String, List<Decision>> byFile = new LinkedHashMap<>();
        decisions.forEach(d -> byFile.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(d));
        List<Outcome> out = new ArrayList<>();
        for (Map.Entry<String, List<Decision>> e : byFile.entrySet()) {
            Path path = resolve.apply(e.getKey());
            if (!Files.isRegularFile(path)) {
                e.getValue().forEach(d -> out.add(new Outcome(d, false, "no such XLIFF file " + e.getKey())));
                continue;
            }
            try {
                out.addAll(LockedUpdate.apply(path, writes -> applyToFile(path, e.getValue(), reviewer, now, writes)));
            } catch (FileHeldException held) {
                e.getValue().forEach(d -> out.add(new Outcome(d, false, e.getKey() + " is being edited by "
                        + held.holder() + "; apply the decisions when that session ends")));
            }
        }
        return out;
    }

    private static List<Outcome> applyToFile(Path path, List<Decision> decisions, String reviewer, OffsetDateTime now,
            LockedUpdate.Writes writes) {
        XliffDocument doc = new XliffReader().read(path);
        Map<String, TransUnit> units = new LinkedHashMap<>();
        doc.units().forEach(u -> units.put(u.id(), u));
        SignOff signOff = new SignOff(path);
        List<Outcome> out = new ArrayList<>();
        boolean changed = false;
        for (Decision d : decisions) {
            TransUnit u = units.get(d.unit());
            if (u == null) {
                out.add(new Outcome(d, false, "no unit " + d.unit() + " in " + d.file()));
                continue;
            }
            if (!Review.fingerprint(u).equals(d.fingerprint())) {
                out.add(new Outcome(d, false, "unit " + d.unit() + " of " + d.file()
                        + " changed since the report was made; make a new report and decide again"));
                continue;
            }
            try {
                TransUnit after = signOff.decide(u, d.action(), reviewer, d.text(), now);
                units.put(u.id(), after);
                changed |= !after.equals(u);
                out.add(new Outcome(d, true, d.action().id() + " unit " + d.unit() + " of " + d.file()));
            } catch (WorkbenchException refused) {
                out.add(new Outcome(d, false, refused.getMessage()));
            }
        }
        byte[] bytes = null;
        if (changed) {
            List<XliffFile> files = new ArrayList<>();
            for (XliffFile f : doc.files()) {
                files.add(f.withUnits(f.units().stream().map(u -> units.getOrDefault(u.id(), u)).toList()));
            }
            bytes = new XliffWriter().write(new XliffDocument(files));
        }
        signOff.write(writes, bytes);
        return out;
    }
}
