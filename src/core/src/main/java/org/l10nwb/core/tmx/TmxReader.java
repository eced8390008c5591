package org.l10nwb.core.tmx;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.Run.CodeKind;
import org.l10nwb.core.xml.XmlCursor;
import org.l10nwb.core.xml.XmlText;

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

    public TmxReader() {
        this(DEFAULT_MAX_SEGMENT);
    }

    public TmxReader(int maxSegment) {
        this.maxSegment = maxSegment;
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
        try (Counting in = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            long total = Files.size(file);
            try (XmlCursor x = XmlCursor.open(file, in)) {
                Parse p = new Parse(x, sink);
                p.counting = in;
                p.total = total;
                p.maxSegment = maxSegment;
                return p.document();
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
            return new Parse(x, u -> { }).segment(Integer.MAX_VALUE);
        } catch (WorkbenchException e) {
            // markup the memory stored itself: not well-formed means a program error, not the user's
            if (e.getCause() instanceof XMLStreamException cause) {
                throw new IllegalArgumentException("not a TMX segment: " + markup, cause);
            }
            throw e;
        }
    }

    private static final class Parse {
        private final XmlCursor x;
        private final Handler sink;
        private final Set<String> languages = new HashSet<>();
        private int maxSegment = DEFAULT_MAX_SEGMENT;
        private Counting counting;
        private long total;
        private long count;

        Parse(XmlCursor x, Handler sink) {
            this.x = x;
            this.sink = sink;
        }

        TmxHeader document() {
            if (!x.toRoot("TMX", true)) {
                throw WorkbenchException.inFile(x.file(), "empty document, expected <tmx>");
            }
            return root();
        }

        private TmxHeader root() {
            if (!"tmx".equals(x.localName())) {
                throw x.error("root element is <" + x.localName() + ">, expected <tmx>");
            }
            String version = x.attribute("version");
            TmxHeader header = null;
            boolean body = false;
            while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = x.localName();
                if (name.equals("header")) {
                    header = header(version);
                    sink.header(header);
                } else if (name.equals("body")) {
                    if (header == null) {
                        throw x.error("<body> before <header>");
                    }
                    body();
                    body = true;
                } else {
                    throw x.error("unexpected <" + name + "> in <tmx>");
                }
            }
            if (header == null || !body) {
                throw x.error("a TMX document needs a <header> and a <body>");
            }
            return header;
        }

        private TmxHeader header(String version) {
            Map<String, String> attrs = x.attributes();
            String src = attrs.get("srclang");
            if (src == null || src.isBlank()) {
                throw x.error("<header> has no srclang");
            }
            if (!src.equalsIgnoreCase("*all*")) {
                language(src);
            }
            List<TmxUnit.Meta> meta = new ArrayList<>();
            while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = x.localName();
                if (name.equals("prop") || name.equals("note")) {
                    meta.add(meta(name));
                } else if (name.equals("ude")) {
                    x.skipElement();
                } else {
                    throw x.error("unexpected <" + name + "> in <header>");
                }
            }
            return new TmxHeader(version == null ? "" : version, attrs, meta);
        }

        private void body() {
            while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if (!x.localName().equals("tu")) {
                    throw x.error("unexpected <" + x.localName() + "> in <body>, expected <tu>");
                }
                sink.unit(unit());
                if (++count % 1000 == 0 && counting != null) {
                    sink.progress(counting.count, total, count);
                }
            }
            if (counting != null) {
                sink.progress(total, total, count);
            }
        }

        private TmxUnit unit() {
            SourcePosition pos = x.position();
            Map<String, String> attrs = x.attributes();
            List<TmxUnit.Meta> meta = new ArrayList<>();
            List<TmxUnit.Variant> variants = new ArrayList<>();
            while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = x.localName();
                if (name.equals("prop") || name.equals("note")) {
                    meta.add(meta(name));
                } else if (name.equals("tuv")) {
                    variants.add(variant());
                } else {
                    throw x.error("unexpected <" + name + "> in <tu>");
                }
            }
            return new TmxUnit(attrs, meta, variants, pos);
        }

        private TmxUnit.Variant variant() {
            String lang = x.attribute(XMLConstants.XML_NS_URI, "lang");
            if (lang == null) {
                lang = x.attribute("lang"); // TMX 1.1
            }
            if (lang == null || lang.isBlank()) {
                throw x.error("<tuv> has no xml:lang");
            }
            language(lang);
            Map<String, String> attrs = x.attributes();
            attrs.remove("xml:lang");
            attrs.remove("lang");
            List<TmxUnit.Meta> meta = new ArrayList<>();
            Fragment seg = null;
            while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = x.localName();
                if (name.equals("prop") || name.equals("note")) {
                    meta.add(meta(name));
                } else if (name.equals("seg")) {
                    seg = segment(maxSegment);
                } else {
                    throw x.error("unexpected <" + name + "> in <tuv>");
                }
            }
            if (seg == null) {
                throw x.error("<tuv xml:lang=\"" + lang + "\"> has no <seg>");
            }
            return new TmxUnit.Variant(lang, attrs, meta, seg);
        }

        private void language(String tag) {
            if (languages.contains(tag)) {
                return;
            }
            try {
                LocaleTag.of(tag);
                languages.add(tag);
            } catch (WorkbenchException e) {
                throw x.error(e.getMessage());
            }
        }

        /** The content of the current {@code seg} (or {@code hi}) up to its end tag. */
        Fragment segment(int limit) {
            SourcePosition start = x.position();
            List<Run> runs = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int size = 0;
            int depth = 0; // open <hi> elements
            while (true) {
                int ev = x.next();
                switch (ev) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        size += x.textLength();
                        x.appendText(text);
                    }
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = x.localName();
                        flush(runs, text);
                        Run.Code code;
                        switch (name) {
                            case "bpt" -> code = code(CodeKind.OPENING, "i");
                            case "ept" -> code = code(CodeKind.CLOSING, "i");
                            case "ph", "ut" -> code = code(CodeKind.STANDALONE, "x");
                            case "it" -> code = code("end".equals(x.attribute("pos"))
                                    ? CodeKind.CLOSING : CodeKind.OPENING, "x");
                            case "hi" -> {
                                String id = x.attribute("x");
                                code = new Run.Code(CodeKind.OPENING, "hi", id == null ? "" : id, startTag());
                                depth++;
                            }
                            default -> throw x.error("unexpected <" + name + "> in <seg> (TMX allows bpt, ept, it,"
                                    + " ph, ut and hi)");
                        }
                        size += code.xml().length();
                        runs.add(code);
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        flush(runs, text);
                        if (depth == 0) {
                            return Fragment.of(runs);
                        }
                        depth--;
                        runs.add(new Run.Code(CodeKind.CLOSING, "hi", "", "</hi>"));
                    }
                    default -> {
                        // comments and processing instructions carry no content
                    }
                }
                if (size > limit) {
                    throw new WorkbenchException(start, "segment longer than " + limit
                            + " characters; refused (split it, or it is not a sentence)");
                }
            }
        }

        private static void flush(List<Run> runs, StringBuilder text) {
            if (text.length() > 0) {
                runs.add(new Run.Text(text.toString()));
                text.setLength(0);
            }
        }

        /** An inline code element, read whole with its markup. */
        private Run.Code code(CodeKind kind, String idAttribute) {
            String id = x.attribute(idAttribute);
            if (id == null && idAttribute.equals("i")) {
                throw x.error("<" + x.localName() + "> has no i attribute");
            }
            String name = x.localName();
            StringBuilder xml = new StringBuilder(startTag());
            element(xml);
            return new Run.Code(kind, name, id == null ? "" : id, xml.toString());
        }

        /** Appends the rest of the current element (after its start tag) as markup, end tag included. */
        private void element(StringBuilder xml) {
            int depth = 1;
            while (depth > 0) {
                int ev = x.next();
                switch (ev) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            XmlText.escapeText(x.text(), xml);
                    case XMLStreamConstants.START_ELEMENT -> {
                        xml.append(startTag());
                        depth++;
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        xml.append("</").append(x.qualifiedName()).append('>');
                        depth--;
                    }
                    default -> {
                    }
                }
            }
        }

        private String startTag() {
            StringBuilder sb = new StringBuilder("<").append(x.qualifiedName());
            x.appendAttributes(sb);
            return sb.append('>').toString();
        }

        private TmxUnit.Meta meta(String name) {
            Map<String, String> attrs = x.attributes();
            return new TmxUnit.Meta(name, attrs, x.elementText());
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
