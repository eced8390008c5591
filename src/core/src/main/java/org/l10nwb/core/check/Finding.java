package org.l10nwb.core.check;

import java.util.List;
import java.util.Objects;

import org.l10nwb.core.SourcePosition;

/**
 * One problem found by a check.
 *
 * @param rule the check that found it
 * @param severity its severity (the rule's default or the project's setting)
 * @param position the file, line and column it concerns (the target segment, the unit's target,
 *     or the unit)
 * @param unitId the trans-unit id
 * @param segmentId the segment of a segmented unit the finding is about, or {@code null} when it
 *     is about the whole unit
 * @param conceptId the glossary concept concerned, or {@code null}
 * @param message a one-line message naming what was expected and what was found
 * @param expected what was expected: terms as written in the glossary, numbers, marks
 * @param found what was found in the text: word forms, numbers, marks
 */
public record Finding(
        Rule rule,
        Severity severity,
        SourcePosition position,
        String unitId,
        String segmentId,
        String conceptId,
        String message,
        List<String> expected,
        List<String> found) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        expected = List.copyOf(expected);
        found = List.copyOf(found);
    }

    /** A finding about a whole unit. */
    public Finding(Rule rule, Severity severity, SourcePosition position, String unitId, String conceptId,
            String message, List<String> expected, List<String> found) {
        this(rule, severity, position, unitId, null, conceptId, message, expected, found);
    }

    /** {@code unit-id}, or {@code unit-id:segment-id} for a finding about one segment (as the shell's {@code goto}). */
    public String place() {
        return segmentId == null ? unitId : unitId + ":" + segmentId;
    }

    /** {@code path:line:column: severity rule-id unit-id[:segment-id]: message}. */
    public String render() {
        return position.render() + ": " + severity.label() + " " + rule.id() + " " + place() + ": " + message;
    }
}
