package org.l10nwb.core.xliff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.l10nwb.core.xml.XmlText;
import org.l10nwb.core.model.Content;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.Part;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.Status;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;

/**
 * Writes XLIFF 1.2 deterministically: the same model always gives the same bytes (no dates, no
 * tool versions, attributes in a fixed order, LF line ends), so that XLIFF under version control
 * changes only where the translation changed.
 *
 * <p>Hand-written rather than Okapi's {@code XLIFFWriter} because that writer adds tool-specific
 * {@code okp:}/{@code its:} attributes (the files then fail the strict XLIFF schema) and cannot
 * write back the states, qualifiers and notes our model carries.
 */
public final class XliffWriter {

    /**
     * The document's bytes. The text is encoded a few units at a time, so that a large document is
     * held once as UTF-8 rather than also as a string of twice its size and its copies.
     */
    public byte[] write(XliffDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        StringBuilder sb = new StringBuilder(CHUNK + 8 * 1024);
        Consumer<StringBuilder> flush = chunk -> {
            out.writeBytes(chunk.toString().getBytes(StandardCharsets.UTF_8));
            chunk.setLength(0);
        };
        write(doc, Map.of(), sb, flush);
        flush.accept(sb);
        return out.toByteArray();
    }

    /** Characters gathered before they are encoded (flushed only between units: whole characters). */
    private static final int CHUNK = 64 * 1024;

    public String toString(XliffDocument doc) {
        return toString(doc, Map.of());
    }

