package org.l10nwb.core.tmx;

import java.util.List;
import java.util.Map;

/**
 * A TMX {@code <header>}.
 *
 * @param version the {@code tmx version} attribute
 * @param attributes the header's attributes in order ({@code srclang}, {@code o-tmf}…)
 * @param meta its {@code prop} and {@code note} children
 */
public record TmxHeader(String version, Map<String, String> attributes, List<TmxUnit.Meta> meta) {
    public TmxHeader {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        meta = List.copyOf(meta);
    }

    /** The source language, or {@code *all*}. */
    public String sourceLanguage() {
        return attributes.get("srclang");
    }

    /** A header as the workbench writes it. */
    public static TmxHeader of(String sourceLanguage) {
        Map<String, String> a = new java.util.LinkedHashMap<>();
        a.put("creationtool", "l10n-workbench");
        a.put("creationtoolversion", "1");
        a.put("segtype", "sentence");
        a.put("o-tmf", "l10n-workbench");
        a.put("adminlang", "en");
        a.put("srclang", sourceLanguage);
        a.put("datatype", "plaintext");
        return new TmxHeader("1.4", a, List.of());
    }
}
