package org.l10nwb.core.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.Run;
import org.l10nwb.core.testing.Shared;

class TmxReaderTest {
    @TempDir
    Path tmp;

    static Stream<Path> conformance() throws IOException {
        Path dir = Shared.path("conformance/okapi/tmx");
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".tmx")).sorted().toList().stream();
        }
    }

    /** The file's text, decoded as its byte-order mark or declaration says. */
    private static String decoded(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (b.length > 1 && (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length > 1 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF)) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        String head = new String(b, 0, Math.min(200, b.length), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("encoding=\"([^\"]+)\"").matcher(head);
        return new String(b, m.find() ? Charset.forName(m.group(1)) : StandardCharsets.UTF_8);
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @ParameterizedTest
    @MethodSource("conformance")
    void everyConformanceFileReadsWholeAndRoundTrips(Path file) throws IOException {
        String raw = decoded(file);
        TmxReader.Document doc = new TmxReader().readAll(file);
        assertEquals(count(raw, "<tu[\\s>]"), doc.units().size(), "units");
        assertEquals(count(raw, "<tuv[\\s>]"), doc.units().stream().mapToInt(u -> u.variants().size()).sum(), "variants");
        int codes = doc.units().stream().flatMap(u -> u.variants().stream())
                .mapToInt(v -> v.segment().codes().size()).sum();
        // Every inline element of a seg is a code; hi counts twice (its start and its end).
        int expected = count(raw, "<(bpt|ept|ph|it|ut)[\\s>]") - nestedInCodes(raw) + 2 * count(raw, "<hi[\\s>]");
        assertEquals(expected, codes, "inline codes");
        // Every character of text survives: each seg without its inline elements is the text read.
        List<String> expectedTexts = new java.util.ArrayList<>();
        Matcher seg = Pattern.compile("<seg>(.*?)</seg>", Pattern.DOTALL).matcher(raw);
        while (seg.find()) {
            String t = seg.group(1).replaceAll("(?s)<(bpt|ept|ph|it|ut)[\\s>](.*?)</\\1>", "")
                    .replaceAll("<(bpt|ept|ph|it|ut)[^>]*/>", "").replaceAll("</?hi[^>]*>", "");
            expectedTexts.add(unescape(t));
        }
        List<String> read = doc.units().stream().flatMap(u -> u.variants().stream())
                .map(v -> v.segment().plainText()).toList();
        assertEquals(expectedTexts, read);
        Path out = tmp.resolve("out.tmx");
        Files.write(out, TmxWriter.toBytes(doc.header(), doc.units()));
        TmxReader.Document again = new TmxReader().readAll(out);
        assertEquals(doc.units().size(), again.units().size());
        for (int i = 0; i < doc.units().size(); i++) {
            TmxUnit a = doc.units().get(i);
            TmxUnit b = again.units().get(i);
            assertEquals(a.attributes(), b.attributes());
            assertEquals(a.meta(), b.meta());
            assertEquals(a.variants(), b.variants(), "unit " + i + " of " + file.getFileName());
        }
        assertEquals(doc.header().attributes(), again.header().attributes());
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString().replace("\r\n", "\n");
    }

    /** Inline elements inside another code's native data ({@code sub} flows) are part of that code. */
    private static int nestedInCodes(String raw) {
        int n = 0;
        Matcher m = Pattern.compile("<sub[\\s>].*?</sub>", Pattern.DOTALL).matcher(raw);
        while (m.find()) {
            n += count(m.group(), "<(bpt|ept|ph|it|ut)[\\s>]");
        }
        return n;
    }

    @Test
    void utf16FileKeepsCodesAndText() {
        TmxReader.Document doc = new TmxReader().readAll(Shared.path("conformance/okapi/tmx/ImportTest2A.tmx"));
        assertTrue(doc.units().size() > 0);
        boolean anyCode = doc.units().stream().flatMap(u -> u.variants().stream())
                .anyMatch(v -> !v.segment().codes().isEmpty());
        assertTrue(anyCode, "ImportTest2A has inline codes");
        TmxUnit.Variant v = doc.units().stream().flatMap(u -> u.variants().stream())
                .filter(x -> !x.segment().codes().isEmpty()).findFirst().orElseThrow();
        Run.Code c = v.segment().codes().get(0);
        assertTrue(c.xml().startsWith("<" + c.element()), c.xml());
    }

    @Test
    void codesOfEveryKindAreKept() throws IOException {
        Path f = tmp.resolve("codes.tmx");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header srclang="en" segtype="sentence" o-tmf="x" adminlang="en" datatype="html" creationtool="t" creationtoolversion="1"/>
                <body><tu tuid="1"><tuv xml:lang="en"><seg>A <bpt i="1" type="bold">&lt;b></bpt>bold<ept i="1">&lt;/b></ept> word, <ph x="2">&lt;br/></ph><it pos="begin" x="3">&lt;i></it>then <hi type="x">high <ut>{\\b}</ut></hi> and <ph x="4">&lt;img alt="<sub>Picture</sub>"/></ph>.</seg></tuv>
                <tuv xml:lang="ru"><seg>Б</seg></tuv></tu></body></tmx>
                """);
        TmxUnit u = new TmxReader().readAll(f).units().get(0);
        var seg = u.variants().get(0).segment();
        assertEquals("A bold word, then high  and .", seg.plainText());
        assertEquals(List.of(Run.CodeKind.OPENING, Run.CodeKind.CLOSING, Run.CodeKind.STANDALONE, Run.CodeKind.OPENING,
                Run.CodeKind.OPENING, Run.CodeKind.STANDALONE, Run.CodeKind.CLOSING, Run.CodeKind.STANDALONE),
                seg.codes().stream().map(Run.Code::kind).toList());
        assertEquals("<bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>", seg.codes().get(0).xml());
        assertEquals("<ph x=\"4\">&lt;img alt=\"<sub>Picture</sub>\"/&gt;</ph>", seg.codes().get(7).xml());
        assertEquals(seg, TmxReader.parseSegment(TmxWriter.segment(seg)));
    }

    @Test
    void notWellFormedIsOneLineWithItsPlace() throws IOException {
        Path f = tmp.resolve("bad.tmx");
        Files.writeString(f, "<tmx version=\"1.4\"><header srclang=\"en\"/>\n<body><tu><tuv xml:lang=\"en\"><seg>x</tuv></tu></body></tmx>");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> new TmxReader().readAll(f));
        assertTrue(e.getMessage().startsWith(f + ":2:"), e.getMessage());
        assertTrue(e.getMessage().contains("not well-formed"), e.getMessage());
    }

    /** Far past the first chunk the check reads (64 KB), after Cyrillic text: the place is still exact. */
    @Test
    void badUtf8IsRefusedWithItsLineAndColumn() throws IOException {
        Path f = tmp.resolve("latin1.tmx");
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            units.append("<tu><tuv xml:lang=\"en\"><seg>Unit ").append(i).append("</seg></tuv>")
                    .append("<tuv xml:lang=\"ru\"><seg>Единица ").append(i).append("</seg></tuv></tu>\n");
        }
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header srclang=\"en\"/>\n<body>\n"
                + units + "<tu><tuv xml:lang=\"en\"><seg>caf";
        byte[] before = head.getBytes(StandardCharsets.UTF_8);
        byte[] after = "</seg></tuv></tu></body></tmx>\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        all[before.length] = (byte) 0xE9; // é in Latin-1
        System.arraycopy(after, 0, all, before.length + 1, after.length);
        Files.write(f, all);
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> new TmxReader().readAll(f));
        int line = 3 + 2_000 + 1; // the declaration, the header, the body, the units
        int column = "<tu><tuv xml:lang=\"en\"><seg>caf".length() + 1;
        assertTrue(e.getMessage().startsWith(f + ":" + line + ":" + column + ": not valid UTF-8 (byte 0xE9 at offset "
                + before.length + ")"), e.getMessage());
    }

    @Test
    void unknownLanguageIsRefused() throws IOException {
        Path f = tmp.resolve("lang.tmx");
        Files.writeString(f, "<tmx version=\"1.4\"><header srclang=\"en\"/>\n<body>\n<tu><tuv xml:lang=\"en\"><seg>x</seg></tuv>"
                + "<tuv xml:lang=\"qq\"><seg>y</seg></tuv></tu></body></tmx>");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> new TmxReader().readAll(f));
        assertTrue(e.getMessage().startsWith(f + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown language 'qq'"), e.getMessage());
    }

    @Test
    void hugeSegmentIsRefusedNotTruncated() throws IOException {
        Path f = tmp.resolve("huge.tmx");
        Files.writeString(f, "<tmx version=\"1.4\"><header srclang=\"en\"/>\n<body>\n<tu><tuv xml:lang=\"en\"><seg>"
                + "word ".repeat(20_000) + "</seg></tuv></tu></body></tmx>");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> new TmxReader().readAll(f));
        assertTrue(e.getMessage().contains("segment longer than 65536 characters"), e.getMessage());
        assertTrue(e.getMessage().startsWith(f + ":3:"), e.getMessage());
    }

    @Test
    void entityDeclarationsAreRefused() throws IOException {
        Path f = tmp.resolve("dtd.tmx");
        Files.writeString(f, "<!DOCTYPE tmx [<!ENTITY x \"boom\">]><tmx version=\"1.4\"><header srclang=\"en\"/><body/></tmx>");
        WorkbenchException e = assertThrows(WorkbenchException.class, () -> new TmxReader().readAll(f));
        assertTrue(e.getMessage().contains("declares entities"), e.getMessage());
    }
}