    /**
     * The document with XML the model does not hold written after the notes of some units (an
     * {@code <alt-trans>} a merge records), keyed by the unit object itself.
     */
    public String toString(XliffDocument doc, Map<TransUnit, String> afterNotes) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        write(doc, afterNotes, sb, chunk -> {});
        return sb.toString();
    }

    /**
     * Starts a document of one file on {@code out} whose units come one at a time
     * ({@link Streamed#unit}), written as {@link #write} writes that file with those units: the
     * same bytes, without holding the units. The header's own units are not written. Meant for
     * new units (extract's): a target marking confirmed segments needs a namespace declared
     * before the first unit, and is refused.
     */
    public Streamed open(XliffFile header, OutputStream out) {
        return new Streamed(header, out);
    }

    /** A document being written unit by unit; {@link #finish} ends it. */
    public final class Streamed {
        private final OutputStream out;
        private final String targetLanguage;
        private final StringBuilder sb = new StringBuilder(CHUNK + 8 * 1024);

        private Streamed(XliffFile header, OutputStream out) {
            this.out = out;
            this.targetLanguage = header.targetLanguage();
            prolog(false, sb);
            fileStart(header, sb);
        }

        public void unit(TransUnit u) throws IOException {
            if (marksSegments(u)) {
                throw new IllegalArgumentException("unit " + u.id() + " marks confirmed segments");
            }
            XliffWriter.this.unit(u, targetLanguage, null, sb);
            if (sb.length() >= CHUNK) {
                flush();
            }
        }

        /** Ends the file and the document, and flushes what is left onto the stream. */
        public void finish() throws IOException {
            sb.append(FILE_END).append(XLIFF_END);
            flush();
            out.flush();
        }

        private void flush() throws IOException {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
            sb.setLength(0);
        }
    }

    private static final String FILE_END = "  </body>\n </file>\n";
    private static final String XLIFF_END = "</xliff>\n";

    private void write(XliffDocument doc, Map<TransUnit, String> afterNotes, StringBuilder sb,
            Consumer<StringBuilder> flush) {
        prolog(doc.units().stream().anyMatch(XliffWriter::marksSegments), sb);
        for (XliffFile f : doc.files()) {
            file(f, afterNotes, sb, flush);
        }
        sb.append(XLIFF_END);
    }

    private static void prolog(boolean marksSegments, StringBuilder sb) {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<xliff version=\"1.2\" xmlns=\"").append(XliffReader.NS).append('"');
        if (marksSegments) {
            // declared only where used, so that files without confirmed segments stay as they were
            sb.append(" xmlns:wb=\"").append(XliffReader.WB_NS).append('"');
        }
        sb.append(">\n");
    }

    private void file(XliffFile f, Map<TransUnit, String> afterNotes, StringBuilder sb, Consumer<StringBuilder> flush) {
        fileStart(f, sb);
        for (TransUnit u : f.units()) {
            unit(u, f.targetLanguage(), afterNotes.get(u), sb);
            if (sb.length() >= CHUNK) {
                flush.accept(sb);
            }
        }
        sb.append(FILE_END);
    }

    private static void fileStart(XliffFile f, StringBuilder sb) {
        sb.append(" <file");
        attr(sb, "original", f.original());
        attr(sb, "datatype", f.datatype());
        attr(sb, "source-language", f.sourceLanguage());
        if (f.targetLanguage() != null) {
            attr(sb, "target-language", f.targetLanguage());
        }
        for (Map.Entry<String, String> e : new TreeMap<>(f.attributes()).entrySet()) {
            attr(sb, e.getKey(), e.getValue());
        }
        sb.append(">\n  <body>\n");
    }

    private void unit(TransUnit u, String targetLanguage, String afterNotes, StringBuilder sb) {
        sb.append("   <trans-unit");
        attr(sb, "id", u.id());
        for (Map.Entry<String, String> e : attributes(u).entrySet()) {
            attr(sb, e.getKey(), e.getValue());
        }
        attr(sb, "xml:space", "preserve");
        sb.append(">\n");
        sb.append("    <source>");
        fragment(u.source().joined(), sb);
        sb.append("</source>\n");
        if (u.segmented()) {
            sb.append("    <seg-source>");
            segmented(u.source(), Set.of(), sb);
            sb.append("</seg-source>\n");
        }
        if (u.target() != null) {
            sb.append("    <target");
            if (targetLanguage != null) {
                attr(sb, "xml:lang", targetLanguage);
            }
            if (u.state() != null) {
                attr(sb, "state", u.state().value());
            }
            if (u.stateQualifier() != null) {
                attr(sb, "state-qualifier", u.stateQualifier());
            }
            sb.append('>');
            if (u.segmented()) {
                segmented(u.target(), u.confirmedSegments(), sb);
            } else {
                fragment(u.target().joined(), sb);
            }
            sb.append("</target>\n");
        }
        for (Note n : u.notes()) {
            sb.append("    <note");
            if (n.from() != null) {
                attr(sb, "from", n.from());
            }
            if (n.annotates() != null) {
                attr(sb, "annotates", n.annotates());
            }
            sb.append('>');
            XmlText.escapeText(n.text(), sb);
            sb.append("</note>\n");
        }
        if (afterNotes != null) {
            sb.append(afterNotes);
        }
        sb.append("   </trans-unit>\n");
    }

    /**
     * An XLIFF 1.2 {@code <alt-trans>} giving another translation of a unit: its target (with its
     * state and segments, as the unit's own would be written) and a note.
     */
    public String altTrans(TransUnit other, String targetLanguage, String origin, Note note) {
        StringBuilder sb = new StringBuilder("    <alt-trans");
        attr(sb, "origin", origin);
        attr(sb, "alttranstype", "proposal");
        sb.append(">\n     <target");
        if (targetLanguage != null) {
            attr(sb, "xml:lang", targetLanguage);
        }
        if (other.state() != null) {
            attr(sb, "state", other.state().value());
        }
        sb.append('>');
        if (other.target() != null && other.segmented()) {
            segmented(other.target(), Set.of(), sb);
        } else if (other.target() != null) {
            fragment(other.target().joined(), sb);
        }
        sb.append("</target>\n     <note");
        attr(sb, "from", note.from());
        sb.append('>');
        XmlText.escapeText(note.text(), sb);
        sb.append("</note>\n    </alt-trans>\n");
        return sb.toString();
    }

    /**
     * The unit's attributes in a fixed order, {@code approved="yes"} among them when the unit is
     * signed off: what other tools (Translate Toolkit, OmegaT, Trados) read as an approved translation.
     */
    static Map<String, String> attributes(TransUnit u) {
        Map<String, String> attrs = new TreeMap<>(u.attributes());
        attrs.remove("approved");
        if (approved(u)) {
            attrs.put("approved", "yes");
        }
        return attrs;
    }

    /**
     * Whether a unit is written {@code approved="yes"}: its translation is there and signed off
     * ({@code signed-off} or {@code final}). The state alone says so when the file is read back;
     * {@code approved="yes"} with a state that says less (Translate Toolkit writes it for every
     * translation that is not fuzzy) is read as what the state says.
     */
    static boolean approved(TransUnit u) {
        return u.hasTarget() && Status.of(u) == Status.SIGNED_OFF;
    }

    /** Whether the unit's target marks confirmed segments ({@code wb:state}). */
    private static boolean marksSegments(TransUnit u) {
        return u.segmented() && u.target() != null && !u.confirmedSegments().isEmpty();
    }

    private void segmented(Content content, Set<String> confirmed, StringBuilder sb) {
        for (Part p : content.parts()) {
            if (p.isSegment()) {
                sb.append("<mrk mid=\"");
                XmlText.escapeAttribute(p.segmentId(), sb);
                sb.append("\" mtype=\"seg\"");
                if (confirmed.contains(p.segmentId())) {
                    // the segment's own state while the unit's is a draft: XLIFF 1.2 has one per unit
                    sb.append(" wb:state=\"translated\"");
                }
                sb.append('>');
                fragment(p.content(), sb);
                sb.append("</mrk>");
            } else {
                fragment(p.content(), sb);
            }
        }
    }

    /** Inline content: text escaped, codes as their recorded markup. */
    public static void fragment(Fragment f, StringBuilder sb) {
        for (Run run : f.runs()) {
            if (run instanceof Run.Text t) {
                XmlText.escapeText(t.text(), sb);
            } else {
                sb.append(((Run.Code) run).xml());
            }
        }
    }

    private static void attr(StringBuilder sb, String name, String value) {
        sb.append(' ').append(name).append("=\"");
        XmlText.escapeAttribute(value, sb);
        sb.append('"');
    }
}
