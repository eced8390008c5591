package org.l10nwb.bench;

import java.io.File;
import java.nio.file.Path;

import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;
import net.sf.okapi.lib.verification.Parameters;
import net.sf.okapi.lib.verification.QualityCheckSession;

/**
 * Okapi 1.47's QualityCheck with its terminology check alone, in string mode, over one XLIFF
 * file: the process {@link ScaleBenchmark} times beside {@code workbench check}. Every other
 * check of the session is turned off. Prints the number of issues.
 *
 * <p>Usage: {@code OkapiTermCheck FILE.xlf GLOSSARY.tsv SOURCE TARGET}
 */
public final class OkapiTermCheck {
    public static void main(String[] args) {
        LocaleId src = LocaleId.fromString(args[2]);
        LocaleId trg = LocaleId.fromString(args[3]);
        Parameters p = new Parameters();
        p.setLeadingWS(false);
        p.setTrailingWS(false);
        p.setEmptyTarget(false);
        p.setEmptySource(false);
        p.setTargetSameAsSource(false);
        p.setTargetSameAsSourceForSameLanguage(false);
        p.setTargetSameAsSourceWithCodes(false);
        p.setTargetSameAsSourceWithNumbers(false);
        p.setCodeDifference(false);
        p.setCheckXliffSchema(false);
        p.setCheckPatterns(false);
        p.setCheckWithLT(false);
        p.setCheckCharacters(false);
        p.setCheckAllowedCharacters(false);
        p.setCheckStorageSize(false);
        p.setCheckMaxCharLength(false);
        p.setCheckMinCharLength(false);
        p.setCheckAbsoluteMaxCharLength(false);
        p.setDoubledWord(false);
        p.setCorruptedCharacters(false);
        p.setCheckBlacklist(false);
        p.setSaveSession(false);
        p.setCheckTerms(true);
        p.setStringMode(true);
        p.setBetweenCodes(false);
        p.setTermsPath(new File(args[1]).getAbsolutePath());
        QualityCheckSession session = new QualityCheckSession();
        session.setParameters(p);
        session.startProcess(src, trg);
        int units = 0;
        try (XLIFFFilter filter = new XLIFFFilter();
                RawDocument doc = new RawDocument(Path.of(args[0]).toUri(), "UTF-8", src, trg)) {
            filter.open(doc);
            while (filter.hasNext()) {
                Event e = filter.next();
                if (e.isStartDocument()) {
                    session.processStartDocument(e.getStartDocument(), null);
                } else if (e.isStartSubDocument()) {
                    session.processStartSubDocument(e.getStartSubDocument());
                } else if (e.isTextUnit()) {
                    session.processTextUnit(e.getTextUnit());
                    units++;
                }
            }
        }
        System.out.println(units + " units, " + session.getIssues().size() + " issues");
    }
}
