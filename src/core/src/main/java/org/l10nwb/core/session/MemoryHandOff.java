package org.l10nwb.core.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.memory.ConfirmedSegment;
import org.l10nwb.core.memory.MemorySink;
import org.l10nwb.core.model.Fragment;

/**
 * Hands confirmed units to the project's translation memory: each segment with the source of its
 * neighbours (for in-context matches), and never a unit with findings at error severity, which
 * would bring a forbidden term back into later translations. What is not added is told.
 */
final class MemoryHandOff {
    private MemorySink sink;

    void to(MemorySink memory) {
        this.sink = memory;
    }

    /**
     * After a saved confirmation of {@code unitId}: its segments go to the memory, unless the
     * confirmation had errors; a memory that fails is told, not fatal.
     */
    void confirmed(Change c, String unitId, List<SegmentRef> all, Function<SegmentRef, Fragment> source,
            Function<SegmentRef, Fragment> target, Path file, String targetLanguage, Consumer<String> notices) {
        if (!c.saved() || sink == null) {
            return;
        }
        if (!ErrorGuard.errors(c.findings()).isEmpty()) {
            notices.accept("unit " + unitId + " was not added to the translation memory: it has findings at error"
                    + " severity");
            return;
        }
        List<ConfirmedSegment> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Fragment t = all.get(i).unitId().equals(unitId) ? target.apply(all.get(i)) : null;
            if (t != null && t.hasText()) {
                out.add(new ConfirmedSegment(source.apply(all.get(i)), t, plain(all, i - 1, source),
                        plain(all, i + 1, source), file + "#" + all.get(i).id()));
            }
        }
        try {
            sink.confirmed(targetLanguage, out);
        } catch (WorkbenchException e) {
            notices.accept("not added to the translation memory: " + e.getMessage());
        }
    }

    private static String plain(List<SegmentRef> all, int i, Function<SegmentRef, Fragment> source) {
        return i >= 0 && i < all.size() ? source.apply(all.get(i)).plainText() : null;
    }
}
