package org.l10nwb.core.session;

import java.util.Map;

import org.l10nwb.core.model.Status;

/**
 * How far the file is: segments by status, how many of those needing review an editor rejected,
 * and the units with findings.
 */
public record Progress(int segments, Map<Status, Integer> byStatus, int rejected, int unitsWithFindings,
        Map<String, Integer> findingsByRule) {
    public int count(Status s) {
        return byStatus.getOrDefault(s, 0);
    }

    public int percentDone() {
        int done = count(Status.TRANSLATED) + count(Status.NEEDS_REVIEW) + count(Status.SIGNED_OFF);
        return segments == 0 ? 100 : done * 100 / segments;
    }
}
