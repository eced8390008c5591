package org.l10nwb.okapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.testing.Shared;

/**
 * The XLIFF 2 reader over the OASIS test suites (2.1 and 2.2, core and modules): every file of a
 * {@code valid/} folder must be read, every file of an {@code invalid/} folder refused. The counts
 * per folder are printed. The files that still go the wrong way are listed below with the reason;
 * the test fails when one of them changes, so the list stays true.
 */
class Xliff2ConformanceTest {
    private static final Path SUITES = Shared.path("conformance/oasis-xliff-tc");

    /** Valid files the reader refuses, with why. */
    private static final Map<String, String> REFUSED_VALID = new TreeMap<>(Map.ofEntries(
            Map.entry("xliff-21/core/valid/sample1.xlf", "Okapi 1.47 takes a ref to an sm in the source for a dangling reference"),
            Map.entry("xliff-22/core/valid/sample1.xlf", "same as 2.1"),
            Map.entry("xliff-21/modules/valid/Good-ctr_appliesTo-using-ref-to-resolvableID.xlf",
                    "Okapi 1.47 does not resolve change-tracking references to ids of other elements"),
            Map.entry("xliff-21/modules/valid/Good-ctr_property-content-or-valid-attribute-ref.xlf", "same"),
            Map.entry("xliff-21/modules/valid/Good-ctr_ref-pointed-to-resolvableID.xlf", "same"),
            Map.entry("xliff-21/modules/valid/Good-ctr_revisions-using-ref-to-resolvableID.xlf", "same"),
            Map.entry("xliff-22/modules/valid/Good-ctr_appliesTo-using-ref-to-resolvableID.xlf", "same"),
            Map.entry("xliff-22/modules/valid/Good-ctr_property-content-or-valid-attribute-ref.xlf", "same"),
            Map.entry("xliff-22/modules/valid/Good-ctr_ref-pointed-to-resolvableID.xlf", "same"),
            Map.entry("xliff-22/modules/valid/Good-ctr_revisions-using-ref-to-resolvableID.xlf", "same"),
            Map.entry("xliff-22/core/valid/withNotes.xlf",
                    "2.2 allows <notes> in <xliff>; Okapi 1.47 validates the structure against the 2.0/2.1 schema"),
            Map.entry("xliff-22/modules/valid/Good-pgs_plural.xlf",
                    "upstream defect (SOURCES.md): prefix pgs undeclared, not namespace-well-formed"),
            Map.entry("xliff-22/modules/valid/Good-mda_top-level.xlf",
                    "upstream defect (SOURCES.md): <meta> in the core namespace")));

    /**
     * Invalid files the reader accepts, with why. (Okapi 1.47 leaves the size restriction module's
     * values, change tracking's property and resource data's href rule unchecked; the reader checks
     * them itself, {@code Xliff2ModuleRules}.)
     */
    private static final Map<String, String> ACCEPTED_INVALID = new TreeMap<>(Map.of(
            "xliff-21/modules/invalid/Bad-slr_sizeInfo-not-integer.xlf",
            "the suites contradict each other: core/valid/withModulesAttributesInEc.xlf has slr:sizeInfo=\"some info\","
                    + " also without a profile; sizeInfo is checked as a number under the specification's profiles only",
            "xliff-22/modules/invalid/Bad-slr_sizeInfo-not-integer.xlf", "same as 2.1"));

    /** The suites' own extra fragment-identifier prefixes ({@code core/valid/extra-prefixes.properties}). */
    private static Map<String, String> extraPrefixes(String version) throws IOException {
        Map<String, String> out = new LinkedHashMap<>(OkapiXliff2Reader.REGISTERED_PREFIXES);
        Path f = SUITES.resolve(version + "/test-suite/core/valid/extra-prefixes.properties");
        if (Files.exists(f)) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(f)) {
                p.load(r);
            }
            p.forEach((ns, prefix) -> out.put(ns.toString(), prefix.toString()));
        }
        return out;
    }

    @Test
    void everyValidFileIsReadAndEveryInvalidOneRefused() throws IOException {
        List<String> wrong = new ArrayList<>();
        Map<String, String> remaining = new TreeMap<>();
        for (String version : List.of("xliff-21", "xliff-22")) {
            for (String part : List.of("core", "modules")) {
                for (String kind : List.of("valid", "invalid")) {
                    // The valid files' extra prefixes are theirs: an invalid file uses one on purpose.
                    OkapiXliff2Reader reader = kind.equals("valid") ? new OkapiXliff2Reader(extraPrefixes(version))
                            : new OkapiXliff2Reader();
                    Path dir = SUITES.resolve(version + "/test-suite/" + part + "/" + kind);
                    int accepted = 0;
                    int rejected = 0;
                    List<Path> files;
                    try (Stream<Path> s = Files.list(dir)) {
                        files = s.filter(p -> p.toString().endsWith(".xlf")).sorted().toList();
                    }
                    for (Path f : files) {
                        String key = version + "/" + part + "/" + kind + "/" + f.getFileName();
                        String refusal = null;
                        try {
                            XliffDocument doc = reader.read(f, Files.readAllBytes(f));
                            assertFalse(doc.files().isEmpty(), key);
                            accepted++;
                        } catch (WorkbenchException e) {
                            refusal = e.getMessage();
                            rejected++;
                            assertTrue(e.getMessage().startsWith(f.toString()), "the message names the file: " + e.getMessage());
                            assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
                        }
                        boolean ok = kind.equals("valid") ? refusal == null : refusal != null;
                        String known = kind.equals("valid") ? REFUSED_VALID.get(key) : ACCEPTED_INVALID.get(key);
                        if (!ok) {
                            remaining.put(key, known != null ? known : String.valueOf(refusal));
                            if (known == null) {
                                wrong.add(key + (refusal == null ? " accepted" : " refused: " + refusal));
                            }
                        } else if (known != null) {
                            wrong.add(key + " is listed as going the wrong way but now goes right: take it off the list");
                        }
                    }
                    System.out.printf("XLIFF 2 conformance %s/%s/%s: %d files, accepted %d, rejected %d (%s)%n", version,
                            part, kind, files.size(), accepted, rejected,
                            kind.equals("valid") ? percent(accepted, files.size()) + " accepted"
                                    : percent(rejected, files.size()) + " rejected");
                }
            }
        }
        remaining.forEach((k, why) -> System.out.println("XLIFF 2 conformance, still wrong: " + k + ": " + why));
        assertEquals(List.of(), wrong);
    }

    private static String percent(int n, int of) {
        return of == 0 ? "-" : String.format("%.1f %%", 100.0 * n / of);
    }
}
