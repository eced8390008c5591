package org.l10nwb.okapi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** Compiled rule sets by file and modification time, so an edited file is read again. */
    private static final Map<String, SRXDocument> DOCUMENTS = new ConcurrentHashMap<>();

    private Segmenters() {}

    static ISegmenter get(Segmentation segmentation, LocaleTag locale) {
        Path rules = segmentation.projectRules();
        SRXDocument doc = DOCUMENTS.computeIfAbsent(key(rules), k -> load(rules));
        synchronized (doc) {
            return doc.compileLanguageRules(OkapiFormat.locale(locale), null);
        }
    }

    private static String key(Path rules) {
        if (rules == null) {
            return "";
        }
        long modified;
        try {
            modified = java.nio.file.Files.getLastModifiedTime(rules).toMillis();
        } catch (java.io.IOException e) {
            throw new WorkbenchException(SourcePosition.of(rules), "cannot read SRX rules: " + e.getMessage(), e);
        }
        return rules.toAbsolutePath() + "@" + modified;
    }

    private static SRXDocument load(Path projectRules) {
        SRXDocument doc = new SRXDocument();
        doc.loadRules(SRXDocument.DEFAULT_SRX_RULES);
        if (projectRules == null) {
            return doc;
        }
        SRXDocument project = new SRXDocument();
        try {
            project.loadRules(projectRules.toString());
        } catch (OkapiException e) {
            throw new WorkbenchException(SourcePosition.of(projectRules),
                    "cannot read SRX rules: " + OkapiFormat.message(e), e);
        }
        if (project.getAllLanguagesMaps().isEmpty()) {
            throw new WorkbenchException(SourcePosition.of(projectRules), "no <languagemap> in SRX rules");
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
