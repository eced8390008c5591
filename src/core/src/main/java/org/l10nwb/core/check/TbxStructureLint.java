package org.l10nwb.core.check;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.glossary.TbxBasic;
import org.l10nwb.core.glossary.TbxReader;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.InputKind;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.xml.SafeXml;
import org.l10nwb.core.xml.XmlCursor;

/**
 * The structure of a TBX v3 file and the rules of its dialect, each problem at its line and
 * column: what the glossary reader tolerates but other tools refuse.
 *
 * <ul>
 * <li>{@code tbx-structure} (error): the TBX core structure (a {@code termSec} starts with its one
 *     {@code term}; data categories stand in entries, not in {@code text} or {@code body}, and
 *     have a {@code type}; {@code termNote} only at the term level; header text inside {@code <p>});
 * <li>{@code tbx-dialect} (error; a warning for a transaction type outside its pick list): for TBX-Basic and TBX-Min in DCA style, the data categories the
 *     dialect permits on each element, the levels they may stand at and their pick lists (after
 *     LTAC's Schematron rules, written out in {@link TbxBasic});
 * </ul>
 * (Empty terms are the reader's warnings, {@code Glossary.warnings}, for TBX 2008 files too.)
 *
 * Hand-written rather than run through a RELAX NG and Schematron engine: the LTAC schemas cannot
 * be shipped (they carry no licence) and the core has no XSLT 2 processor; the tests check these
 * rules against LTAC's good and bad files and the export against the schemas themselves.
 */
public final class TbxStructureLint {
    private static final Set<String> CATEGORY_ELEMENTS = Set.of("admin", "descrip", "termNote", "ref", "xref", "transac",
            "transacNote", "adminNote", "descripNote");
    private static final Set<String> ENTRY_LEVELS = Set.of("conceptEntry", "langSec", "termSec");
    private static final Set<String> NOT_IN = Set.of("tbx", "text", "body", "back", "tbxHeader");
    private static final Set<String> HEADER_TEXT_IN_P = Set.of("fileDesc", "sourceDesc", "publicationStmt", "titleStmt",
            "encodingDesc", "revisionDesc");

