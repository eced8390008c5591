package org.l10nwb.okapi;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLStreamConstants;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.InputKind;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.xml.XmlCursor;

/**
 * The walk over a project's SRX file before Okapi reads it. It does two things Okapi's reader
 * does not: it reads XML as the workbench does (no DOCTYPE, UTF-8 checked, errors at
 * {@code file:line:column}, where Okapi would also print its error on the console), and it
 * refuses a file without the elements Okapi's reader takes for granted. Okapi dereferences
 * {@code <header>}, {@code <body>} and the {@code <languagerules>} and {@code <maprules>} inside
 * the body without checking them, so a file lacking one would end in a {@link NullPointerException}
 * instead of a message; the SRX 2.0 schema requires all four. The same holds for the names and
 * patterns of language rules and maps: a map without a pattern fails when the rules are compiled.
 */
final class SrxStructure {
    private static final String[] REQUIRED_IN_BODY = {"languagerules", "maprules"};
    /** Attributes the SRX 2.0 schema requires and Okapi's reader uses unchecked (a null pattern fails later). */
    private static final Map<String, List<String>> REQUIRED_ATTRIBUTES = Map.of(
            "languagerule", List.of("languagerulename"),
            "languagemap", List.of("languagepattern", "languagerulename"));

    private SrxStructure() {}

    static void check(Path rules) {
        try (XmlCursor x = XmlCursor.open(rules, TextFiles.readBytes(rules, InputKind.RULES, InputLimits.DEFAULTS))) {
            if (!x.toRoot("SRX rules", false)) {
                throw WorkbenchException.inFile(rules, "empty document, expected <srx>");
            }
            if (!"srx".equals(x.localName())) {
                throw x.error("the root element is <" + x.qualifiedName() + ">, expected <srx>");
            }
            String ns = Objects.toString(x.namespace(), "");
            boolean header = false;
            boolean body = false;
            boolean[] inBody = new boolean[REQUIRED_IN_BODY.length];
            int depth = 1;
            int bodyDepth = -1;
            while (depth > 0) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (!ns.equals(Objects.toString(x.namespace(), ""))) {
                        continue;
                    }
                    String name = x.localName();
                    for (String attribute : REQUIRED_ATTRIBUTES.getOrDefault(name, List.of())) {
                        if (x.attribute(attribute) == null) {
                            throw x.error("<" + name + "> without the " + attribute + " attribute the SRX 2.0 schema requires");
                        }
                    }
                    header |= name.equals("header");
                    if (name.equals("body") && bodyDepth < 0) {
                        body = true;
                        bodyDepth = depth;
                    }
                    for (int i = 0; i < REQUIRED_IN_BODY.length; i++) {
                        inBody[i] |= bodyDepth > 0 && name.equals(REQUIRED_IN_BODY[i]);
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (depth == bodyDepth) {
                        bodyDepth = 0;
                    }
                    depth--;
                }
            }
            x.toEnd();
            if (!header) {
                throw WorkbenchException.inFile(rules, "no <header> in the SRX rules");
            }
            if (!body) {
                throw WorkbenchException.inFile(rules, "no <body> in the SRX rules");
            }
            for (int i = 0; i < REQUIRED_IN_BODY.length; i++) {
                if (!inBody[i]) {
                    throw WorkbenchException.inFile(rules, "no <" + REQUIRED_IN_BODY[i] + "> in the <body> of the SRX rules");
                }
            }
        }
    }
}
