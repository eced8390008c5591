package org.l10nwb.core.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.xml.XmlCursor;

/**
 * One read of one TBX document for {@link TbxReader}: the walk over its elements, event by event
 * (the document is never held as a tree), which hands each level and data category to the
 * {@link TbxEntry} being built.
 */
final class TbxParse {
    private final XmlCursor x;
    private final TbxEntry entry;
    private String mainLanguage;
    private boolean v3;
    private int anonymous;
    /** Tag as written → its canonical form: a glossary names a few languages in every concept. */
    private final Map<String, String> languageTags = new HashMap<>();

    TbxParse(XmlCursor x) {
        this.x = x;
        this.entry = new TbxEntry(x);
    }

    Glossary glossary() {
        if (!x.toRoot("TBX", true)) {
            throw WorkbenchException.inFile(x.file(), "empty document, expected <tbx> or <martif>");
        }
        root();
        return new Glossary(List.of(x.file()), mainLanguage, entry.concepts, entry.warnings);
    }

    private void root() {
        String name = x.localName();
        if ("tbx".equals(name) && TbxReader.TBX_NS.equals(x.namespace())) {
            v3 = true;
        } else if (!"martif".equals(name)) {
            throw x.error("root element is <" + name + ">, expected <tbx> (TBX v3, namespace " + TbxReader.TBX_NS
                    + ") or <martif> (TBX 2008)");
        }
        String l = x.attribute(XMLConstants.XML_NS_URI, "lang");
        mainLanguage = l == null ? null : language(l);
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (start()) {
                    depth--;
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                end();
            }
        }
        if (entry.concepts.isEmpty()) {
            throw WorkbenchException.inFile(x.file(), "the glossary has no concept entries");
        }
    }

    /** Handles a start tag; answers true when it consumed the whole element. */
    private boolean start() {
        String name = x.localName();
        String ns = x.namespace();
        boolean tbxElement = ns == null || ns.isEmpty() || TbxReader.TBX_NS.equals(ns);
        if (!tbxElement) {
            // DCT style: the data category is the element name, in the dialect's namespace.
            String element = TbxBasic.dcaElement(name);
            String target = x.attribute("target");
            entry.dataCategory(element == null ? name : element, name, x.textWithin(), target);
            return true;
        }
        switch (name) {
            case "tbxHeader", "martifHeader", "back" -> {
                x.skipElement();
                return true;
            }
            case "conceptEntry", "termEntry" -> startConcept();
            case "langSec", "langSet" -> startLanguage();
            case "termSec", "tig", "ntig" -> entry.startTerm(x.position());
            case "term" -> {
                entry.requireTerm();
                SourcePosition at = x.position();
                entry.term(TbxText.clean(x.textWithin()), at);
                return true;
            }
            case "termNote", "descrip", "admin", "ref", "xref", "transac", "transacNote", "date" -> {
                String type = x.attribute("type");
                String target = x.attribute("target");
                entry.dataCategory(name, type == null ? "" : entry.share(type), x.textWithin(), target);
                return true;
            }
            case "note" -> {
                entry.note(TbxText.clean(x.textWithin()));
                return true;
            }
            case "transacGrp" -> {
                transactionGroup();
                return true;
            }
            default -> {
                // structural elements (text, body, descripGrp, termGrp, adminGrp…) are walked into
            }
        }
        return false;
    }

    private void end() {
        switch (x.localName()) {
            case "conceptEntry", "termEntry" -> entry.endConcept();
            case "langSec", "langSet" -> entry.endLanguage();
            case "termSec", "tig", "ntig" -> entry.endTerm();
            default -> {
                // nothing to close
            }
        }
    }

    private void startConcept() {
        if (entry.inConcept()) {
            throw x.error("<" + x.localName() + "> inside another concept entry");
        }
        String id = x.attribute("id");
        SourcePosition at = x.position();
        if (id == null || id.isBlank()) {
            if (v3) {
                throw x.error("<conceptEntry> has no id");
            }
            id = "entry-" + (++anonymous);
        }
        entry.startConcept(id.strip(), at);
    }

    private void startLanguage() {
        if (!entry.inConcept()) {
            throw x.error("<" + x.localName() + "> outside a concept entry");
        }
        if (entry.inLanguage()) {
            // well-formed but not TBX; the inner section's end would leave the outer one without a language
            throw x.error("<" + x.localName() + "> inside a language section");
        }
        String l = x.attribute(XMLConstants.XML_NS_URI, "lang");
        if (l == null) {
            throw x.error("<" + x.localName() + "> has no xml:lang");
        }
        entry.startLanguage(language(l));
    }

    private String language(String tag) {
        String known = languageTags.get(tag);
        if (known != null) {
            return known;
        }
        try {
            String canonical = LocaleTag.of(tag).tag();
            languageTags.put(tag, canonical);
            return canonical;
        } catch (WorkbenchException e) {
            throw x.error(e.getMessage());
        }
    }

    /** A {@code transacGrp}: its transaction, date, responsibility and notes, kept together. */
    private void transactionGroup() {
        List<DataCategory> parts = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                String name = x.localName();
                String ns = x.namespace();
                boolean dct = ns != null && !ns.isEmpty() && !TbxReader.TBX_NS.equals(ns);
                String element = dct ? TbxBasic.dcaElement(name) : name;
                String type = dct ? name : entry.share(x.attribute("type"));
                String target = x.attribute("target");
                String value = entry.share(TbxText.clean(x.textWithin()));
                DataCategory kept = "note".equals(name) ? TbxWriter.kept(value) : null;
                if (kept != null && kept.element().equals("transac")) {
                    // the original transaction type the export kept beside Basic's value
                    parts.replaceAll(p -> p.element().equals("transac") ? kept : p);
                    continue;
                }
                if (kept != null) {
                    parts.add(kept);
                    continue;
                }
                parts.add(new DataCategory(element == null ? name : element, type, value, target, List.of()));
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        entry.extra(new DataCategory("transacGrp", "", "", null, parts));
    }
}
