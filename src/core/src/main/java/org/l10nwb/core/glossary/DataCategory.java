package org.l10nwb.core.glossary;

import java.util.List;
import java.util.Objects;

/**
 * A TBX data category the workbench does not use itself but keeps, so that an exported glossary
 * says all that was read: a context sentence, a source, a term type, a geographical usage, a
 * cross-reference, a transaction (who did what when), and the like. Written back in DCA style.
 *
 * @param element the DCA element: {@code descrip}, {@code admin}, {@code termNote}, {@code ref},
 *     {@code xref}, {@code transacGrp} (whose children are its {@code transac}, {@code date} and
 *     {@code transacNote})…
 * @param type the data category ({@code context}, {@code source}, {@code termType}…), or the empty
 *     string for an element without one ({@code date})
 * @param value the text, whitespace collapsed
 * @param target the {@code target} attribute of a reference, or {@code null}
 * @param children the parts of a group, in order
 */
public record DataCategory(String element, String type, String value, String target, List<DataCategory> children) {
    public DataCategory {
        Objects.requireNonNull(element, "element");
        type = type == null ? "" : type;
        value = value == null ? "" : value;
        children = List.copyOf(children);
    }

    public static DataCategory of(String element, String type, String value) {
        return new DataCategory(element, type, value, null, List.of());
    }
}
