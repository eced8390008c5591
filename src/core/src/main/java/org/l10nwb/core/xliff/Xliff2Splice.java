package org.l10nwb.core.xliff;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.l10nwb.core.WorkbenchException;
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
 * Writes the changes of a model into the text of an XLIFF 2.x document: the targets of the
 * segments (and ignorables) that changed, their {@code state}, and the unit's notes are replaced;
 * every other character (modules and extensions, groups, original data, comments, white space,
 * attribute order and quotes) is copied as it was. A change that cannot be written so (units
 * added, removed or with another source) is refused, naming the file, the unit and the reason.
 *
 * <p>States: XLIFF 2 has one per segment, the model one per unit (its least advanced segment's)
 * with single segments confirmed in a draft. A segment's {@code state} is written only when what
 * the model says of that segment changed (its target, or its status), so a segment that another
 * tool marked {@code final} in a unit that is only {@code translated} keeps its mark. Changing
 * {@code state} removes {@code subState}, as the specification requires of writers.
 */
final class Xliff2Splice {
    private final Path file;
    private final boolean bom;
    private final String text;
    private final SpliceText splice;

    private Xliff2Splice(Path file, byte[] original) {
        this.file = file;
        bom = original.length >= 3 && (original[0] & 0xFF) == 0xEF && (original[1] & 0xFF) == 0xBB
                && (original[2] & 0xFF) == 0xBF;
        // XLIFF 2 documents are UTF-8: the reader refuses any other encoding.
        text = new String(original, bom ? 3 : 0, original.length - (bom ? 3 : 0), StandardCharsets.UTF_8);
        splice = new SpliceText(file, text);
    }

    /** {@code original} with the changes from {@code before} (what was read from it) to {@code after} written in. */
    static byte[] rewrite(Path file, byte[] original, XliffDocument before, XliffDocument after) {
        Xliff2Splice s = new Xliff2Splice(file, original);
        Xliff2Places.Document places = Xliff2Places.find(s.text);
        if (places.files.size() != before.files().size() || after.files().size() != before.files().size()) {
            throw s.refused("its <file> elements are not those read from it");
        }
        boolean anyTarget = false;
        String targetLanguage = null;
        for (int i = 0; i < places.files.size(); i++) {
            XliffFile b = before.files().get(i);
            XliffFile a = after.files().get(i);
            List<Xliff2Places.Unit> units = places.files.get(i);
            if (units.size() != b.units().size()) {
                throw s.refused("its units could not be told apart in the file's text");
            }
            if (!a.units().stream().map(TransUnit::id).toList().equals(b.units().stream().map(TransUnit::id).toList())) {
                throw s.refused("units would be added, removed or reordered in <file id=\"" + b.attributes().get("id")
                        + "\">, which is written by another tool and would lose what it holds");
            }
            for (int j = 0; j < units.size(); j++) {
                anyTarget |= s.unit(units.get(j), b.units().get(j), a.units().get(j));
            }
            targetLanguage = targetLanguage != null ? targetLanguage : a.targetLanguage();
        }
        if (anyTarget && places.root.attribute("trgLang") == null) {
            if (targetLanguage == null || targetLanguage.isBlank()) {
                throw s.refused("it has no trgLang, which a document with targets must have");
            }
            String tag = s.text.substring(places.root.start(), places.root.end());
            s.splice.edit(places.root.start(), places.root.end(), SpliceText.withAttribute(tag, "trgLang", targetLanguage));
        }
        return s.result();
    }

    /** Writes one unit's changes; whether a target is added where the document had none. */
    private boolean unit(Xliff2Places.Unit place, TransUnit before, TransUnit after) {
        String where = "unit '" + before.id() + "'";
        if (!before.id().equals(place.start.attribute("id"))) {
            throw refused(where + " was not found where it was read");
        }
        if (!before.source().equals(after.source())) {
            throw refused("the source of " + where + " would change, which is kept as the other tool wrote it");
        }
        List<Part> parts = before.source().parts();
        if (parts.size() != place.parts.size()) {
            throw refused("the segments of " + where + " could not be told apart in the file's text");
        }
        boolean added = false;
        for (int i = 0; i < parts.size(); i++) {
            Xliff2Places.Piece piece = place.parts.get(i);
            Fragment b = part(before.target(), i);
            Fragment a = part(after.target(), i);
            boolean contentChanged = !b.equals(a) || (after.target() == null) != (before.target() == null);
            if (contentChanged && piece.targetStart == null && !piece.isSegment() && a.equals(parts.get(i).content())) {
                // an ignorable without a target stands for its source in the target: it stays so
                contentChanged = false;
            }
            if (contentChanged) {
                if (piece.annotatedTarget) {
                    throw refused("the target of " + (piece.isSegment() ? "segment " : "ignorable ") + (i + 1) + " of " + where
                            + " holds annotations (<mrk>, <sm>/<em>) that the change would lose");
                }
                added |= piece.targetStart == null && after.target() != null && !a.isEmpty();
                target(place, piece, after.target() == null ? null : a);
            }
            String segmentId = parts.get(i).segmentId();
            if (piece.isSegment() && segmentId != null) {
                String was = segmentState(before, segmentId);
                String now = segmentState(after, segmentId);
                if (now != null && (contentChanged || !Objects.equals(was, now))
                        && !now.equals(stateOf(piece))) {
                    String tag = text.substring(piece.start.start(), piece.start.end());
                    tag = SpliceText.withAttribute(SpliceText.withAttribute(tag, "state", now), "subState", null);
                    splice.edit(piece.start.start(), piece.start.end(), tag);
                }
            }
        }
        if (!before.notes().equals(after.notes())) {
            notes(place, before.notes(), after.notes(), where);
        }
        return added;
    }

    private static Fragment part(Content c, int i) {
        return c == null || i >= c.parts().size() ? Fragment.EMPTY : c.parts().get(i).content();
    }

    private String stateOf(Xliff2Places.Piece piece) {
        String s = piece.start.attribute("state");
        return s == null ? "initial" : s;
    }

    /**
     * The XLIFF 2 state the model gives one segment: the unit's state, where a draft's confirmed
     * segments are {@code translated}; {@code null} when the model says nothing (no state recorded).
     */
    static String segmentState(TransUnit u, String segmentId) {
        if (u.target() == null || u.state() == null) {
            return null;
        }
        String s = xliff2State(u.state());
        if (s.equals("initial") && u.confirmedSegments().contains(segmentId)) {
            return "translated";
        }
        return s;
    }

    /** The XLIFF 2 state for a model state: {@code initial}, {@code translated}, {@code reviewed} or {@code final}. */
    static String xliff2State(TargetState s) {
        if (s.equals(TargetState.FINAL)) {
            return "final";
        }
        if (s.isSignedOff()) {
            return "reviewed";
        }
        return s.isTranslated() ? "translated" : "initial";
    }

    /** Replaces (or adds, or with {@code null} removes) the target of one segment or ignorable. */
    private void target(Xliff2Places.Unit unit, Xliff2Places.Piece piece, Fragment content) {
        if (content == null) {
            if (piece.targetStart != null) {
                splice.edit(splice.spaceBefore(piece.targetStart.start()), piece.targetAfter(), "");
            }
            return;
        }
        StringBuilder sb = new StringBuilder();
        fragment(unit, content, sb);
        if (piece.targetStart == null) {
            if (content.isEmpty()) {
                return;
            }
            String p = piece.prefix();
            String body = "<" + p + "target>" + sb + "</" + p + "target>";
            splice.edit(piece.afterSource, piece.afterSource, splice.indent(piece.sourceStart) + body);
        } else if (piece.targetEnd == null) {
            String tag = text.substring(piece.targetStart.start(), piece.targetStart.end());
            String open = tag.substring(0, tag.lastIndexOf('/')).stripTrailing() + ">";
            splice.edit(piece.targetStart.start(), piece.targetStart.end(), open + sb + "</" + piece.targetStart.name() + ">");
        } else {
            splice.edit(piece.targetStart.end(), piece.targetEnd.start(), sb.toString());
        }
    }

    /**
     * A target's content as XLIFF 2: text escaped, each code written as the source writes the code
     * with its id (so its attributes, {@code dataRef} and {@code canCopy} among them, stay those of
     * the source), a {@code pc}'s end as {@code </pc>}.
     */
    private void fragment(Xliff2Places.Unit unit, Fragment f, StringBuilder sb) {
        for (Run run : f.runs()) {
            if (run instanceof Run.Text t) {
                text(t.text(), sb);
                continue;
            }
            Run.Code c = (Run.Code) run;
            String src = unit.sourceCodes.get(c.id());
            if (c.kind() == Run.CodeKind.CLOSING) {
                String end = unit.sourceEnds.get(c.id());
                if (end != null) {
                    sb.append(end);
                } else if (src != null && isTag(src, "pc")) {
                    sb.append("</").append(tagName(src)).append('>');
                } else {
                    sb.append(c.xml());
                }
            } else {
                sb.append(src != null ? src : c.xml());
            }
        }
    }

    /** Text escaped; characters XML 1.0 cannot hold as XLIFF 2's {@code <cp hex="..."/>}. */
    static void text(String s, StringBuilder sb) {
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean invalid = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                    || (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1))));
            if (invalid) {
                XmlText.escapeText(s.substring(from, i), sb);
                sb.append(String.format("<cp hex=\"%04X\"/>", (int) c));
                from = i + 1;
            }
        }
        XmlText.escapeText(s.substring(from), sb);
    }

    private static boolean isTag(String tag, String local) {
        String name = tagName(tag);
        return name.equals(local) || name.endsWith(":" + local);
    }

    private static String tagName(String tag) {
        int end = 1;
        while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '>'
                && tag.charAt(end) != '/') {
            end++;
        }
        return tag.substring(1, end);
    }

    private void notes(Xliff2Places.Unit place, List<Note> b, List<Note> a, String where) {
        if (place.notes.size() != b.size()) {
            throw refused("the notes of " + where + " could not be told apart in the file's text");
        }
        String p = TargetPlace.prefix(place.start);
        splice.replaceNotes(place.notes, b, a, n -> note(n, p));
        if (a.size() <= b.size()) {
            return;
        }
        if (place.notesEnd == null && place.notesStart != null) {
            throw refused("the notes of " + where + " are an empty <notes/>, which is kept as the other tool wrote it");
        }
        int first = place.parts.get(0).start.start();
        String indent = splice.indent(first);
        StringBuilder sb = new StringBuilder();
        for (int i = b.size(); i < a.size(); i++) {
            sb.append(indent).append(place.notesEnd == null ? "  " : "").append(note(a.get(i), p));
        }
        if (place.notesEnd != null) {
            int at = place.notes.isEmpty() ? place.notesStart.end() : place.notes.get(place.notes.size() - 1)[1];
            splice.edit(at, at, sb.toString());
        } else {
            // <notes> comes before <originalData> and the segments: the first of them is where it goes.
            int at = place.originalData >= 0 ? place.originalData : first;
            splice.edit(at, at, "<" + p + "notes>" + sb + indent + "</" + p + "notes>" + indent);
        }
    }

    private static String note(Note n, String p) {
        StringBuilder sb = new StringBuilder("<").append(p).append("note");
        if (n.from() != null) {
            SpliceText.attr(sb, "category", n.from());
        }
        if ("source".equals(n.annotates()) || "target".equals(n.annotates())) {
            SpliceText.attr(sb, "appliesTo", n.annotates());
        }
        sb.append('>');
        XmlText.escapeText(n.text(), sb);
        return sb.append("</").append(p).append("note>").toString();
    }

    private byte[] result() {
        String edited = splice.edited(UnaryOperator.identity());
        return ((bom ? "\uFEFF" : "") + edited).getBytes(StandardCharsets.UTF_8);
    }

    private WorkbenchException refused(String why) {
        return splice.refused(why);
    }
}
