package org.l10nwb.okapi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.PatternSyntaxException;

import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.lib.segmentation.LanguageMap;
import net.sf.okapi.lib.segmentation.Rule;
import net.sf.okapi.lib.segmentation.SRXDocument;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.format.Segmentation;
import org.l10nwb.core.locale.LocaleTag;

/**
 * Okapi SRX segmenters: Okapi's default rules, with a project's own SRX rules placed in front of
 * them. SRX cascading applies every matching language map in order, so a project only writes the
 * exceptions it needs (an abbreviation, a byline) instead of copying the whole default set.
 */
final class Segmenters {
    private static final String PROJECT_PREFIX = "project:";
    /** A compiled rule set and the modification time of the file it was read from. */
    private record Loaded(long modified, SRXDocument doc) {}

    /** Compiled rule sets by file; an edited file replaces its entry. */
    private static final Map<Path, Loaded> DOCUMENTS = new ConcurrentHashMap<>();

    private Segmenters() {}

    static ISegmenter get(Segmentation segmentation, LocaleTag locale) {
        Path rules = segmentation.projectRules();
        Path key = rules == null ? Path.of("") : rules.toAbsolutePath();
        long modified = rules == null ? 0 : modified(rules);
        SRXDocument doc = DOCUMENTS.compute(key,
                (k, v) -> v != null && v.modified() == modified ? v : new Loaded(modified, load(rules))).doc();
        synchronized (doc) {
            try {
                return SrxEngine.of(doc.compileLanguageRules(OkapiFormat.locale(locale), null), rules);
            } catch (PatternSyntaxException e) {
                DOCUMENTS.remove(key);
                throw badPattern(rules, e);
            } catch (OkapiException e) {
                DOCUMENTS.remove(key);
                throw new WorkbenchException(SourcePosition.of(rules == null ? key : rules),
                        "cannot use SRX rules: " + OkapiFormat.message(e), e);
            }
        }
    }

    /** Okapi's own segmenter for these rules, without the one-pass search (for comparing the two). */
    static ISegmenter okapi(Segmentation segmentation, LocaleTag locale) {
        SRXDocument doc = load(segmentation.projectRules());
        return doc.compileLanguageRules(OkapiFormat.locale(locale), null);
    }

    /** A regular expression of the rules that Java cannot compile: one line naming the file and the pattern. */
    private static WorkbenchException badPattern(Path rules, PatternSyntaxException e) {
        String pattern = e.getPattern() == null ? "" : e.getPattern().replaceAll("\\R", " ");
        if (pattern.length() > 80) {
            pattern = pattern.substring(0, 79) + "…";
        }
        return new WorkbenchException(rules == null ? null : SourcePosition.of(rules), "bad regular expression in the SRX"
                + " rules: " + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : "") + " in '"
                + pattern + "'", e);
    }

    /** Drops the compiled rules of a file that is gone, so that the cache does not keep them. */
    static void forget(Path rules) {
        DOCUMENTS.remove(rules.toAbsolutePath());
    }

    private static long modified(Path rules) {
        try {
            return java.nio.file.Files.getLastModifiedTime(rules).toMillis();
        } catch (java.io.IOException e) {
            throw new WorkbenchException(SourcePosition.of(rules), "cannot read SRX rules: " + e.getMessage(), e);
        }
    }

    private static SRXDocument load(Path projectRules) {
        SRXDocument doc = new SRXDocument();
        doc.loadRules(SRXDocument.DEFAULT_SRX_RULES);
        if (projectRules == null) {
            return doc;
        }
        SrxStructure.check(projectRules);
        SRXDocument project = new SRXDocument();
        try {
            project.loadRules(projectRules.toString());
        } catch (PatternSyntaxException e) {
            throw badPattern(projectRules, e);
        } catch (OkapiException e) {
            throw new WorkbenchException(SourcePosition.of(projectRules),
                    "cannot read SRX rules: " + OkapiFormat.message(e), e);
        } catch (RuntimeException e) {
            // Okapi's reader of an untrusted file failed on a shape SrxStructure does not know of:
            // still the file's fault, so it is named, not reported as an internal error.
            throw new WorkbenchException(SourcePosition.of(projectRules), "cannot read SRX rules: Okapi's SRX reader"
                    + " failed on this file; check it against the SRX 2.0 schema", e);
        }
        if (project.getAllLanguagesMaps().isEmpty()) {
            throw new WorkbenchException(SourcePosition.of(projectRules), "no <languagemap> in SRX rules");
        }
        for (LanguageMap m : project.getAllLanguagesMaps()) {
            // Okapi would fail with a NullPointerException when it compiles a map to a missing rule set
            if (!project.getAllLanguageRules().containsKey(m.getRuleName())) {
                throw new WorkbenchException(SourcePosition.of(projectRules), "the <languagemap> for '" + m.getPattern()
                        + "' names the language rule '" + m.getRuleName() + "', which no <languagerule> defines");
            }
        }
        for (Map.Entry<String, ArrayList<Rule>> e : project.getAllLanguageRules().entrySet()) {
            doc.addLanguageRule(PROJECT_PREFIX + e.getKey(), e.getValue());
        }
        List<LanguageMap> projectMaps = new ArrayList<>();
        for (LanguageMap m : project.getAllLanguagesMaps()) {
            projectMaps.add(new LanguageMap(m.getPattern(), PROJECT_PREFIX + m.getRuleName()));
        }
        doc.getAllLanguagesMaps().addAll(0, projectMaps);
        doc.setCascade(true);
        return doc;
    }
}
