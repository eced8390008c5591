package org.l10nwb.core.session;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Rule;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.model.Status;

/**
 * The checks as a translator sees them: every finding of a unit but "untranslated" (the
 * translator knows what is left to do; {@code progress} counts it).
 */
final class SessionChecks {
    private final CheckService checks;
    private final Path file;

    SessionChecks(CheckService checks, Path file) {
        this.checks = checks;
        this.file = file;
    }

    List<Finding> of(XliffFile f, TransUnit u) {
        return checks.check(file, f.sourceLanguage(), f.targetLanguage(), u).stream()
                .filter(x -> x.rule() != Rule.UNTRANSLATED).toList();
    }

    /** The findings of every translatable unit that has some, by unit id in document order. */
    Map<String, List<Finding>> byUnit(XliffDocument document) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (XliffFile f : document.files()) {
            for (TransUnit u : f.units()) {
                if (u.translatable()) {
                    List<Finding> found = of(f, u);
                    if (!found.isEmpty()) {
                        out.put(u.id(), found);
                    }
                }
            }
        }
        return out;
    }

    /** Segments by status, and the units with findings and findings by check. */
    Progress progress(List<Status> statuses, int rejected, XliffDocument document) {
        Map<Status, Integer> by = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            by.put(s, 0);
        }
        statuses.forEach(s -> by.merge(s, 1, Integer::sum));
        Map<String, List<Finding>> findings = byUnit(document);
        Map<String, Integer> byRule = new LinkedHashMap<>();
        findings.values().forEach(l -> l.forEach(f -> byRule.merge(f.rule().id(), 1, Integer::sum)));
        return new Progress(statuses.size(), by, rejected, findings.size(), byRule);
    }
}
