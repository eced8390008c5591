package org.l10nwb.core.candidates;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.l10nwb.core.glossary.DelimitedImporter;

/**
 * Name candidates as a CSV table that glossary import reads ({@link DelimitedImporter}): columns
 * {@code id}, the source language (the name), {@code <source>:pos} ({@code properNoun}),
 * {@code count}, {@code context}, then one column per target language with the aligned words,
 * where translations exist. An editor deletes the rows that are no names, corrects the targets and
 * imports the rest.
 */
public final class CandidateTable {
    private CandidateTable() {
    }

    /**
     * @param aligned per target language, candidate text → the aligned target words (absent: none)
     */
    public static String csv(String sourceLanguage, List<NameCandidates.Candidate> candidates,
            Map<String, Map<String, String>> aligned) {
        StringWriter out = new StringWriter();
        List<String> header = new ArrayList<>(List.of("id", sourceLanguage, sourceLanguage + ":pos", "count", "context"));
        header.addAll(aligned.keySet());
        Set<String> ids = new HashSet<>();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(header);
            for (NameCandidates.Candidate c : candidates) {
                String id = DelimitedImporter.slug(c.text());
                for (int n = 2; !ids.add(id); n++) {
                    id = DelimitedImporter.slug(c.text()) + "-" + n;
                }
                List<String> row = new ArrayList<>(List.of(id, c.text(), "properNoun", Integer.toString(c.count()),
                        c.context()));
                for (Map<String, String> byName : aligned.values()) {
                    row.add(byName.getOrDefault(c.text(), ""));
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
