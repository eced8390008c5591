package org.l10nwb.core.xliff;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xml.XmlText;

/**
 * Writes the changes of a model into the text of an XLIFF 1.x file another tool wrote: the
 * targets, target segments, states, approvals and notes that changed are replaced, and every
 * other character (header, groups, alternative translations, contexts, binary units, other
 * namespaces' elements and attributes, comments, white space, attribute order and quotes,
 * encoding and version) is copied as it was. A change that cannot be written so (units added,
 * removed or with another source) is refused, naming the file, the unit and the reason.
 */
final class XliffSplice {
    private static final Pattern ENCODING_DECL =
            Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final Path file;
    private final Charset charset;
    private final int bom;
    private final String text;
    private final CharsetEncoder encoder;
    private final SpliceText splice;

    private XliffSplice(Path file, byte[] original) {
        this.file = file;
        if (original.length >= 3 && (original[0] & 0xFF) == 0xEF && (original[1] & 0xFF) == 0xBB && (original[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (original.length >= 2 && (original[0] & 0xFF) == 0xFE && (original[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (original.length >= 2 && (original[0] & 0xFF) == 0xFF && (original[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else {
            charset = declared(original);
            bom = 0;
        }
        text = new String(original, bom, original.length - bom, charset);
        encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        if (!Arrays.equals(encode(text), Arrays.copyOfRange(original, bom, original.length))) {
            throw refused("its bytes do not survive decoding and encoding as " + charset.name());
        }
        splice = new SpliceText(file, text);
    }

    /**
     * {@code original} with the changes from {@code before} (what was read from it) to
     * {@code after} written in.
     */
    static byte[] rewrite(Path file, byte[] original, XliffDocument before, XliffDocument after) {
        XliffSplice s = new XliffSplice(file, original);
        List<List<XliffPlaces.Unit>> places = XliffPlaces.find(s.text);
        if (places.size() != before.files().size() || after.files().size() != before.files().size()) {
            throw s.refused("its <file> elements are not those read from it");
        }
        for (int i = 0; i < places.size(); i++) {
            XliffFile b = before.files().get(i);
            XliffFile a = after.files().get(i);
            List<XliffPlaces.Unit> units = places.get(i);
            if (units.size() != b.units().size()) {
                throw s.refused("its units could not be told apart in the file's text");
            }
            if (!a.units().stream().map(TransUnit::id).toList().equals(b.units().stream().map(TransUnit::id).toList())) {
                throw s.refused("units would be added, removed or reordered in <file original=\"" + b.original()
                        + "\">, which is written by another tool and would lose what it holds");
            }
            for (int j = 0; j < units.size(); j++) {
                s.unit(b, units.get(j), b.units().get(j), a.units().get(j));
            }
        }
        return s.result();
    }

    private void unit(XliffFile file, XliffPlaces.Unit place, TransUnit before, TransUnit after) {
        if (!before.id().equals(place.start.attribute("id"))) {
            throw refused("unit '" + before.id() + "' was not found where it was read");
        }
        String where = "unit '" + before.id() + "'";
        if (!before.source().equals(after.source()) || before.segmented() != after.segmented()) {
            throw refused("the source of " + where + " would change, which is kept as the other tool wrote it");
        }
        if (!without(before.attributes()).equals(without(after.attributes()))) {
            throw refused("the attributes of " + where + " would change, which are kept as the other tool wrote them");
        }
        boolean targetChanged = !Objects.equals(before.target(), after.target()) || !Objects.equals(before.state(), after.state())
                || !Objects.equals(before.stateQualifier(), after.stateQualifier());
        String p = place.prefix();
        if (targetChanged) {
            target(file, place, before, after, p);
            boolean approved = XliffWriter.approved(after);
            if (approved != "yes".equals(place.start.attribute("approved"))) {
                String tag = text.substring(place.start.start(), place.start.end());
                splice.edit(place.start.start(), place.start.end(), SpliceText.withAttribute(tag, "approved", approved ? "yes" : null));
            }
        }
        if (!before.notes().equals(after.notes())) {
            notes(place, before, after, p, where);
        }
    }

    private void target(XliffFile file, XliffPlaces.Unit place, TransUnit before, TransUnit after, String p) {
        if (after.target() == null) {
            if (place.targetStart != null) {
                splice.edit(splice.spaceBefore(place.targetStart.start()), place.targetAfter(), "");
            }
            return;
        }
        if (place.targetStart == null) {
            StringBuilder sb = new StringBuilder(splice.indent(place.sourceStart.start())).append('<').append(p).append("target");
            if (file.targetLanguage() != null && !file.targetLanguage().isBlank()) {
                SpliceText.attr(sb, "xml:lang", file.targetLanguage());
            }
            if (after.state() != null) {
                SpliceText.attr(sb, "state", after.state().value());
            }
            if (after.stateQualifier() != null) {
                SpliceText.attr(sb, "state-qualifier", after.stateQualifier());
            }
            sb.append('>');
            content(after, p, sb);
            sb.append("</").append(p).append("target>");
            splice.edit(place.afterSource, place.afterSource, sb.toString());
            return;
        }
        String tag = text.substring(place.targetStart.start(), place.targetStart.end());
        if (!Objects.equals(before.state(), after.state())) {
            tag = SpliceText.withAttribute(tag, "state", after.state() == null ? null : after.state().value());
        }
        if (!Objects.equals(before.stateQualifier(), after.stateQualifier())) {
            tag = SpliceText.withAttribute(tag, "state-qualifier", after.stateQualifier());
        }
        boolean contentChanged = !Objects.equals(before.target(), after.target());
        if (place.targetEnd == null) {
            if (contentChanged) {
                StringBuilder sb = new StringBuilder(tag.substring(0, tag.lastIndexOf('/'))).append('>');
                content(after, p, sb);
                tag = sb.append("</").append(place.targetStart.name()).append('>').toString();
            }
            splice.edit(place.targetStart.start(), place.targetStart.end(), tag);
            return;
        }
        splice.edit(place.targetStart.start(), place.targetStart.end(), tag);
        if (contentChanged && !segmentsOnly(place, before.target(), after.target(), p)) {
            StringBuilder sb = new StringBuilder();
            content(after, p, sb);
            splice.edit(place.targetStart.end(), place.targetEnd.start(), sb.toString());
        }
    }

    /**
     * Replaces only the segments that changed, keeping each {@code <mrk>}'s own markup (its
     * attributes, another tool's or the workbench's), when nothing else in the target changed.
     */
    private boolean segmentsOnly(XliffPlaces.Unit place, Content before, Content after, String p) {
        if (before == null || before.parts().size() != after.parts().size() || place.segments.isEmpty()) {
            return false;
        }
        List<Runnable> mine = new ArrayList<>();
        for (int i = 0; i < before.parts().size(); i++) {
            Part b = before.parts().get(i);
            Part a = after.parts().get(i);
            if (!Objects.equals(b.segmentId(), a.segmentId())) {
                return false;
            }
            if (b.content().equals(a.content())) {
                continue;
            }
            int[] span = b.isSegment() ? place.segments.get(b.segmentId()) : null;
            if (span == null || span[0] < 0 || span[1] < 0) {
                return false;
            }
            StringBuilder sb = new StringBuilder();
            XliffWriter.fragment(a.content(), sb);
            mine.add(() -> splice.edit(span[0], span[1], sb.toString()));
        }
        mine.forEach(Runnable::run);
        return true;
    }

    private void notes(XliffPlaces.Unit place, TransUnit before, TransUnit after, String p, String where) {
        List<Note> b = before.notes();
        List<Note> a = after.notes();
        if (place.notes.size() != b.size()) {
            throw refused("the notes of " + where + " could not be told apart in the file's text");
        }
        splice.replaceNotes(place.notes, b, a, n -> note(n, p));
        if (a.size() > b.size()) {
            int at = !place.notes.isEmpty() ? place.notes.get(place.notes.size() - 1)[1]
                    : place.targetStart != null ? place.targetAfter() : place.afterSource;
            StringBuilder sb = new StringBuilder();
            for (int i = b.size(); i < a.size(); i++) {
                sb.append(splice.indent(place.sourceStart.start())).append(note(a.get(i), p));
            }
            splice.edit(at, at, sb.toString());
        }
    }

    private static String note(Note n, String p) {
        StringBuilder sb = new StringBuilder("<").append(p).append("note");
        if (n.from() != null) {
            SpliceText.attr(sb, "from", n.from());
        }
        if (n.annotates() != null) {
            SpliceText.attr(sb, "annotates", n.annotates());
        }
        sb.append('>');
        XmlText.escapeText(n.text(), sb);
        return sb.append("</").append(p).append("note>").toString();
    }

    /** A target's content, as the writer writes it, with the document's prefix on segment markers. */
    private static void content(TransUnit u, String p, StringBuilder sb) {
        if (!u.segmented()) {
            XliffWriter.fragment(u.target().joined(), sb);
            return;
        }
        for (Part part : u.target().parts()) {
            if (part.isSegment()) {
                sb.append('<').append(p).append("mrk mid=\"");
                XmlText.escapeAttribute(part.segmentId(), sb);
                sb.append("\" mtype=\"seg\"");
                if (u.confirmedSegments().contains(part.segmentId())) {
                    // declared on the marker itself: the other tool's root element stays as it was
                    sb.append(" xmlns:wb=\"").append(XliffReader.WB_NS).append("\" wb:state=\"translated\"");
                }
                sb.append('>');
                XliffWriter.fragment(part.content(), sb);
                sb.append("</").append(p).append("mrk>");
            } else {
                XliffWriter.fragment(part.content(), sb);
            }
        }
    }

    private static Map<String, String> without(Map<String, String> attributes) {
        Map<String, String> m = new HashMap<>(attributes);
        m.remove("approved");
        return m;
    }

    private byte[] result() {
        byte[] body = encode(splice.edited(this::encodable));
        byte[] out = new byte[bom + body.length];
        System.arraycopy(BOM_OF.getOrDefault(charset, new byte[0]), 0, out, 0, bom);
        System.arraycopy(body, 0, out, bom, body.length);
        return out;
    }

    private static final Map<Charset, byte[]> BOM_OF = Map.of(StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF},
            StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE});

    /** Characters the file's encoding cannot hold, as character references (only in what is written anew). */
    private String encodable(String s) {
        if (charset == StandardCharsets.UTF_8 || charset == StandardCharsets.UTF_16BE || charset == StandardCharsets.UTF_16LE) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            if (encoder.canEncode(c)) {
                sb.append(c);
            } else {
                sb.append("&#x").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append(';');
            }
        });
        return sb.toString();
    }

    private byte[] encode(String s) {
        try {
            ByteBuffer b = encoder.reset().encode(CharBuffer.wrap(s));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw refused("its text cannot be encoded again as " + charset.name());
        }
    }

    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = ENCODING_DECL.matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private WorkbenchException refused(String why) {
        return SpliceText.refused(file, why);
    }
}
