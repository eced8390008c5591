package org.l10nwb.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;

/**
 * The project's settings of the checks, from {@code workbench.properties}: a severity per rule
 * ({@code check.severity.term-missing = warning}; {@code off} turns a rule off) and the checks'
 * parameters per locale ({@code check.quote-style.ru = «» „“}, {@code check.length-ratio.tolerance = 2}).
 * An unknown rule, parameter or locale, or a value a parameter cannot read, is an error naming the setting.
 */
public final class CheckConfig {
    /** Every rule, each id once, in the order reports list them. */
    public static final List<Rule> RULES = rules();
    private static final String PREFIX = "check.";
    private static final String SEVERITY = "check.severity.";

    private final Map<String, Severity> severities = new HashMap<>();
    /** Parameter settings by key as normalised ({@code check.quote-style.ru}), values as written. */
    private final Map<String, String> parameters = new HashMap<>();

    private static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(List.of(Rule.TERM_MISSING, Rule.TERM_FORBIDDEN, Rule.INLINE_CODES,
                Rule.UNTRANSLATED));
        for (SegmentCheck c : QualityChecks.ALL) {
            if (all.stream().noneMatch(r -> r.id().equals(c.rule().id()))) {
                all.add(c.rule());
            }
        }
        return List.copyOf(all);
    }

    public static CheckConfig defaults() {
        return new CheckConfig();
    }

    /**
     * Reads the {@code check.*} settings of a project's settings file, a bad one a user error
     * naming {@code file}.
     */
    public static CheckConfig fromSettings(Map<String, String> settings, java.nio.file.Path file) {
        try {
            return fromSettings(settings);
        } catch (WorkbenchException e) {
            throw e.position() != null ? e : WorkbenchException.inFile(file, e.detail());
        }
    }

    /** Reads the {@code check.*} settings; anything else is left to its owner. */
    public static CheckConfig fromSettings(Map<String, String> settings) {
        CheckConfig config = new CheckConfig();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = e.getKey();
            if (key.startsWith(SEVERITY)) {
                String id = key.substring(SEVERITY.length());
                config.severities.put(rule(key, id).id(), Severity.parse(e.getValue(), key));
            } else if (key.startsWith(PREFIX)) {
                config.parameter(key, e.getValue());
            }
        }
        return config;
    }

    private static Rule rule(String key, String id) {
        for (Rule r : RULES) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new WorkbenchException(key + ": no check is called '" + id + "' (known: "
                + String.join(", ", RULES.stream().map(Rule::id).toList()) + ")");
    }

    /** {@code check.<id>[.<name>][.<locale>] = value}: validated, and kept under its normalised key. */
    private void parameter(String key, String value) {
        String rest = key.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        String id = dot < 0 ? rest : rest.substring(0, dot);
        Rule rule = rule(key, id);
        SegmentCheck check = QualityChecks.ALL.stream().filter(c -> c.rule().id().equals(id)).findFirst().orElse(null);
        List<CheckParameter> params = check == null ? List.of() : check.parameters();
        String tail = dot < 0 ? "" : rest.substring(dot + 1);
        CheckParameter param = null;
        String locale = null;
        for (CheckParameter p : params) {
            if (p.name().isEmpty()) {
                continue;
            }
            if (tail.equals(p.name())) {
                param = p;
            } else if (tail.startsWith(p.name() + ".")) {
                param = p;
                locale = tail.substring(p.name().length() + 1);
            }
        }
        if (param == null) {
            param = params.stream().filter(p -> p.name().isEmpty()).findFirst().orElse(null);
            locale = tail.isEmpty() ? null : tail;
            if (param == null) {
                List<String> names = params.stream().map(CheckParameter::name).toList();
                String has = names.isEmpty() ? " (it has none)" : " (it has: " + String.join(", ", names) + ")";
                throw new WorkbenchException(key + ": " + (tail.isEmpty() ? "name a parameter of the check '" + id + "'" + has
                        : "the check '" + id + "' has no parameter '" + tail + "'" + has));
            }
        }
        if (locale != null) {
            LocaleTag tag = LocaleTag.tryOf(locale);
            if (tag == null || locale.contains(".")) {
                throw new WorkbenchException(key + ": '" + locale + "' is not a locale"
                        + (param.name().isEmpty() ? "" : " (write " + param.key(rule, "LOCALE") + ")"));
            }
            locale = tag.tag();
        }
        try {
            param.parse().apply(value);
        } catch (IllegalArgumentException ex) {
            throw new WorkbenchException(key + ": " + ex.getMessage() + " (" + param.description() + ")");
        }
        parameters.put(normalised(param.key(rule, locale)), value);
    }

    private static String normalised(String key) {
        return key.toLowerCase(Locale.ROOT);
    }

    public Severity severity(Rule rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }

    /**
     * A parameter's value for a target locale, as written: the project's setting for the locale
     * ({@code ru-RU}), else for its language ({@code ru}), else for every locale, else the
     * check's default for the language; {@code null} when there is none.
     */
    public String parameter(Rule rule, CheckParameter p, String locale) {
        String language = LocaleTag.baseLanguage(locale);
        for (String k : new String[] {p.key(rule, locale), p.key(rule, language), p.key(rule, null)}) {
            String v = parameters.get(normalised(k));
            if (v != null) {
                return v;
            }
        }
        return p.defaultFor(language);
    }

    /** Whether the project sets a parameter for this locale (its language, or every locale). */
    public boolean isSet(Rule rule, CheckParameter p, String locale) {
        String language = LocaleTag.baseLanguage(locale);
        for (String k : new String[] {p.key(rule, locale), p.key(rule, language), p.key(rule, null)}) {
            if (parameters.containsKey(normalised(k))) {
                return true;
            }
        }
        return false;
    }

    /** Every parameter setting of the project, by key, for reports. */
    public Map<String, String> parameterSettings() {
        return new LinkedHashMap<>(parameters);
    }
}
