package org.l10nwb.core.tmx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLStreamException;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.InputLimits;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.xml.XmlCursor;

/**
 * Reads TMX 1.4b (and the 1.1–1.3 files that follow the same shape), one unit at a time, so a
 * memory of a million units never has to fit in memory.
 *
 * <p>The encoding is the parser's to detect: a UTF-16 or UTF-8 byte-order mark, or the XML
 * declaration ({@code UTF-16}, {@code ISO-8859-1}…). A DOCTYPE naming {@code tmx14.dtd} is
 * accepted and never read; one that declares entities is refused. Inline codes ({@code bpt},
 * {@code ept}, {@code it}, {@code ph}, {@code ut}, and {@code hi} around text) become the
 * model's inline codes with their markup kept exactly, {@code sub} flows included, so writing a
 * unit back gives the same content. Every language tag is checked; a segment longer than the
 * limit is refused rather than truncated.
 */
public final class TmxReader {
    /** The longest segment accepted, in characters (text and code markup). */
    public static final int DEFAULT_MAX_SEGMENT = 65_536;

    private final int maxSegment;
    private final InputLimits limits;

    /** With the default limits of a file's size ({@link InputLimits#DEFAULTS}) and of a segment. */
    public TmxReader() {
        this(DEFAULT_MAX_SEGMENT, InputLimits.DEFAULTS);
    }

    /** With a project's limit of a memory file's size ({@code limits.memory-mb}). */
    public TmxReader(InputLimits limits) {
        this(DEFAULT_MAX_SEGMENT, limits);
    }

    public TmxReader(int maxSegment) {
        this(maxSegment, InputLimits.DEFAULTS);
    }

    public TmxReader(int maxSegment, InputLimits limits) {
        this.maxSegment = maxSegment;
        this.limits = limits;
    }

    /** Every unit of a file, in order, with its header. */
    public record Document(TmxHeader header, List<TmxUnit> units) {
    }

    public Document readAll(Path file) {
        List<TmxUnit> units = new ArrayList<>();
        TmxHeader header = read(file, (Handler) units::add);
        return new Document(header, units);
    }

    /** What a streaming read hands over, in document order. */
    public interface Handler {
        /** The header, before any unit; may refuse the file by throwing. */
        default void header(TmxHeader header) {
        }

        void unit(TmxUnit unit);

        /** Called every thousand units and at the end, with how far into the file the parser is. */
        default void progress(long bytesRead, long totalBytes, long units) {
        }
    }

    public TmxHeader read(Path file, Consumer<TmxUnit> sink) {
        return read(file, (Handler) sink::accept);
    }

    /**
     * Reads a file, handing each unit to {@code sink} as soon as it is complete. Errors (not
     * well-formed, an unknown language, a segment over the limit) are thrown as one-line user
     * errors at their place; units handed over before the error are the caller's to discard.
     */
    public TmxHeader read(Path file, Handler sink) {
        org.l10nwb.core.io.TextFiles.requireReadable(file, org.l10nwb.core.io.InputKind.MEMORY, limits);
        org.l10nwb.core.xml.SafeXml.checkUtf8Streaming(file);
        try (Counting in = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            long total = Files.size(file);
            try (XmlCursor x = XmlCursor.open(file, in)) {
                return new TmxParse(x, sink, maxSegment, () -> in.count, total).document();
            }
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, AtomicFiles.reason(e));
        }
    }

    /** Parses the content of a {@code seg} written as markup (as {@link TmxWriter#segment} gives it). */
    public static Fragment parseSegment(String markup) {
        if (markup.indexOf('<') < 0 && markup.indexOf('&') < 0) {
            return Fragment.text(markup); // plain text: no parser needed
        }
        try (XmlCursor x = XmlCursor.ofMarkup(Path.of("seg"), "<seg>" + markup + "</seg>")) {
            x.nextTag();
            return new TmxParse(x, u -> { }, Integer.MAX_VALUE, null, 0).segment(Integer.MAX_VALUE);
        } catch (WorkbenchException e) {
            // markup the memory stored itself: not well-formed means a program error, not the user's
            if (e.getCause() instanceof XMLStreamException cause) {
                throw new IllegalArgumentException("not a TMX segment: " + markup, cause);
            }
            throw e;
        }
    }

    /** Counts the bytes the parser has taken, for progress. */
    private static final class Counting extends java.io.FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
