package org.l10nwb.core.check;

import java.util.List;
import java.util.Objects;

import org.l10nwb.core.SourcePosition;

/**
 * One problem found by a check.
 *
 * @param rule the check that found it
 * @param severity its severity (the rule's default or the project's setting)
 * @param position the file, line and column it concerns (the unit's target, or the unit)
 * @param unitId the trans-unit id
 * @param conceptId the glossary concept concerned, or {@code null}
 * @param message a one-line message naming what was expected and what was found
 * @param expected the terms that were expected, as written in the glossary
 * @param found the word forms found in the text
 */
public record Finding(
        Rule rule,
        Severity severity,
        SourcePosition position,
        String unitId,
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

    /** {@code path:line:column: severity rule-id unit-id: message}. */
    public String render() {
        return position.render() + ": " + severity.label() + " " + rule.id() + " " + unitId + ": " + message;
    }
}
