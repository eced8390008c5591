package org.l10nwb.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.ibm.icu.util.ULocale;

import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.TextFragment;
import net.sf.okapi.tm.pensieve.common.Metadata;
import net.sf.okapi.tm.pensieve.common.TmHit;
import net.sf.okapi.tm.pensieve.common.TranslationUnit;
import net.sf.okapi.tm.pensieve.common.TranslationUnitVariant;
import net.sf.okapi.tm.pensieve.seeker.ITmSeeker;
import net.sf.okapi.tm.pensieve.seeker.TmSeekerFactory;
import net.sf.okapi.tm.pensieve.writer.ITmWriter;
import net.sf.okapi.tm.pensieve.writer.TmWriterFactory;

import org.l10nwb.core.memory.FuzzyScore;
import org.l10nwb.core.memory.MemoryMatch;

/**
 * Okapi's Pensieve on the same units and queries as the embedded memory, in the same run of
 * {@link MemoryBenchmark}: its import rate, lookup percentiles and index size, and the quality of
 * both engines' best hits on one yardstick (our word-level score).
 */
final class PensieveBenchmark {
    private PensieveBenchmark() {
    }

    static void run(List<MemoryBenchmark.Pair> units, List<MemoryBenchmark.Query> qs, String locale, Path dir,
            List<List<MemoryMatch>> ours)
            throws Exception {
        LocaleId en = LocaleId.ENGLISH;
        LocaleId tl = LocaleId.fromString(locale);
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        ITmWriter w = TmWriterFactory.createFileBasedTmWriter(dir.toString(), true);
        int refused = 0;
        for (MemoryBenchmark.Pair p : units) {
            try {
                w.indexTranslationUnit(new TranslationUnit(new TranslationUnitVariant(en, new TextFragment(p.source())),
                        new TranslationUnitVariant(tl, new TextFragment(p.target()))));
            } catch (RuntimeException tooLong) {
                refused++; // Pensieve indexes the whole source as one term: Lucene refuses terms over 32,766 bytes
            }
        }
        if (refused > 0) {
            System.out.printf("Pensieve refused %,d units (sources too long for its exact-match term)%n", refused);
        }
        w.commit();
        w.close();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("Pensieve import: %,d units in %.1f s = %,.0f units/s; index %s%n", units.size(), s,
                units.size() / s, MemoryFigures.mb(MemoryFigures.treeSize(dir)));
        try (ITmSeeker seeker = TmSeekerFactory.createFileBasedTmSeeker(dir.toString())) {
            Metadata none = new Metadata();
            List<MemoryBenchmark.Pair> warmUp = List.of(new MemoryBenchmark.Pair("warm up the seeker", "x"));
            for (MemoryBenchmark.Query q : MemoryBenchmark.queries(units, warmUp, 300, new Random(99))) {
                seeker.searchFuzzy(new TextFragment(q.text()), 70, 5, none);
            }
            long[] times = new long[qs.size()];
            List<List<TmHit>> theirs = new ArrayList<>();
            for (int i = 0; i < qs.size(); i++) {
                long a = System.nanoTime();
                theirs.add(seeker.searchFuzzy(new TextFragment(qs.get(i).text()), 70, 5, none));
                times[i] = System.nanoTime() - a;
            }
            System.out.printf("Pensieve lookup: %s%n", MemoryFigures.percentiles(times));
            // Quality on one yardstick: the word-level score of each engine's best hit against the query.
            FuzzyScore score = new FuzzyScore(ULocale.ENGLISH);
            int both = 0, oursOnly = 0, theirsOnly = 0, missed = 0, oursBetter = 0, theirsBetter = 0, sameTarget = 0;
            long oursSum = 0, theirsSum = 0;
            for (int i = 0; i < qs.size(); i++) {
                String q = qs.get(i).text();
                List<MemoryMatch> o = ours.get(i);
                List<TmHit> t = theirs.get(i);
                int so = o.isEmpty() ? -1 : score.score(q, o.get(0).source());
                int st = t.isEmpty() ? -1 : score.score(q, t.get(0).getTu().getSource().getContent().getText());
                if (so >= 0 && st >= 0) {
                    both++;
                    oursSum += so;
                    theirsSum += st;
                    if (so > st) {
                        oursBetter++;
                    } else if (st > so) {
                        theirsBetter++;
                    }
                    if (o.get(0).target().equals(t.get(0).getTu().getTarget().getContent().getText())) {
                        sameTarget++;
                    }
                } else if (so >= 0) {
                    oursOnly++;
                } else if (st >= 0) {
                    theirsOnly++;
                    if (st >= 70) {
                        missed++; // a hit our own scale rates 70 or more, which our lookup did not return
                    }
                }
            }
            System.out.printf("quality: both engines found a match for %,d queries (same translation first: %,d; mean word score"
                    + " of the best hit: ours %.1f, Pensieve %.1f; better first hit: ours %,d, Pensieve %,d);"
                    + " only ours: %,d; only Pensieve: %,d (of which %,d score 70 or more on our scale)%n", both, sameTarget,
                    both == 0 ? 0.0 : (double) oursSum / both, both == 0 ? 0.0 : (double) theirsSum / both, oursBetter,
                    theirsBetter, oursOnly, theirsOnly, missed);
        }
        System.out.printf("peak memory so far: heap %s, resident %s%n", MemoryFigures.mb(MemoryFigures.peakHeap()),
                MemoryFigures.mb(MemoryFigures.peakRss()));
    }

}
