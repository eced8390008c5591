package org.l10nwb.okapi;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.sf.okapi.lib.xliff2.URIParser;
import net.sf.okapi.lib.xliff2.core.CTag;
import net.sf.okapi.lib.xliff2.core.MTag;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.Tag;
import net.sf.okapi.lib.xliff2.core.TagType;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xliff.Xliff2Port;
import org.l10nwb.core.xliff.Xliff2Writer;
import org.l10nwb.core.xliff.XliffVersion;
import org.l10nwb.core.xml.Doctype;
import org.l10nwb.core.xml.SafeXml;

/**
 * XLIFF 2.0, 2.1 and 2.2 through Okapi's XLIFF 2 library, which validates a document against the
 * schemas and checks the specification's processing requirements (unique ids, sc/ec and sm/em
 * pairing, canReorder, fragment identifiers...) as it reads. Measured on the OASIS suites before it
 * was chosen (see the conformance test); a validating reader written here would repeat that work.
 *
 * <p>The library knows the 2.0 namespace (which 2.1 keeps) but not 2.2's: a 2.2 document is read
 * with its core namespace and version mapped onto 2.0/2.1, same length so that every line and
 * column stays where it was. The 2.2-only module (plural, gender and select) is then an extension
 * to it, checked only as such.
 *
 * <p>Units become the core's units: each {@code <segment>} a segment (its {@code id}, or its
 * position), {@code <ignorable>} text between segments, codes ({@code ph}, {@code pc},
 * {@code sc}/{@code ec}) inline codes; annotations ({@code mrk}, {@code sm}/{@code em}) are left
 * out of the text. A unit's state is its least advanced segment's; in a unit still a draft, the
 * segments already translated are its confirmed segments.
 */
public final class OkapiXliff2Reader implements Xliff2Port {
    /**
     * Fragment-identifier prefixes registered with the XLIFF TC besides the modules' (TBX, for
     * glossary entries that point into a TBX file); others make a reference an error. Namespace →
     * prefix, as the library and the TC's {@code extra-prefixes.properties} write them.
     */
    public static final Map<String, String> REGISTERED_PREFIXES = Map.of("urn:iso:std:iso:30042:ed-1:v1:en", "tbx");

    private static final Pattern LINE_COLUMN = Pattern.compile("lineNumber: (\\d+); columnNumber: (\\d+);?\\s*");
    private static final Pattern VERSION_22 = Pattern.compile("version\\s*=\\s*([\"'])2\\.2\\1");

    private final Map<String, String> prefixes;

    /** Used by the service loader: the registered prefixes. */
    public OkapiXliff2Reader() {
        this(REGISTERED_PREFIXES);
    }

    /** With extra fragment-identifier prefixes (namespace → prefix). */
    public OkapiXliff2Reader(Map<String, String> prefixes) {
        this.prefixes = Map.copyOf(prefixes);
    }

