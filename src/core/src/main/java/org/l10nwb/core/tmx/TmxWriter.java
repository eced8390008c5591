package org.l10nwb.core.tmx;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.xml.XmlText;

/**
 * Writes TMX 1.4b, UTF-8 with LF line ends, one unit at a time. Inline codes are written as the
 * markup they carry, so units read by {@link TmxReader} come back unchanged.
 */
public final class TmxWriter {
    private final Writer out;
    private final StringBuilder sb = new StringBuilder(1024);

    /** Starts a document on {@code stream}: declaration, header, and the opening of the body. */
    public TmxWriter(OutputStream stream, TmxHeader header) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header");
        attributes(header.attributes());
        if (header.meta().isEmpty()) {
            sb.append("/>\n");
        } else {
            sb.append(">\n");
            meta(header.meta(), "    ");
            sb.append("  </header>\n");
        }
        sb.append("  <body>\n");
        flush();
    }

    public void write(TmxUnit unit) throws IOException {
        sb.append("    <tu");
        attributes(unit.attributes());
        sb.append(">\n");
        meta(unit.meta(), "      ");
        for (TmxUnit.Variant v : unit.variants()) {
            sb.append("      <tuv xml:lang=\"");
            XmlText.escapeAttribute(v.language(), sb);
            sb.append('"');
            attributes(v.attributes());
            sb.append(">\n");
            meta(v.meta(), "        ");
            sb.append("        <seg>");
            segment(v.segment(), sb);
            sb.append("</seg>\n      </tuv>\n");
        }
        sb.append("    </tu>\n");
        if (sb.length() > 1 << 15) {
            flush();
        }
    }

    /** Ends the document and flushes it (the stream stays open). */
    public void finish() throws IOException {
        sb.append("  </body>\n</tmx>\n");
        flush();
        out.flush();
    }

    /** A whole document in memory. */
    public static byte[] toBytes(TmxHeader header, List<TmxUnit> units) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            TmxWriter w = new TmxWriter(bytes, header);
            for (TmxUnit u : units) {
                w.write(u);
            }
            w.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The markup of a {@code seg}'s content. */
    public static String segment(Fragment f) {
        StringBuilder b = new StringBuilder();
        segment(f, b);
        return b.toString();
    }

    private static void segment(Fragment f, StringBuilder b) {
        for (Run run : f.runs()) {
            if (run instanceof Run.Text t) {
                XmlText.escapeText(t.text(), b);
            } else {
                b.append(((Run.Code) run).xml());
            }
        }
    }

    private void attributes(Map<String, String> attributes) {
        attributes.forEach((k, v) -> {
            sb.append(' ').append(k).append("=\"");
            XmlText.escapeAttribute(v, sb);
            sb.append('"');
        });
    }

    private void meta(List<TmxUnit.Meta> meta, String indent) {
        for (TmxUnit.Meta m : meta) {
            sb.append(indent).append('<').append(m.element());
            attributes(m.attributes());
            sb.append('>');
            XmlText.escapeText(m.text(), sb);
            sb.append("</").append(m.element()).append(">\n");
        }
    }

    private void flush() throws IOException {
        out.append(sb);
        sb.setLength(0);
    }
}
