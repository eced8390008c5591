package org.l10nwb.core.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The three-way merge of two versions of a sign-off log: the union of their sign-offs, one per
 * unit, the later ({@code at}) winning when both sides signed the same unit off; ours on a tie or
 * when a time cannot be read. The log is written in its usual order (by unit id), so the merged
 * file differs from each side only where the other side signed off.
 */
public final class SignOffMerge {
    private SignOffMerge() {
    }

    /** The merged log's content, and how many sign-offs came from the other side. */
    public record Result(byte[] bytes, int units, int fromTheirs) {
    }

    /** {@code base} is not needed for a union (a sign-off is never withdrawn from the log). */
    public static Result merge(Path base, Path ours, Path theirs) {
        SignOffLog merged = readOrEmpty(ours);
        SignOffLog other = readOrEmpty(theirs);
        int fromTheirs = 0;
        for (Map.Entry<String, SignOffLog.Entry> e : other.entries().entrySet()) {
            SignOffLog.Entry mine = merged.get(e.getKey());
            if (mine == null || later(e.getValue().at(), mine.at())) {
                if (!e.getValue().equals(mine)) {
                    fromTheirs++;
                }
                merged.put(e.getKey(), e.getValue());
            }
        }
        return new Result(merged.toBytes(), merged.entries().size(), fromTheirs);
    }

    private static SignOffLog readOrEmpty(Path file) {
        try {
            if (Files.size(file) == 0) {
                return SignOffLog.empty(file); // git gives an empty file for a side that has no log
            }
        } catch (IOException e) {
            // SignOffLog.read names the file and says why it cannot be read
        }
        return SignOffLog.read(file);
    }

    private static boolean later(String a, String b) {
        if (a == null || b == null) {
            return b == null && a != null;
        }
        try {
            return OffsetDateTime.parse(a).isAfter(OffsetDateTime.parse(b));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