    @Override
    public XliffDocument read(Path file, byte[] bytes) {
        // the document's own DOCTYPE, in its prolog: "<!DOCTYPE" in a comment or a text is none
        if (Doctype.position(file, bytes, Math.min(bytes.length, 65536)) != null) {
            throw WorkbenchException.inFile(file, "has a document type declaration, which XLIFF 2 does not allow");
        }
        SafeXml.checkUtf8(file, bytes);
        String xml = as21(new String(bytes, StandardCharsets.UTF_8));
        URIParser parser = new URIParser();
        parser.addPrefixes(prefixes);
        List<XliffFile> files = new ArrayList<>();
        try (XLIFFReader r = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL, parser)) {
            r.open(xml);
            String src = null;
            String trg = null;
            String fileId = null;
            String original = null;
            List<TransUnit> units = new ArrayList<>();
            while (r.hasNext()) {
                Event e = r.next();
                if (e.isStartXliff()) {
                    src = e.getStartXliffData().getSourceLanguage();
                    trg = e.getStartXliffData().getTargetLanguage();
                } else if (e.isStartFile()) {
                    fileId = e.getStartFileData().getId();
                    original = e.getStartFileData().getOriginal();
                    units = new ArrayList<>();
                } else if (e.isUnit()) {
                    units.add(unit(file, e.getUnit()));
                } else if (e.isEndFile()) {
                    Map<String, String> attrs = new LinkedHashMap<>();
                    attrs.put("id", fileId);
                    files.add(new XliffFile(original != null ? original : fileId, "xliff2", src, trg, attrs, units));
                }
            }
        } catch (WorkbenchException e) {
            throw e;
        } catch (RuntimeException e) {
            throw error(file, e);
        }
        // what the library leaves unchecked (a few modules' values), checked once it accepted the rest
        Xliff2ModuleRules.check(file, xml);
        return new XliffDocument(files);
    }

    /** A 2.2 document as 2.1 for the library: only the root's namespace and version change, length kept. */
    static String as21(String xml) {
        if (!xml.contains(XliffVersion.NS_22)) {
            return removeBom(xml);
        }
        String s = removeBom(xml).replace(XliffVersion.NS_22, XliffVersion.NS_20);
        int root = s.indexOf("<xliff");
        int end = root < 0 ? -1 : s.indexOf('>', root);
        if (end > 0) {
            Matcher m = VERSION_22.matcher(s.substring(root, end));
            if (m.find()) {
                s = s.substring(0, root + m.start()) + m.group().replace("2.2", "2.1") + s.substring(root + m.end());
            }
        }
        return s;
    }

    private static String removeBom(String s) {
        // The byte-order mark decodes as U+FEFF, which the library takes for content before the prolog.
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static WorkbenchException error(Path file, RuntimeException e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        msg = msg.replaceAll("\\s+", " ").strip();
        Matcher m = LINE_COLUMN.matcher(msg);
        SourcePosition pos = SourcePosition.of(file);
        if (m.find()) {
            pos = SourcePosition.of(file, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            msg = (msg.substring(0, m.start()) + msg.substring(m.end())).replaceFirst("^Error\\s*(systemId: \\S*\\s*)?", "")
                    .strip();
        }
        msg = msg.replace(XliffVersion.NS_20 + "}", "}");
        return new WorkbenchException(pos, "not valid XLIFF 2: " + msg, e);
    }

    private static TransUnit unit(Path file, Unit u) {
        List<Part> source = new ArrayList<>();
        List<Part> target = new ArrayList<>();
        boolean anyTarget = false;
        TargetState least = null;
        int n = 0;
        Set<String> done = new LinkedHashSet<>();
        for (net.sf.okapi.lib.xliff2.core.Part p : u) {
            n++;
            Fragment s = fragment(p.getSource());
            Fragment t = p.hasTarget() ? fragment(p.getTarget()) : Fragment.EMPTY;
            anyTarget |= p.hasTarget();
            if (p.isSegment()) {
                String id = p.getId(false) != null && !p.getId(false).isEmpty() ? p.getId(false) : "s" + n;
                source.add(Part.segment(id, s));
                target.add(Part.segment(id, t));
                TargetState st = state(((Segment) p).getState(), ((Segment) p).getSubState());
                if (p.hasTarget() && st != TargetState.NEW) {
                    done.add(id);
                }
                least = least == null || rank(st) < rank(least) ? st : least;
            } else {
                source.add(Part.between(s));
                target.add(Part.between(t));
            }
        }
        List<org.l10nwb.core.model.Note> notes = new ArrayList<>();
        if (u.getNoteCount() > 0) {
            for (Note note : u.getNotes()) {
                String applies = note.getAppliesTo() == Note.AppliesTo.SOURCE ? "source"
                        : note.getAppliesTo() == Note.AppliesTo.TARGET ? "target" : null;
                notes.add(new org.l10nwb.core.model.Note(note.getCategory(), applies, note.getText()));
            }
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        if (!u.getTranslate()) {
            attrs.put("translate", "no");
        }
        if (u.getName() != null) {
            attrs.put("resname", u.getName());
        }
        return new TransUnit(u.getId(), new Content(source), anyTarget ? new Content(target) : null,
                anyTarget ? least : null, null, true, attrs, notes, SourcePosition.of(file), null, Map.of(), done);
    }

    /** The model's state: a 1.2 state the workbench kept in {@code subState}, else XLIFF 2's own. */
    private static TargetState state(net.sf.okapi.lib.xliff2.core.TargetState s, String subState) {
        if (subState != null && subState.startsWith(Xliff2Writer.SUBSTATE_PREFIX)
                && TargetState.isValid(subState.substring(Xliff2Writer.SUBSTATE_PREFIX.length()))) {
            TargetState kept = new TargetState(subState.substring(Xliff2Writer.SUBSTATE_PREFIX.length()));
            if (rank(kept) == rank(state(s, null))) {
                return kept;
            }
        }
        if (s == null) {
            return TargetState.NEW;
        }
        return switch (s) {
            case INITIAL -> TargetState.NEW;
            case TRANSLATED -> TargetState.TRANSLATED;
            case REVIEWED -> TargetState.SIGNED_OFF;
            case FINAL -> TargetState.FINAL;
        };
    }

    private static int rank(TargetState s) {
        return s.isSignedOff() ? (s.equals(TargetState.FINAL) ? 3 : 2) : s.isTranslated() ? 1 : 0;
    }

    private static Fragment fragment(net.sf.okapi.lib.xliff2.core.Fragment f) {
        List<Run> runs = new ArrayList<>();
        for (Object o : f) {
            if (o instanceof String text) {
                runs.add(new Run.Text(text));
            } else if (o instanceof CTag c) {
                runs.add(code(c));
            } else if (o instanceof Tag && !(o instanceof MTag)) {
                // other tags carry no text
                continue;
            }
        }
        return Fragment.of(runs);
    }

    private static Run.Code code(CTag c) {
        TagType t = c.getTagType();
        Run.CodeKind kind = t == TagType.OPENING ? Run.CodeKind.OPENING
                : t == TagType.CLOSING ? Run.CodeKind.CLOSING : Run.CodeKind.STANDALONE;
        String kept = c.getExtAttributeValue(Xliff2Writer.NS, "x");
        if (kept != null && kept.length() > 2 && kept.charAt(0) == '<') {
            // written by the workbench: the XLIFF 1.2 markup the code was extracted as, for the build
            int from = kept.charAt(1) == '/' ? 2 : 1;
            int to = from;
            while (to < kept.length() && Character.isLetterOrDigit(kept.charAt(to))) {
                to++;
            }
            return new Run.Code(kind, kept.substring(from, to), c.getId(), kept);
        }
        String element = kind == Run.CodeKind.STANDALONE ? "ph" : "pc";
        String xml = switch (kind) {
            case OPENING -> "<sc id=\"" + c.getId() + "\"/>";
            case CLOSING -> "<ec startRef=\"" + c.getId() + "\"/>";
            case STANDALONE -> "<ph id=\"" + c.getId() + "\"/>";
        };
        return new Run.Code(kind, element, c.getId(), xml);
    }
}
