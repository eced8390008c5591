package org.l10nwb.core.glossary;

import java.util.Locale;

/**
 * A term's inflection hint as the glossary writes it (TBX {@code x-inflection}), read: either
 * {@code indeclinable} (the term matches only as written, plus its {@code x-inflectedForm}s), or a
 * declension class of the term's language module, written bare ({@code fem-a}) or with the
 * language it is meant for ({@code ru:fem-a}).
 *
 * @param indeclinable whether the term is not inflected at all
 * @param language the language prefix as written, lower case, or {@code null}
 * @param className the class name, or {@code null} for {@code indeclinable}
 */
public record Inflection(boolean indeclinable, String language, String className) {
    public static final String INDECLINABLE = "indeclinable";

    /** The hint read from its text, or {@code null} for none. */
    public static Inflection parse(String hint) {
        if (hint == null || hint.isBlank()) {
            return null;
        }
        String h = hint.strip();
        int colon = h.indexOf(':');
        String lang = colon > 0 ? h.substring(0, colon).strip().toLowerCase(Locale.ROOT) : null;
        String name = (colon > 0 ? h.substring(colon + 1) : h).strip();
        if (name.equalsIgnoreCase(INDECLINABLE)) {
            return new Inflection(true, lang, null);
        }
        return new Inflection(false, lang, name);
    }
}
