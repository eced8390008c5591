package org.l10nwb.core.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Rule;
import org.l10nwb.core.check.Suppressions;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.model.Status;

/**
 * The checks as a translator sees them: every finding of a unit but "untranslated" (the
 * translator knows what is left to do; {@code progress} counts it). Findings that the
 * suppressions file beside the XLIFF accepts are kept apart, with their reason: they do not count
 * (for confirming, approving or the progress), and the shell shows them greyed.
 */
final class SessionChecks {
    private final CheckService checks;
    private final Path file;

    /** The suppressions as last read, and the file's time and size then (re-read when they change). */
    private Suppressions suppressions = Suppressions.none();
    private String readAt = "";

    SessionChecks(CheckService checks, Path file) {
        this.checks = checks;
        this.file = file;
    }

    /** The findings that count: every one but "untranslated" and the suppressed. */
    List<Finding> of(XliffFile f, TransUnit u) {
        return split(f, u).kept();
    }

    /** The findings, those that count and those the suppressions cover. */
    Suppressions.Split split(XliffFile f, TransUnit u) {
        List<Finding> all = checks.check(file, f.sourceLanguage(), f.targetLanguage(), u).stream()
                .filter(x -> x.rule() != Rule.UNTRANSLATED).toList();
        return suppressions().split(file.getFileName().toString(), u, all);
    }

    private Suppressions suppressions() {
        Path tsv = Suppressions.fileFor(file);
        String now;
        try {
            now = Files.isRegularFile(tsv) ? Files.getLastModifiedTime(tsv) + " " + Files.size(tsv) : "";
        } catch (IOException e) {
            now = "unreadable";
        }
        if (!now.equals(readAt)) {
            suppressions = now.isEmpty() ? Suppressions.none() : Suppressions.forFiles(List.of(file));
            readAt = now;
        }
        return suppressions;
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
