package org.l10nwb.core.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Status;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.xliff.XliffDocuments;

/** Progress per locale: segments and source words by translation status ({@link Status}). */
public final class StatsService {

    /** Segment and word counts for one status. */
    public static final class Tally {
        private int segments;
        private int words;

        public int segments() {
            return segments;
        }

        public int words() {
            return words;
        }

        void add(int wordCount) {
            segments++;
            words += wordCount;
        }

        void add(Tally other) {
            segments += other.segments;
            words += other.words;
        }
    }

    /**
     * Counts for one locale (all documents).
     *
     * @param targetWords words of the translations, counted with the target locale's rules
     * @param missing XLIFF files of the project that do not exist yet
     */
    public record LocaleStats(LocaleTag locale, int units, Tally total,
            Map<Status, Tally> byStatus, int targetWords, List<Path> missing) {

        public Tally of(Status s) {
            return byStatus.get(s);
        }

        /** Translated or signed off: work a reader may see. */
        public Tally done() {
            Tally t = new Tally();
            byStatus.forEach((s, tally) -> {
                if (s.done()) {
                    t.add(tally);
                }
            });
            return t;
        }

        /** Percentage of source words done, 0–100, rounded down so that 100 means all of it. */
        public int percentDone() {
            return total.words == 0 ? (total.segments == 0 ? 0 : 100 * done().segments / total.segments)
                    : (int) Math.floor(100.0 * done().words / total.words);
        }
    }

    public List<LocaleStats> stats(Project project, List<LocaleTag> locales) {
        WordCounter counter = new WordCounter(project.sourceLocale().toULocale());
        List<LocaleStats> out = new ArrayList<>();
        for (LocaleTag locale : locales) {
            Map<Status, Tally> by = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                by.put(s, new Tally());
            }
            Tally total = new Tally();
            WordCounter targetCounter = new WordCounter(locale.toULocale());
            int targetWords = 0;
            int units = 0;
            List<Path> missing = new ArrayList<>();
            for (Project.Translation t : project.translations(List.of(locale))) {
                if (!Files.exists(t.xliff())) {
                    missing.add(project.display(t.xliff()));
                    continue;
                }
                for (TransUnit u : XliffDocuments.read(project.display(t.xliff())).units()) {
                    if (!u.translatable()) {
                        continue;
                    }
                    units++;
                    for (Part p : u.source().segments()) {
                        int words = counter.count(p.content().plainText());
                        total.add(words);
                        by.get(Status.of(u, p)).add(words);
                        Fragment target = u.targetSegment(p.segmentId());
                        if (target != null) {
                            targetWords += targetCounter.count(target.plainText());
                        }
                    }
                }
            }
            out.add(new LocaleStats(locale, units, total, by, targetWords, missing));
        }
        return out;
    }
}
