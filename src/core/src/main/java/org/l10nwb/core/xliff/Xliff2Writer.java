package org.l10nwb.core.xliff;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xml.XmlText;

/**
 * Writes the model as XLIFF 2.1, deterministically (same model, same bytes), for projects whose
 * setting {@code xliff.version} is 2.1. Each unit's segments are {@code <segment>}s with their
 * own {@code state}, the material between them {@code <ignorable>}s; inline codes are
 * {@code <ph>}, {@code <sc>} and {@code <ec>}, each with the XLIFF 1.2 markup it was extracted as in
 * the attribute {@code l10nwb:x}, so that reading the file gives the model back and the build
 * merges the same codes into the edition. A state XLIFF 2 does not have
 * ({@code needs-review-translation}) is kept in {@code subState}.
 */
public final class Xliff2Writer {
    /** The namespace of the workbench's extension attributes in XLIFF 2 files. */
    public static final String NS = "urn:l10nwb:xliff:2-extensions";
    /** The {@code subState} prefix that keeps an XLIFF 1.2 state XLIFF 2 has no name for. */
    public static final String SUBSTATE_PREFIX = "l10nwb:";

    /** The document as XLIFF 2.1 bytes (UTF-8). */
    public byte[] write(XliffDocument doc) {
        return toString(doc).getBytes(StandardCharsets.UTF_8);
    }

    public String toString(XliffDocument doc) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        XliffFile first = doc.files().isEmpty() ? null : doc.files().get(0);
        sb.append("<xliff xmlns=\"").append(XliffVersion.NS_20).append("\" xmlns:l10nwb=\"").append(NS)
                .append("\" version=\"2.1\"");
        attr(sb, "srcLang", first == null ? "und" : first.sourceLanguage());
        if (first != null && first.targetLanguage() != null && !first.targetLanguage().isBlank()) {
            attr(sb, "trgLang", first.targetLanguage());
        }
        sb.append(">\n");
        int n = 0;
        for (XliffFile f : doc.files()) {
            sb.append(" <file");
            attr(sb, "id", "f" + ++n);
            attr(sb, "original", f.original());
            sb.append(">\n");
            for (TransUnit u : f.units()) {
                unit(u, sb);
            }
            sb.append(" </file>\n");
        }
        return sb.append("</xliff>\n").toString();
    }

    private static void unit(TransUnit u, StringBuilder sb) {
        sb.append("  <unit");
        attr(sb, "id", u.id());
        if (u.attributes().get("resname") != null) {
            attr(sb, "name", u.attributes().get("resname"));
        }
        if (!u.translatable()) {
            attr(sb, "translate", "no");
        }
        sb.append(">\n");
        if (!u.notes().isEmpty()) {
            sb.append("   <notes>\n");
            for (Note note : u.notes()) {
                sb.append("    <note");
                if (note.from() != null) {
                    attr(sb, "category", note.from());
                }
                if ("source".equals(note.annotates()) || "target".equals(note.annotates())) {
                    attr(sb, "appliesTo", note.annotates());
                }
                sb.append('>');
                XmlText.escapeText(note.text(), sb);
                sb.append("</note>\n");
            }
            sb.append("   </notes>\n");
        }
        List<Part> source = u.source().parts();
        Content target = u.target();
        Set<String> opened = openings(u.source());
        Set<String> targetOpened = target == null ? Set.of() : openings(target);
        for (int i = 0; i < source.size(); i++) {
            Part p = source.get(i);
            Fragment t = target == null || i >= target.parts().size() ? null : target.parts().get(i).content();
            sb.append(p.isSegment() ? "   <segment" : "   <ignorable");
            if (p.isSegment()) {
                attr(sb, "id", p.segmentId());
                String state = Xliff2Splice.segmentState(u, p.segmentId());
                if (state != null) {
                    attr(sb, "state", state);
                    String sub = subState(u.state(), state);
                    if (sub != null) {
                        attr(sb, "subState", sub);
                    }
                }
            }
            sb.append(">\n    <source>");
            fragment(p.content(), opened, sb);
            sb.append("</source>\n");
            if (t != null) {
                sb.append("    <target>");
                fragment(t, targetOpened, sb);
                sb.append("</target>\n");
            }
            sb.append(p.isSegment() ? "   </segment>\n" : "   </ignorable>\n");
        }
        sb.append("  </unit>\n");
    }

    /** A 1.2 state XLIFF 2 names otherwise ({@code needs-review-translation} is {@code translated}), or {@code null}. */
    static String subState(TargetState s, String written) {
        if (s == null) {
            return null;
        }
        String canonical = switch (written) {
            case "initial" -> "new";
            case "reviewed" -> "signed-off";
            default -> written;
        };
        return s.value().equals(canonical) ? null : SUBSTATE_PREFIX + s.value();
    }

    /** The ids of the opening codes closed in the same content (the others are isolated). */
    private static Set<String> openings(Content c) {
        Set<String> open = new HashSet<>();
        Set<String> paired = new HashSet<>();
        for (Part p : c.parts()) {
            for (Run r : p.content().runs()) {
                if (r instanceof Run.Code code && code.kind() == Run.CodeKind.OPENING) {
                    open.add(code.id());
                } else if (r instanceof Run.Code code && code.kind() == Run.CodeKind.CLOSING && open.contains(code.id())) {
                    paired.add(code.id());
                }
            }
        }
        return paired;
    }

    private static void fragment(Fragment f, Set<String> paired, StringBuilder sb) {
        for (Run r : f.runs()) {
            if (r instanceof Run.Text t) {
                Xliff2Splice.text(t.text(), sb); // what XML 1.0 cannot hold as <cp hex="..."/>
                continue;
            }
            Run.Code c = (Run.Code) r;
            boolean isolated = c.kind() != Run.CodeKind.STANDALONE && !paired.contains(c.id());
            switch (c.kind()) {
                case OPENING -> sb.append("<sc");
                case CLOSING -> sb.append("<ec");
                case STANDALONE -> sb.append("<ph");
            }
            attr(sb, c.kind() == Run.CodeKind.CLOSING && !isolated ? "startRef" : "id", c.id());
            if (isolated) {
                attr(sb, "isolated", "yes");
            }
            attr(sb, "l10nwb:x", c.xml());
            sb.append("/>");
        }
    }

    private static void attr(StringBuilder sb, String name, String value) {
        sb.append(' ').append(name).append("=\"");
        XmlText.escapeAttribute(value, sb);
        sb.append('"');
    }
}
