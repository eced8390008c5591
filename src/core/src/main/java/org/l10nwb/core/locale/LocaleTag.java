package org.l10nwb.core.locale;

import java.util.IllformedLocaleException;
import java.util.Locale;

import com.ibm.icu.util.ULocale;

import org.l10nwb.core.WorkbenchException;

/**
 * A validated BCP 47 language tag ({@code en}, {@code ka}, {@code az-Latn}, {@code pt-BR}).
 *
 * <p>Well-formedness is checked by the JDK's BCP 47 parser; the language subtag must be one that
 * ICU knows a name for, so that typos such as {@code xx} are caught early rather
 * than producing an XLIFF no tool can use.
 */
public final class LocaleTag implements Comparable<LocaleTag> {
    private final String tag;
    private final ULocale uLocale;

    private LocaleTag(String tag, ULocale uLocale) {
        this.tag = tag;
        this.uLocale = uLocale;
    }

    /** Parses and validates a tag; throws a user error naming the tag when it is not usable. */
    public static LocaleTag of(String text) {
        if (text == null || text.isBlank()) {
            throw new WorkbenchException("empty locale tag");
        }
        String trimmed = text.strip().replace('_', '-');
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(trimmed).build();
        } catch (IllformedLocaleException e) {
            throw new WorkbenchException("'" + text.strip() + "' is not a well-formed BCP 47 language tag");
        }
        String language = locale.getLanguage();
        if (language.isEmpty()) {
            throw new WorkbenchException("'" + text.strip() + "' has no language subtag");
        }
        ULocale u = ULocale.forLocale(locale);
        String name = new ULocale(language).getDisplayLanguage(ULocale.ENGLISH);
        if (name.isEmpty() || name.equalsIgnoreCase(language)) {
            throw new WorkbenchException("unknown language '" + language + "' in locale tag '" + text.strip() + "'");
        }
        return new LocaleTag(locale.toLanguageTag(), u);
    }

    /** Like {@link #of} but answers {@code null} for tags that are not usable. */
    public static LocaleTag tryOf(String text) {
        try {
            return of(text);
        } catch (WorkbenchException e) {
            return null;
        }
    }

    /** The canonical tag, for example {@code az-Latn}. */
    public String tag() {
        return tag;
    }

    /** The language subtag, for example {@code az}. */
    public String language() {
        return uLocale.getLanguage();
    }

    public ULocale toULocale() {
        return uLocale;
    }

    public Locale toLocale() {
        return uLocale.toLocale();
    }

    /** English display name, for example "Azerbaijani (Latin)". */
    public String displayName() {
        return uLocale.getDisplayName(ULocale.ENGLISH);
    }

    /** Whether this tag is the same language as {@code other}, ignoring region and script. */
    public boolean sameLanguage(LocaleTag other) {
        return language().equals(other.language());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocaleTag other && tag.equalsIgnoreCase(other.tag);
    }

    @Override
    public int hashCode() {
        return tag.toLowerCase(Locale.ROOT).hashCode();
    }

    @Override
    public int compareTo(LocaleTag o) {
        return tag.compareToIgnoreCase(o.tag);
    }

    @Override
    public String toString() {
        return tag;
    }

    /** The primary language subtag of a tag as written, lower case: {@code ru-RU} → {@code ru}. */
    public static String baseLanguage(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }
}
