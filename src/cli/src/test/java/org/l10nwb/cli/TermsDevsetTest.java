package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.xml.XmlText;

/**
 * The labelled development cases of {@code ../shared/terms-devset}: each language's rows become
 * one XLIFF file, {@code workbench check --format sarif} runs on them with the development
 * glossary, and the reported {@code (unit, rule, concept)} triples must be exactly the labels.
 */
class TermsDevsetTest {
    private record Row(String id, String lang, String source, String target, Set<String> expected, boolean markup) {
    }

    @Test
    void everyCaseIsRight(@TempDir Path dir) throws IOException {
        List<Row> rows = rows(Shared.path("terms-devset/cases.tsv"));
        Map<String, List<Row>> byLang = new LinkedHashMap<>();
        rows.forEach(r -> byLang.computeIfAbsent(r.lang(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, List<Row>> e : byLang.entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".xlf"), xliff(e.getKey(), e.getValue()), StandardCharsets.UTF_8);
        }
        Path sarif = dir.resolve("report.sarif");
        Cli.Result r = Cli.run("check", "--glossary", Shared.path("terms-devset/glossary.tbx").toString(),
                "--format", "sarif", "--output", sarif.toString(), dir.toString());
        boolean anyExpected = rows.stream().anyMatch(x -> !x.expected().isEmpty());
        assertEquals(anyExpected ? 1 : 0, r.exit(), r.toString());

        Map<String, Set<String>> actual = new LinkedHashMap<>();
        JsonNode results = new ObjectMapper().readTree(sarif.toFile()).path("runs").get(0).path("results");
        for (JsonNode res : results) {
            String rule = res.path("ruleId").asText();
            if (rule.startsWith("term-")) {
                actual.computeIfAbsent(res.path("properties").path("unitId").asText(), k -> new TreeSet<>())
                        .add(rule + ":" + res.path("properties").path("conceptId").asText());
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            Set<String> got = actual.getOrDefault(row.id(), Set.of());
            for (String x : got) {
                if (row.expected().contains(x)) {
                    tp++;
                } else {
                    fp++;
                }
            }
            for (String x : row.expected()) {
                if (!got.contains(x)) {
                    fn++;
                }
            }
            if (!got.equals(row.expected())) {
                wrong.add(row.id() + ": expected " + row.expected() + ", got " + got + "  [" + row.target() + "]");
            }
        }
        System.out.printf("terms-devset: %d cases, %d findings expected; tp=%d fp=%d fn=%d%n", rows.size(),
                tp + fn, tp, fp, fn);
        assertTrue(rows.size() >= 30, "the development set has shrunk: " + rows.size());
        assertTrue(wrong.isEmpty(), "cases not right:\n" + String.join("\n", wrong));
    }

    private static List<Row> rows(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t"));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t", -1);
            String expected = c[header.indexOf("expected")].strip();
            Set<String> set = new TreeSet<>();
            if (!expected.equals("-")) {
                set.addAll(List.of(expected.split("\\s+")));
            }
            rows.add(new Row(c[header.indexOf("id")], c[header.indexOf("lang")], c[header.indexOf("source")],
                    c[header.indexOf("target")], set, c[header.indexOf("markup")].strip().equals("1")));
        }
        return rows;
    }

    private static String xliff(String lang, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n");
        sb.append("<file original=\"cases\" datatype=\"plaintext\" source-language=\"en\" target-language=\"")
                .append(lang).append("\"><body>\n");
        for (Row r : rows) {
            sb.append("<trans-unit id=\"").append(r.id()).append("\"><source>")
                    .append(r.markup() ? r.source() : XmlText.escapeText(r.source())).append("</source><target>")
                    .append(r.markup() ? r.target() : XmlText.escapeText(r.target())).append("</target></trans-unit>\n");
        }
        sb.append("</body></file>\n</xliff>\n");
        return sb.toString();
    }
}
