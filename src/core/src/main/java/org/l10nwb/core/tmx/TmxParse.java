package org.l10nwb.core.tmx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.Fragment;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.model.Run.CodeKind;
import org.l10nwb.core.xml.XmlCursor;
import org.l10nwb.core.xml.XmlText;

/** One read of one TMX document (or of one segment's markup) for {@link TmxReader}. */
final class TmxParse {
    private final XmlCursor x;
    private final TmxReader.Handler sink;
    private final int maxSegment;
    /** How many bytes the parser has taken so far, or {@code null} when there is no file to report on. */
    private final LongSupplier bytesRead;
    private final long total;
    /** Language tags already checked: a memory repeats the same two in every unit. */
    private final Set<String> languages = new HashSet<>();
    private long count;

    TmxParse(XmlCursor x, TmxReader.Handler sink, int maxSegment, LongSupplier bytesRead, long total) {
        this.x = x;
        this.sink = sink;
        this.maxSegment = maxSegment;
        this.bytesRead = bytesRead;
        this.total = total;
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
            if (++count % 1000 == 0 && bytesRead != null) {
                sink.progress(bytesRead.getAsLong(), total, count);
            }
        }
        if (bytesRead != null) {
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
