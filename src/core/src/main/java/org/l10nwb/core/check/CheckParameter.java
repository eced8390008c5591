package org.l10nwb.core.check;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A setting of a check, per target locale, in {@code workbench.properties}:
 * {@code check.<id>.<name>.<locale> = value} for one locale, {@code check.<id>.<name> = value} for
 * every locale. A check's main parameter has the empty name and is written
 * {@code check.<id>.<locale>} ({@code check.quote-style.ru = «» „“}).
 *
 * @param name the parameter's name, or the empty string for the check's main parameter
 * @param description what it means and the form of its value, for people
 * @param defaults the built-in values by base language ({@code ru}), with {@code ""} for any other
 *     language; a language with no entry and no {@code ""} entry has no value unless the project sets one
 * @param parse reads a value, throwing {@link IllegalArgumentException} with the reason when it is not one
 */
public record CheckParameter(String name, String description, Map<String, String> defaults,
        Function<String, ?> parse) {

    public CheckParameter {
        Objects.requireNonNull(name, "name");
        defaults = Map.copyOf(defaults);
    }

    /** The built-in value for a base language, or {@code null}. */
    public String defaultFor(String language) {
        String v = defaults.get(language);
        return v != null ? v : defaults.get("");
    }

    /** How the setting is written for one locale: {@code check.quote-style.ru}, {@code check.spacing.before-dash.ru}. */
    public String key(Rule rule, String locale) {
        return "check." + rule.id() + (name.isEmpty() ? "" : "." + name) + (locale == null ? "" : "." + locale);
    }

    /** {@code true} or {@code false}. */
    public static Boolean bool(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
            return Boolean.valueOf(v);
        }
        throw new IllegalArgumentException("expected true or false");
    }

    public static Double positiveNumber(String value) {
        try {
            double d = Double.parseDouble(value.strip());
            if (d > 0 && !Double.isInfinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + value + "' is not a positive number");
    }

    public static Integer positiveInteger(String value) {
        try {
            int i = Integer.parseInt(value.strip());
            if (i > 0) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + value + "' is not a positive whole number");
    }
}
