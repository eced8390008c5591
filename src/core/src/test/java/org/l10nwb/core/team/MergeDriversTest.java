package org.l10nwb.core.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.memory.ConfirmedMerge;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.SignOffLog;
import org.l10nwb.core.review.SignOffMerge;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.xliff.XliffReader;

/** The three merges on versions of this project's own files. */
class MergeDriversTest {
    private static final Path ROOT = Shared.projectRoot();

    @TempDir
    Path dir;

    @Test
    void theConfirmedMemoryIsTheUnionWithTheNewestChangeWinningAndSorted() throws IOException {
        String base = Files.readString(ROOT.resolve("memory/confirmed-ru.tmx"));
        String first = base.substring(base.indexOf("<tu "), base.indexOf("</tu>") + 5);
        String newer = first.replaceAll("changedate=\"\\d+T\\d+Z\"", "changedate=\"20301231T000000Z\"")
                .replaceFirst("(<tuv xml:lang=\"ru\">\\s*<seg>)[^<]*", "$1Новее.");
        String added = first.replaceAll("#\\d+:\\d+<", "#99:1<").replaceFirst("(<tuv xml:lang=\"en\">\\s*<seg>)[^<]*",
                "$1Aaa first by source.");
        Path o = write("base.tmx", base);
        Path a = write("ours.tmx", base.replace("  </body>", "    " + added + "\n  </body>"));
        Path b = write("theirs.tmx", base.replace(first, newer));
        ConfirmedMerge.Result r = ConfirmedMerge.merge(o, a, b);
        assertEquals(1, r.newerTheirs());
        assertEquals(0, r.fromTheirs());
        Path merged = write("merged.tmx", new String(r.bytes(), StandardCharsets.UTF_8));
        List<TmxUnit> units = new TmxReader().readAll(merged).units();
        assertEquals(r.units(), units.size());
        assertEquals("Aaa first by source.", units.get(0).variants().get(0).segment().plainText(), "sorted by source");
        assertTrue(units.stream().anyMatch(u -> u.variants().get(1).segment().plainText().equals("Новее.")));
        ConfirmedMerge.Result same = ConfirmedMerge.merge(o, merged, merged);
        assertEquals(new String(r.bytes(), StandardCharsets.UTF_8), new String(same.bytes(), StandardCharsets.UTF_8),
                "merging again changes nothing: the order is stable");
    }

    @Test
    void signOffsAreUnitedAndTheLaterOneWinsForTheSameUnit() throws IOException {
        String log = Files.readString(ROOT.resolve("locales/ru/article.signoff.json"));
        Path o = write("base.json", "");
        Path a = write("ours.json", log);
        Path b = write("theirs.json", log.replaceFirst("\"by\" : \"Editorial desk\",\\s*\"at\" : \"[^\"]+\"",
                "\"by\" : \"Baku desk\",\n      \"at\" : \"2030-01-01T00:00:00Z\""));
        SignOffMerge.Result r = SignOffMerge.merge(o, a, b);
        assertEquals(1, r.fromTheirs());
        Path merged = write("merged.signoff.json", new String(r.bytes(), StandardCharsets.UTF_8));
        assertEquals("Baku desk", SignOffLog.read(merged).get("1").by());
        assertEquals("Editorial desk", SignOffLog.read(merged).get("2").by());
    }

    @Test
    void aUnitChangedOnBothSidesKeepsTheOneWithTheLaterNoteAndRecordsTheOther() throws IOException {
        byte[] base = Files.readAllBytes(ROOT.resolve("locales/ru/article.xlf"));
        String text = new String(base, StandardCharsets.UTF_8);
        String ours = text.replace("Погибли люди.", "Люди погибли.");
        String theirs = text.replace("Погибли люди.", "Погибли люди, много людей.").replace(
                "Погибли люди, много людей.</mrk> <mrk mid=\"4\"", "Погибли люди, много людей.</mrk> <mrk mid=\"4\"")
                .replaceFirst("(<trans-unit id=\"11\"[^>]*>)", "$1\n    <note from=\"Baku\">fixed [2030-01-01 10:00 UTC]</note>");
        XliffMerge.Result r = new XliffMerge(OffsetDateTime.parse("2026-12-01T12:00:00Z")).merge(Path.of("ru.xlf"), base,
                ours.getBytes(StandardCharsets.UTF_8), theirs.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new XliffMerge.Clash("11", false)), r.clashes(), "theirs has the later note");
        TransUnit u = new XliffReader().read(Path.of("merged.xlf"), r.bytes()).units().stream()
                .filter(x -> x.id().equals("11")).findFirst().orElseThrow();
        assertEquals("Погибли люди, много людей.", u.targetSegment("3").plainText());
        assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, u.state());
        assertTrue(u.notes().get(u.notes().size() - 1).text().startsWith("also translated as (ours, signed-off): "),
                u.notes().toString());
        assertTrue(u.notes().get(u.notes().size() - 1).text().contains("Люди погибли."));
        String merged = new String(r.bytes(), StandardCharsets.UTF_8);
        String unit11 = merged.substring(merged.indexOf("<trans-unit id=\"11\""));
        unit11 = unit11.substring(0, unit11.indexOf("</trans-unit>"));
        assertTrue(unit11.matches("(?s).*<alt-trans origin=\"merge\" alttranstype=\"proposal\">\\s*<target state=\"signed-off\">"
                + ".*Люди погибли\\..*</target>\\s*<note from=\"merge\">also translated as \\(ours, signed-off\\): .*"), unit11);

        // a later merge that touches other units keeps the alternative, once
        byte[] next = merged.replace("Погибли люди, много людей.", "Погибли люди, много людей!").getBytes(StandardCharsets.UTF_8);
        XliffMerge.Result again = new XliffMerge(OffsetDateTime.parse("2026-12-02T12:00:00Z")).merge(Path.of("ru.xlf"),
                r.bytes(), next, r.bytes());
        String twice = new String(again.bytes(), StandardCharsets.UTF_8);
        assertEquals(1, twice.split("<alt-trans", -1).length - 1, twice);
        assertTrue(twice.contains("Погибли люди, много людей!"));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
