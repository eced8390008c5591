package org.l10nwb.core.tmx;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.model.Fragment;

/**
 * One TMX {@code <tu>}: its attributes, properties and notes, and one variant per language.
 *
 * @param attributes the {@code tu} attributes in document order ({@code tuid}, {@code changedate}…)
 * @param meta its {@code prop} and {@code note} children, in order
 * @param variants its {@code tuv} children, in order
 * @param position where it starts in its file, or {@code null} for units not read from a file
 */
public record TmxUnit(Map<String, String> attributes, List<Meta> meta, List<Variant> variants,
        SourcePosition position) {

    public TmxUnit {
        attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        meta = List.copyOf(meta);
        variants = List.copyOf(variants);
    }

    /**
     * A {@code prop} or {@code note}.
     *
     * @param element {@code prop} or {@code note}
     * @param attributes its attributes ({@code type}, {@code xml:lang}, {@code o-encoding}) in order
     * @param text its text
     */
    public record Meta(String element, Map<String, String> attributes, String text) {
        public Meta {
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
            Objects.requireNonNull(text, "text");
        }

        public static Meta prop(String type, String text) {
            return new Meta("prop", Map.of("type", type), text);
        }
    }

    /**
     * A {@code tuv}: the text in one language.
     *
     * @param language the {@code xml:lang} as written
     * @param attributes the other {@code tuv} attributes, in order
     * @param meta its {@code prop} and {@code note} children
     * @param segment the {@code seg} content; inline codes are {@code bpt}, {@code ept}, {@code ph},
     *     {@code it}, {@code ut} and {@code hi} codes whose markup is kept as written
     */
    public record Variant(String language, Map<String, String> attributes, List<Meta> meta, Fragment segment) {
        public Variant {
            Objects.requireNonNull(language, "language");
            attributes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
            meta = List.copyOf(meta);
            Objects.requireNonNull(segment, "segment");
        }
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    /** The value of the first {@code prop} of this type, or {@code null}. */
    public String prop(String type) {
        for (Meta m : meta) {
            if (m.element().equals("prop") && type.equals(m.attributes().get("type"))) {
                return m.text();
            }
        }
        return null;
    }
}
