package org.l10nwb.core.session;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.Suppressions;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.Review;

/**
 * What the translator sees of the file: the segment in hand with its neighbours, glossary hits,
 * memory matches and findings; a search through the segments; the progress of the file. Reads
 * only; the caller brings the file up to date first.
 */
final class SegmentPanel {
    private final SegmentList segments;
    private final SegmentAccess access;
    private final SessionChecks checks;
    private final SegmentHints hints;
    private final SessionFile file;
    private final Languages languages;
    private final Supplier<String> memoryName;

    /** @param memoryName the file's name in the memory's origins */
    SegmentPanel(SegmentList segments, SegmentAccess access, SessionChecks checks, SegmentHints hints,
            SessionFile file, Languages languages, Supplier<String> memoryName) {
        this.segments = segments;
        this.access = access;
        this.checks = checks;
        this.hints = hints;
        this.file = file;
        this.languages = languages;
        this.memoryName = memoryName;
    }

    String sourceLanguage() {
        return access.xliffFile(segments.current()).sourceLanguage();
    }

    String targetLanguage() {
        return access.xliffFile(segments.current()).targetLanguage();
    }

    SegmentView view() {
        SegmentRef ref = segments.current();
        TransUnit u = access.unit(ref);
        Fragment source = access.source(ref);
        SegmentRef prev = segments.at(segments.index() - 1);
        SegmentRef next = segments.at(segments.index() + 1);
        Suppressions.Split checked = checks.split(access.xliffFile(ref), u);
        String name = memoryName.get();
        MemoryQuery q = new MemoryQuery(source.plainText(), prev == null ? null : access.source(prev).plainText(),
                next == null ? null : access.source(next).plainText(), sourceLanguage(), targetLanguage(),
                MemoryQuery.DEFAULT_THRESHOLD, SegmentHints.MEMORY_LIMIT, name + "#" + ref.id());
        return new SegmentView(ref, segments.index() + 1, segments.size(), source, u.targetSegment(ref.segmentId()),
                access.status(ref), u.state(), prev == null ? null : access.source(prev), access.target(prev),
                next == null ? null : access.source(next), access.target(next),
                hints.glossary(source.plainText(), sourceLanguage(), targetLanguage()),
                hints.memory(q, Path.of(memoryName.get()), file.document()), checked.kept(), checked.suppressed(),
                hints.memoryNames(), u.notes(), Review.rejected(u));
    }

    /** The findings of the checks for {@code u}, a unit of the current segment's {@code <file>}. */
    List<Finding> findings(TransUnit u) {
        return checks.of(access.xliffFile(segments.current()), u);
    }

    List<SearchHit> search(String text, boolean inSource, boolean inTarget) {
        if (text.isBlank()) {
            throw new WorkbenchException("search: give the text to look for");
        }
        return SegmentSearch.search(text, segments.all(), inSource ? access::source : null,
                inTarget ? access::target : null, sourceLanguage(), targetLanguage(), languages);
    }

    Progress progress() {
        return checks.progress(segments.all().stream().map(access::status).toList(),
                (int) segments.all().stream().filter(r -> Review.rejected(access.unit(r))).count(), file.document());
    }
}