    /** The problems of one TBX file; an unreadable file is the reader's error, thrown. */
    public List<GlossaryLint.Issue> lint(Path file) {
        TextFiles.requireReadable(file, InputKind.OTHER, InputLimits.DEFAULTS);
        SafeXml.checkUtf8Streaming(file);
        List<GlossaryLint.Issue> out = new ArrayList<>();
        // streamed, an element at a time: a glossary of 200,000 concepts is 200 MB of TBX
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                XmlCursor x = XmlCursor.open(file, in)) {
            if (!x.toRoot("TBX", true)) {
                return out;
            }
            if (!"tbx".equals(x.localName()) || !TbxReader.TBX_NS.equals(x.namespace())) {
                return out; // TBX 2008 (martif): no v3 structure or dialect to check
            }
            String dialect = x.attribute("type");
            boolean dca = !"dct".equals(x.attribute("style"));
            Map<String, Map<String, Set<TbxBasic.Level>>> rules = "TBX-Basic".equals(dialect) ? TbxBasic.BASIC
                    : "TBX-Min".equals(dialect) ? TbxBasic.MIN : null;
            new Walk(x, out, dca ? rules : null).run();
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + AtomicFiles.reason(e));
        }
        return out;
    }

    private static final class Walk {
        private final XmlCursor x;
        private final List<GlossaryLint.Issue> out;
        private final Map<String, Map<String, Set<TbxBasic.Level>>> rules;
        private final Deque<String> stack = new ArrayDeque<>();
        /** Per open element: how many child elements, and whether a term was seen (termSec). */
        private final Deque<int[]> children = new ArrayDeque<>();
        private String concept = "-";

        Walk(XmlCursor x, List<GlossaryLint.Issue> out, Map<String, Map<String, Set<TbxBasic.Level>>> rules) {
            this.x = x;
            this.out = out;
            this.rules = rules;
        }

        void run() {
            stack.push("tbx");
            children.push(new int[2]);
            while (!stack.isEmpty()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    start();
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    stack.pop();
                    children.pop();
                } else if (ev == XMLStreamConstants.CHARACTERS && HEADER_TEXT_IN_P.contains(stack.peek())
                        && !x.text().isBlank()) {
                    error("tbx-structure", "text directly in <" + stack.peek() + ">; header text belongs in <p>");
                }
            }
        }

        private void start() {
            String name = x.localName();
            String ns = x.namespace();
            String parent = stack.peek();
            int[] siblings = children.peek();
            siblings[0]++;
            if (ns != null && !ns.isEmpty() && !TbxReader.TBX_NS.equals(ns)) {
                enter(name);
                return; // DCT or foreign elements: their own schema's business
            }
            if ("conceptEntry".equals(name)) {
                String id = x.attribute("id");
                concept = id == null ? "-" : id;
            }
            if ("termSec".equals(parent)) {
                if ("term".equals(name)) {
                    if (siblings[1] > 0) {
                        error("tbx-structure", "a second <term> in one <termSec>; each term has its own");
                    } else if (siblings[0] > 1) {
                        error("tbx-structure", "<term> must come first in <termSec>");
                    }
                    siblings[1]++;
                } else if (siblings[1] == 0 && siblings[0] == 1) {
                    error("tbx-structure", "<termSec> must start with its <term>, not <" + name + ">");
                }
            }
            if ("term".equals(name)) {
                x.textWithin(); // an empty term is the reader's warning (Glossary.warnings)
                return;
            }
            if (CATEGORY_ELEMENTS.contains(name) || "note".equals(name) || "transacGrp".equals(name)) {
                if (NOT_IN.contains(parent)) {
                    error("tbx-structure", "<" + name + "> may not stand directly in <" + parent + ">");
                }
            }
            if (CATEGORY_ELEMENTS.contains(name)) {
                category(name, parent);
                return;
            }
            enter(name);
        }

        private void enter(String name) {
            stack.push(name);
            children.push(new int[2]);
        }

        private void category(String name, String parent) {
            String type = x.attribute("type");
            SourcePosition at = x.position();
            String value = x.textWithin().strip();
            if (type == null || type.isBlank()) {
                out.add(issue(at, "tbx-structure", "<" + name + "> has no type: its data category must be declared"));
                return;
            }
            if ("termNote".equals(name) && !"termSec".equals(level(parent))) {
                out.add(issue(at, "tbx-structure", "<termNote type=\"" + type + "\"> is only allowed at the term level"));
            }
            if (rules == null) {
                return;
            }
            Map<String, Set<TbxBasic.Level>> types = rules.getOrDefault(name, Map.of());
            Set<TbxBasic.Level> levels = types.get(type);
            if (levels == null && rules == TbxBasic.BASIC && "termNote".equals(name) && "usageStatus".equals(type)) {
                // TBX-Basic includes the Min module, whose usage status LTAC's own Basic sample uses;
                // the export still writes the stricter Schematron's categories only.
                levels = Set.of(TbxBasic.Level.TERM);
            }
            if (levels == null) {
                out.add(issue(at, "tbx-dialect", "<" + name + " type=\"" + type + "\"> is not a data category of this dialect"
                        + (types.isEmpty() ? "" : "; permitted: " + String.join(", ", new java.util.TreeSet<>(types.keySet())))));
                return;
            }
            String lv = level(parent);
            TbxBasic.Level level = lv == null ? null : switch (lv) {
                case "conceptEntry" -> TbxBasic.Level.CONCEPT;
                case "langSec" -> TbxBasic.Level.LANGUAGE;
                default -> TbxBasic.Level.TERM;
            };
            if (level != null && !levels.contains(level)) {
                out.add(issue(at, "tbx-dialect", "/" + type + "/ may not stand at the " + lv + " level"));
            }
            List<String> pick = TbxBasic.PICK_LISTS.get(type);
            if (pick != null && !pick.contains(value)) {
                GlossaryLint.Issue i = issue(at, "tbx-dialect", "/" + type + "/ is '" + value + "'; permitted: "
                        + String.join(", ", pick));
                // A transaction type outside the pick list (LTAC's good Basic sample says 'creation')
                // harms no tool that reads the terms: a warning, which the export maps.
                out.add("transactionType".equals(type) ? new GlossaryLint.Issue(Severity.WARNING, i.id(), at, i.conceptId(),
                        i.message()) : i);
            }
        }

        /** The entry level a category in {@code parent} belongs to: its parent, or a group's parent. */
        private String level(String parent) {
            if (ENTRY_LEVELS.contains(parent)) {
                return parent;
            }
            if (parent != null && parent.endsWith("Grp")) {
                boolean first = true;
                for (String s : stack) {
                    if (first) {
                        first = false;
                        continue;
                    }
                    return ENTRY_LEVELS.contains(s) ? s : null;
                }
            }
            return null;
        }

        private void error(String id, String message) {
            out.add(issue(x.position(), id, message));
        }

        private GlossaryLint.Issue issue(SourcePosition at, String id, String message) {
            return new GlossaryLint.Issue(Severity.ERROR, id, at, concept, message);
        }
    }
}
