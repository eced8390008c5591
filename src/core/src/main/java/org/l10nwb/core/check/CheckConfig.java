package org.l10nwb.core.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.WorkbenchException;

/**
 * Severity per rule: each rule's default, overridden by project settings of the form
 * {@code check.severity.term-missing=warning} ({@code off} turns a rule off).
 */
public final class CheckConfig {
    public static final List<Rule> RULES = List.of(Rule.TERM_MISSING, Rule.TERM_FORBIDDEN, Rule.INLINE_CODES,
            Rule.UNTRANSLATED);
    private static final String PREFIX = "check.severity.";

    private final Map<String, Severity> severities = new HashMap<>();

    public static CheckConfig defaults() {
        return new CheckConfig();
    }

    /** Reads {@code check.severity.*} settings; unknown rule ids and severities are errors. */
    public static CheckConfig fromSettings(Map<String, String> settings) {
        CheckConfig config = new CheckConfig();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (!e.getKey().startsWith(PREFIX)) {
                continue;
            }
            String id = e.getKey().substring(PREFIX.length());
            if (RULES.stream().noneMatch(r -> r.id().equals(id))) {
                throw new WorkbenchException(e.getKey() + ": no check is called '" + id + "' (known: "
                        + String.join(", ", RULES.stream().map(Rule::id).toList()) + ")");
            }
            config.severities.put(id, Severity.parse(e.getValue(), e.getKey()));
        }
        return config;
    }

    public Severity severity(Rule rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }
}
