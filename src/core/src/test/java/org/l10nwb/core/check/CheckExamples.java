package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.glossary.Concept;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.LanguageSection;
import org.l10nwb.core.glossary.Term;
import org.l10nwb.core.glossary.TermStatus;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.xliff.XliffReader;
import org.l10nwb.core.xml.XmlText;

/**
 * The examples files of the quality checks, {@code check-examples/<id>.txt}, read and run: for
 * {@link CheckExamplesTest} and for the tests of checks whose engine lives in an adapter module
 * (spelling).
 */
public final class CheckExamples {
    public static final String SOURCE = "en";
    private static final Path FILE = Path.of("example.xlf");

    private CheckExamples() {
    }

    /**
     * One example: a line of a file, the settings and glossary terms above it. An example marked
     * {@code dictionary} ({@code ru bad dictionary: ...}) says what the check does with the source
     * language's spelling dictionary, which the core's own tests do not have: there, a bad one
     * gives no finding (the check does without the dictionary), and it runs as written where the
     * dictionaries and their engine are (the lucene module's tests).
     */
    public record Example(String check, int line, String locale, boolean good, List<String[]> segments, String says,
            Map<String, String> settings, List<String[]> terms, boolean needsDictionary) {
        @Override
        public String toString() {
            return check + ":" + line + " " + locale + (good ? " good" : " bad") + (needsDictionary ? " dictionary" : "")
                    + ": "
                    + String.join(" ;; ", segments.stream().map(s -> s[0] + " => " + s[1]).toList());
        }
    }

    public static List<Example> examples() {
        List<Example> all = new ArrayList<>();
        for (SegmentCheck c : QualityChecks.ALL) {
            all.addAll(read(c.rule().id()));
        }
        return all;
    }

    public static List<Example> read(String id) {
        String text;
        try (InputStream in = CheckExamples.class.getResourceAsStream("/check-examples/" + id + ".txt")) {
            assertNotNull(in, "no check-examples/" + id + ".txt");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<Example> out = new ArrayList<>();
        Map<String, String> settings = new LinkedHashMap<>();
        List<String[]> terms = new ArrayList<>();
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("set ")) {
                String[] kv = line.substring(4).split("=", 2);
                settings.put(kv[0].strip(), unescape(kv[1].strip()));
                continue;
            }
            if (line.startsWith("term ")) {
                String[] lt = line.substring(5).split(":", 2);
                terms.add(new String[] {lt[0].strip(), unescape(lt[1].strip())});
                continue;
            }
            int colon = line.indexOf(": ");
            String[] head = line.substring(0, colon).strip().split("\\s+");
            if (head.length < 2 || head.length > 3 || !(head[1].equals("good") || head[1].equals("bad"))
                    || head.length == 3 && !head[2].equals("dictionary")) {
                throw new IllegalStateException(id + ".txt:" + n
                        + ": expected 'LOCALE good|bad[ dictionary]: SOURCE => TARGET'");
            }
            String body = line.substring(colon + 2);
            String says = null;
            int bar = body.indexOf(" || ");
            if (bar >= 0) {
                says = body.substring(bar + 4).strip();
                body = body.substring(0, bar);
            }
            List<String[]> segments = new ArrayList<>();
            for (String pair : body.split(" ;; ")) {
                int arrow = pair.indexOf(" => ");
                if (arrow < 0) {
                    throw new IllegalStateException(id + ".txt:" + n + ": no ' => ' between source and target");
                }
                segments.add(new String[] {unescape(pair.substring(0, arrow)), unescape(pair.substring(arrow + 4))});
            }
            out.add(new Example(id, n, head[0], head[1].equals("good"), segments, says, Map.copyOf(settings),
                    List.copyOf(terms), head.length == 3));
        }
        return out;
    }

    /** {@code \u00A0} and the like. */
    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The findings of every check for the example's segments, checked together as one file. */
    /** A good example gives no finding of its check; a bad one gives one, saying what the example says. */
    public static void assertExample(Example e, List<Finding> mine) {
        if (e.good()) {
            assertEquals(List.of(), mine.stream().map(Finding::render).toList(), "a good example gives no finding");
        } else {
            assertFalse(mine.isEmpty(), "a bad example gives a finding");
            if (e.says() != null) {
                assertTrue(mine.stream().anyMatch(f -> f.message().contains(e.says())),
                        "a finding says “" + e.says() + "”: " + mine.stream().map(Finding::message).toList());
            }
        }
    }

    public static List<Finding> run(Example e) {
        return run(e, new Languages(List.of()));
    }

    /** The findings of every check for the example's segments, with these language modules. */
    public static List<Finding> run(Example e, Languages languages) {
        StringBuilder units = new StringBuilder();
        int id = 0;
        for (String[] s : e.segments()) {
            id++;
            units.append("<trans-unit id=\"").append(id).append("\" xml:space=\"preserve\"><source>")
                    .append(XmlText.escapeText(s[0])).append("</source><target state=\"translated\">")
                    .append(XmlText.escapeText(s[1])).append("</target></trans-unit>");
        }
        String xml = "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"><file original=\"a\""
                + " datatype=\"plaintext\" source-language=\"" + SOURCE + "\" target-language=\"" + e.locale()
                + "\"><body>" + units + "</body></file></xliff>";
        XliffDocument doc = new XliffReader().read(FILE, xml.getBytes(StandardCharsets.UTF_8));
        List<Concept> concepts = new ArrayList<>();
        for (String[] t : e.terms()) {
            concepts.add(new Concept("term-" + concepts.size(), null, null, List.of(), List.of(
                    new LanguageSection(SOURCE, null, List.of(), List.of(Term.of(t[1], TermStatus.PREFERRED))),
                    new LanguageSection(t[0], null, List.of(), List.of(Term.of(t[1], TermStatus.PREFERRED)))), null));
        }
        Glossary glossary = new Glossary(List.of(), SOURCE, concepts);
        CheckService service = new CheckService(glossary, languages, CheckConfig.fromSettings(e.settings()));
        return service.check(List.of(FILE), List.of(doc)).findings();
    }
}
