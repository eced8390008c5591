package org.l10nwb.core.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.xliff.XliffReader;

/** Accepted findings: suppressed while the text is the same, back when it changes. */
class SuppressionsTest {
    @TempDir
    Path dir;

    private Path xliff(String target) throws IOException {
        Path f = dir.resolve("article.xlf");
        Files.writeString(f, "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n<file original=\"a\""
                + " datatype=\"plaintext\" source-language=\"en\" target-language=\"ru\"><body>\n<trans-unit id=\"5\">"
                + "<source>In 2019. In 2020.</source><seg-source><mrk mtype=\"seg\" mid=\"1\">In 2019.</mrk>"
                + " <mrk mtype=\"seg\" mid=\"2\">In 2020.</mrk></seg-source>\n<target><mrk mtype=\"seg\" mid=\"1\">В 2019 году.</mrk>"
                + " <mrk mtype=\"seg\" mid=\"2\">" + target + "</mrk></target></trans-unit>\n</body></file></xliff>\n",
                StandardCharsets.UTF_8);
        return f;
    }

    private static Suppressions.Applied check(Path f) {
        XliffDocument d = new XliffReader().read(f);
        CheckResult r = new CheckService(new Glossary(List.of(), "en", List.of()), new Languages(List.of()),
                CheckConfig.defaults()).check(List.of(f), List.of(d));
        return Suppressions.forFiles(List.of(f)).apply(r, List.of(f), List.of(d));
    }

    private void suppress(Path f, String place, String rule) throws IOException {
        TransUnit u = new XliffReader().read(f).units().get(0);
        String segment = place.contains(":") ? place.substring(place.indexOf(':') + 1) : null;
        Suppressions.Suppression s = new Suppressions.Suppression(f.getFileName().toString(), place, rule,
                Suppressions.fingerprint(u, segment), "the author changed the year", null);
        Files.write(Suppressions.fileFor(f), Suppressions.write(List.of(s)));
    }

    @Test
    void aSuppressedFindingStaysSuppressedAndComesBackWhenTheTextChanges() throws IOException {
        Path f = xliff("В 2021 году.");
        assertEquals(List.of("error number-mismatch 5:2"), ids(check(f).result().findings()));
        suppress(f, "5:2", "number-mismatch");
        Suppressions.Applied a = check(f);
        assertEquals(List.of(), a.result().findings());
        assertEquals(List.of("error number-mismatch 5:2"), ids(a.result().suppressed().stream().map(Suppressions.Suppressed::finding).toList()));
        assertEquals("the author changed the year", a.result().suppressed().get(0).by().reason());
        assertEquals(List.of(), a.stale());
        assertTrue(!a.result().failsAt(Severity.WARNING), "suppressed findings do not fail a check");

        xliff("В 2022 году.");
        Suppressions.Applied changed = check(f);
        assertEquals(List.of("error number-mismatch 5:2"), ids(changed.result().findings()), "an edited target brings it back");
        assertEquals(1, changed.stale().size());
        assertEquals(2, changed.stale().get(0).position().line(), "the stale line of suppressions.tsv");
    }

    @Test
    void aSuppressionCoversOnlyItsCheckAndPlace() throws IOException {
        Path f = xliff("В 2021 году");
        assertEquals(List.of("error number-mismatch 5:2", "warning punctuation-end 5:2"), ids(check(f).result().findings()));
        suppress(f, "5:2", "punctuation-end");
        assertEquals(List.of("error number-mismatch 5:2"), ids(check(f).result().findings()));
        suppress(f, "5:1", "number-mismatch");
        Suppressions.Applied a = check(f);
        assertEquals(2, a.result().findings().size());
        assertEquals(1, a.stale().size(), "nothing to suppress at 5:1");
    }

    @Test
    void theFingerprintIsOfTheSegmentsSourceAndTarget() throws IOException {
        TransUnit u = new XliffReader().read(xliff("В 2021 году.")).units().get(0);
        TransUnit v = new XliffReader().read(xliff("В 2022 году.")).units().get(0);
        assertEquals(Suppressions.fingerprint(u, "1"), Suppressions.fingerprint(v, "1"));
        assertNotEquals(Suppressions.fingerprint(u, "2"), Suppressions.fingerprint(v, "2"));
        assertNotEquals(Suppressions.fingerprint(u, null), Suppressions.fingerprint(v, null));
        assertTrue(Suppressions.fingerprint(u, "2").matches("[0-9a-f]{16}"));
    }

    @Test
    void aLineThatIsNotASuppressionIsAnErrorAtItsLine() throws IOException {
        Path s = dir.resolve(Suppressions.FILE_NAME);
        for (String[] c : new String[][] {
                {"article.xlf\t5:2\tnumber-mismatch\tabc\n", "expected five tab-separated columns"},
                {"article.xlf\t5:2\tnumber-mismatch\tabc\t \n", "a suppression needs a reason"},
                {"article.xlf\t5:2\tnumbers\tabc\twhy\n", "no check is called 'numbers'"}}) {
            Files.writeString(s, "# header\n" + c[0], StandardCharsets.UTF_8);
            WorkbenchException e = assertThrows(WorkbenchException.class, () -> Suppressions.read(s));
            assertTrue(e.getMessage().contains(c[1]) && e.getMessage().contains("suppressions.tsv:2"), e.getMessage());
        }
    }

    private static List<String> ids(List<Finding> findings) {
        return findings.stream().map(f -> f.severity().label() + " " + f.rule().id() + " " + f.place()).toList();
    }
}
