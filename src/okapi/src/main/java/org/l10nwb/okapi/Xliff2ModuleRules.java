package org.l10nwb.okapi;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.xml.SafeXml;

/**
 * Processing requirements of XLIFF 2 modules that Okapi 1.47 does not check, checked after it
 * accepted a document: the size and length restriction module's values ({@code sizeRestriction},
 * {@code storageRestriction}, {@code sizeInfo}, {@code equivStorage}, {@code sizeInfoRef} and
 * its exclusion of {@code sizeInfo}), the change tracking module's {@code property} (content or
 * an attribute of the tracked element) and the resource data module's rule that a
 * {@code source}/{@code target} with {@code href} is empty. Each is a one-line error at the
 * attribute's element, with the section of the specification where the suite's files name one.
 */
final class Xliff2ModuleRules {
    static final String SLR = "urn:oasis:names:tc:xliff:sizerestriction:2.0";
    static final String CTR = "urn:oasis:names:tc:xliff:changetracking:2.0";
    static final String RES = "urn:oasis:names:tc:xliff:resourcedata:2.0";

    /** {@code max}, {@code *}, {@code min,max} or {@code min,*} (5.7.6.1 and 5.7.6.2). */
    private static final Pattern RESTRICTION = Pattern.compile("(\\d+|\\*)|\\d+,(\\d+|\\*)");
    private static final Pattern NON_NEGATIVE = Pattern.compile("\\d+");

    /** The attributes of the core elements a revision can apply to (5.6.5.6: content or one of these). */
    private static final Map<String, Set<String>> TRACKED = Map.of(
            "note", Set.of("id", "appliesTo", "category", "priority", "ref"),
            "source", Set.of("xml:lang", "xml:space"),
            "target", Set.of("xml:lang", "xml:space", "order"));

    private record Ref(String id, SourcePosition at) {}

    private Xliff2ModuleRules() {
    }

    static void check(Path file, String xml) {
        XMLStreamReader r = null;
        Deque<String> slrData = new ArrayDeque<>();
        Set<String> dataIds = new HashSet<>();
        List<Ref> refs = new ArrayList<>();
        String appliesTo = null;
        Set<String> revised = new HashSet<>();
        // sizeInfo and equivStorage are numbers under the specification's own profiles (xliff:codepoints…);
        // under a profile of a tool's own they hold what that profile says
        boolean standardProfile = false;
        int depth = 0;
        int dataDepth = -1;
        try {
            r = SafeXml.inputFactory().createXMLStreamReader(new StringReader(xml));
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamConstants.END_ELEMENT) {
                    if (depth == dataDepth) {
                        dataDepth = -1;
                    }
                    depth--;
                    continue;
                }
                if (e != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                String ns = r.getNamespaceURI();
                String local = r.getLocalName();
                if (dataDepth >= 0 && r.getAttributeValue(null, "id") != null) {
                    dataIds.add(r.getAttributeValue(null, "id"));
                }
                if (SLR.equals(ns) && local.equals("data")) {
                    dataDepth = depth;
                }
                SourcePosition at = SafeXml.position(file, r);
                if (SLR.equals(ns) && local.equals("profiles")) {
                    String general = r.getAttributeValue(null, "generalProfile");
                    String storageProfile = r.getAttributeValue(null, "storageProfile");
                    standardProfile = general != null && general.startsWith("xliff:")
                            || storageProfile != null && storageProfile.startsWith("xliff:");
                }
                String size = r.getAttributeValue(SLR, "sizeRestriction");
                String storage = r.getAttributeValue(SLR, "storageRestriction");
                if (size != null && !RESTRICTION.matcher(size).matches()) {
                    throw bad(at, "slr:sizeRestriction '" + size + "' is not a maximum or min,max (5.7.6.1)");
                }
                if (storage != null && !RESTRICTION.matcher(storage).matches()) {
                    throw bad(at, "slr:storageRestriction '" + storage + "' is not a maximum or min,max (5.7.6.2)");
                }
                String sizeInfo = r.getAttributeValue(SLR, "sizeInfo");
                String sizeInfoRef = r.getAttributeValue(SLR, "sizeInfoRef");
                String equiv = r.getAttributeValue(SLR, "equivStorage");
                if (standardProfile && sizeInfo != null && !NON_NEGATIVE.matcher(sizeInfo).matches()) {
                    throw bad(at, "slr:sizeInfo '" + sizeInfo + "' is not a non-negative integer");
                }
                if (standardProfile && equiv != null && !NON_NEGATIVE.matcher(equiv).matches()) {
                    throw bad(at, "slr:equivStorage '" + equiv + "' is not a non-negative integer");
                }
                if (sizeInfo != null && sizeInfoRef != null) {
                    throw bad(at, "slr:sizeInfo and slr:sizeInfoRef on one element, where one or the other is allowed");
                }
                if (sizeInfoRef != null) {
                    refs.add(new Ref(sizeInfoRef, at));
                }
                if (CTR.equals(ns) && local.equals("revisions")) {
                    appliesTo = r.getAttributeValue(null, "appliesTo");
                }
                if (CTR.equals(ns) && local.equals("revision")) {
                    revised.clear();
                }
                if (CTR.equals(ns) && local.equals("item")) {
                    String property = r.getAttributeValue(null, "property");
                    if (property != null && !revised.add(property)) {
                        throw bad(at, "ctr:item property '" + property + "' twice in one revision: a revision gives"
                                + " one value of each attribute (5.6.5.6)");
                    }
                    Set<String> allowed = appliesTo == null ? null : TRACKED.get(appliesTo);
                    if (property != null && !property.equals("content") && !property.contains(":") && allowed != null
                            && !allowed.contains(property)) {
                        throw bad(at, "ctr:item property '" + property + "' is neither content nor an attribute of <"
                                + appliesTo + "> (5.6.5.6)");
                    }
                }
                if (RES.equals(ns) && (local.equals("source") || local.equals("target"))
                        && r.getAttributeValue(null, "href") != null) {
                    emptyElement(r, at, local);
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            return; // the library read it: a parse error here cannot be one the document has
        } finally {
            SafeXml.closeQuietly(r);
        }
        for (Ref ref : refs) {
            if (!dataIds.contains(ref.id())) {
                throw bad(ref.at(), "slr:sizeInfoRef '" + ref.id() + "' points to no element of an <slr:data>");
            }
        }
    }

    /** Reads to the end of a res:source or res:target with href, refusing any content (5.5.4.5). */
    private static void emptyElement(XMLStreamReader r, SourcePosition at, String local) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT
                    || (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) && !r.isWhiteSpace()) {
                throw bad(at, "res:" + local + " has href and content; with href it must be empty (5.5.4.5)");
            }
            if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static WorkbenchException bad(SourcePosition at, String message) {
        return new WorkbenchException(at, "not valid XLIFF 2: " + message);
    }
}
