package org.l10nwb.core.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;
import org.l10nwb.core.xml.XmlCursor;

/**
 * Reads XLIFF 1.2 into the workbench model, with the line and column of every unit and target.
 *
 * <p>Written on the JDK's StAX parser rather than through Okapi's XLIFF filter because checks and
 * the translator's shell need positions in the file ({@code article.xlf:42:7}) and an exact model
 * of segments, states and notes, which the filter's event stream does not keep. The parser is
 * hardened: a document type declaration is refused outright, so no entity, internal or external,
 * is ever expanded.
 */
public final class XliffReader {
    public static final String NS = "urn:oasis:names:tc:xliff:document:1.2";
    /**
     * The workbench's own namespace, for what XLIFF 1.2 has no place for: {@code wb:state} on a
     * target's {@code <mrk mtype="seg">} is the state of that one segment (XLIFF 1.2 states are
     * per unit). The strict schema admits attributes of other namespaces on {@code <mrk>}.
     */
    public static final String WB_NS = "urn:l10nwb:xliff:1.2-extensions";

    /** Reads a file; every problem becomes a one-line {@link WorkbenchException} naming it. */
    public XliffDocument read(Path file) {
        return read(file, TextFiles.readBytes(file, org.l10nwb.core.io.InputKind.XLIFF, org.l10nwb.core.io.InputLimits.DEFAULTS));
    }

    /** Reads XLIFF bytes; {@code file} is used in messages and positions. */
    public XliffDocument read(Path file, byte[] bytes) {
        return whole(sink -> stream(file, bytes, sink, false));
    }

    /** {@link #read(Path, byte[])} of bytes that passed {@link org.l10nwb.core.xml.SafeXml#checkUtf8} already. */
    XliffDocument readChecked(Path file, byte[] bytes) {
        return whole(sink -> stream(file, bytes, sink, true));
    }

    /**
     * Reads the XLIFF streamed from {@code in}, the content of {@code file}, which passed
     * {@link org.l10nwb.core.xml.SafeXml#checkUtf8} already; the caller closes {@code in}.
     */
    XliffDocument readChecked(Path file, java.io.InputStream in) {
        return whole(sink -> streamChecked(file, in, sink));
    }

    /** The document a streamed read gives, every unit kept. */
    private static XliffDocument whole(java.util.function.Consumer<Units> read) {
        List<XliffFile> files = new ArrayList<>();
        List<List<TransUnit>> units = new ArrayList<>();
        read.accept(new Units() {
            @Override
            public void file(XliffFile header) {
                files.add(header);
                units.add(new ArrayList<>());
            }

            @Override
            public void unit(TransUnit unit) {
                units.get(units.size() - 1).add(unit);
            }
        });
        List<XliffFile> whole = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            whole.add(files.get(i).withUnits(units.get(i)));
        }
        return new XliffDocument(whole);
    }

    /**
     * Where a streamed read puts what it reads: each {@code <file>} (its attributes, no units)
     * before its units, then its units one by one in document order.
     */
    public interface Units {
        void file(XliffFile header);

        void unit(TransUnit unit);
    }

    /**
     * Reads XLIFF bytes unit by unit, handing each to {@code sink} as soon as it is read, so that
     * a check of a large file holds one unit's model at a time, not the file's. The same checks
     * as {@link #read(Path, byte[])}, which is this with a sink that keeps everything; a problem
     * is thrown where it is found, after the units before it were handed on.
     */
    public void stream(Path file, byte[] bytes, Units sink) {
        stream(file, bytes, sink, false);
    }

    /** {@link #stream}; {@code textChecked}: the same bytes passed the UTF-8 and control character checks before. */
    public void stream(Path file, byte[] bytes, Units sink, boolean textChecked) {
        try (XmlCursor x = textChecked ? XmlCursor.openChecked(file, bytes) : XmlCursor.open(file, bytes)) {
            new XliffParse(x, sink).document();
        }
    }

    /**
     * {@link #stream(Path, byte[], Units)} of the document streamed from {@code in}, the content
     * of {@code file}, which passed {@link org.l10nwb.core.xml.SafeXml#checkUtf8} already (or is
     * known to be bytes that did); the caller closes {@code in}.
     */
    void streamChecked(Path file, java.io.InputStream in, Units sink) {
        try (XmlCursor x = XmlCursor.open(file, in)) {
            new XliffParse(x, sink).document();
        }
    }

    /**
     * Parses XLIFF 1.2 inline markup (text with {@code <g>}, {@code <x/>}, {@code <ph>}…) into a
     * fragment. Used by format adapters that produce XLIFF inline markup for extracted text.
     */
    public Fragment parseInline(String markup) {
        String wrapped = "<source xmlns=\"" + NS + "\">" + markup + "</source>";
        try (XmlCursor x = XmlCursor.ofMarkup(Path.of("<inline>"), wrapped)) {
            x.nextTag();
            List<Run> runs = new ArrayList<>();
            new XliffContent(x, NS).inline(runs);
            return Fragment.of(runs);
        }
    }
}
