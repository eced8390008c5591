package org.l10nwb.core.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.xliff.XliffReader;

/** Progress per locale: segments and source words by translation status. */
public final class StatsService {
    private final XliffReader reader = new XliffReader();

    /** Where a segment stands. */
    public enum Status {
        UNTRANSLATED,
        DRAFT,
        NEEDS_REVIEW,
        TRANSLATED,
        SIGNED_OFF
    }

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
    public record LocaleStats(LocaleTag locale, int units, Tally total, java.util.Map<Status, Tally> byStatus,
            int targetWords, List<Path> missing) {

        public Tally of(Status s) {
            return byStatus.get(s);
        }

        /** Translated or signed off: work a reader may see. */
        public Tally done() {
            Tally t = new Tally();
            t.add(of(Status.TRANSLATED));
            t.add(of(Status.SIGNED_OFF));
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
            java.util.Map<Status, Tally> by = new java.util.EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                by.put(s, new Tally());
            }
            Tally total = new Tally();
            WordCounter targetCounter = new WordCounter(locale.toULocale());
            int targetWords = 0;
            int units = 0;
            List<Path> missing = new ArrayList<>();
            for (String document : project.config().documents()) {
                Path xlf = project.xliffPath(document, locale);
                if (!Files.exists(xlf)) {
                    missing.add(project.display(xlf));
                    continue;
                }
                XliffDocument doc = reader.read(project.display(xlf));
                for (TransUnit u : doc.units()) {
                    if (!u.translatable()) {
                        continue;
                    }
                    units++;
                    for (Part p : u.source().segments()) {
                        int words = counter.count(p.content().plainText());
                        total.add(words);
                        by.get(status(u, p)).add(words);
                        Fragment t = u.targetSegment(p.segmentId());
                        if (t != null) {
                            targetWords += targetCounter.count(t.plainText());
                        }
                    }
                }
            }
            out.add(new LocaleStats(locale, units, total, by, targetWords, missing));
        }
        return out;
    }

    /** The status of one source segment of a unit. */
    public static Status status(TransUnit u, Part sourceSegment) {
        Fragment t = u.targetSegment(sourceSegment.segmentId());
        if (t == null) {
            return Status.UNTRANSLATED;
        }
        if (u.state() == null) {
            return Status.TRANSLATED;
        }
        if (u.state().isSignedOff()) {
            return Status.SIGNED_OFF;
        }
        if (u.state().needsReview()) {
            return Status.NEEDS_REVIEW;
        }
        return u.state().isTranslated() ? Status.TRANSLATED : Status.DRAFT;
    }
}
