package org.l10nwb.core.xliff;

import java.util.HashMap;
import java.util.Map;

import org.l10nwb.core.xml.XmlTags;
import org.l10nwb.core.xml.XmlTags.Tag;

/**
 * An element open while {@link XliffPlaces} or {@link Xliff2Places} scan a document's tags: its
 * start tag, the namespaces in scope, and whether it is in the document's XLIFF namespace (the
 * root's), so that another namespace's element of the same local name is passed over.
 */
record OpenElement(Tag tag, Map<String, String> ns, boolean xliff) {
    /**
     * The element {@code t} opens below {@code parent} ({@code null} at the root) in a document whose
     * XLIFF namespace is {@code xliffNs}; {@code null} while it is not known, at the root, whose
     * namespace it is.
     */
    static OpenElement of(OpenElement parent, Tag t, String xliffNs) {
        Map<String, String> scope = declare(parent == null ? Map.of() : parent.ns(), t);
        String own = scope.getOrDefault(t.prefix(), "");
        return new OpenElement(t, scope, xliffNs == null || xliffNs.equals(own));
    }

    /** The namespace of the element's name. */
    String namespace() {
        return ns.getOrDefault(tag.prefix(), "");
    }

    boolean is(String local) {
        return xliff && tag.localName().equals(local);
    }

    /** The namespaces in scope in {@code t}: its parent's, with its own declarations. */
    private static Map<String, String> declare(Map<String, String> parent, Tag t) {
        Map<String, String> scope = parent;
        for (XmlTags.Attribute a : t.attributes()) {
            if (a.name().equals("xmlns") || a.name().startsWith("xmlns:")) {
                if (scope == parent) {
                    scope = new HashMap<>(parent);
                }
                scope.put(a.name().equals("xmlns") ? "" : a.name().substring(6), a.value());
            }
        }
        return scope;
    }
}
