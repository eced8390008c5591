package org.l10nwb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.l10nwb.core.model.Note;
import org.l10nwb.core.model.TargetState;
import org.l10nwb.core.model.TransUnit;
import org.l10nwb.core.review.SignOffLog;
import org.l10nwb.cli.team.Git;
import org.l10nwb.core.team.XliffMerge;
import org.l10nwb.core.testing.Shared;
import org.l10nwb.core.tmx.TmxReader;
import org.l10nwb.core.tmx.TmxUnit;
import org.l10nwb.core.xliff.XliffReader;

/**
 * Two translators on two clones of one bare repository (real git), each translating, confirming
 * and signing off in their own shell, then {@code workbench sync}: the merge drivers merge the
 * XLIFF file per unit, the confirmed memory by union and the sign-off logs by union.
 */
class TeamMergeTest {
    private static final Path ROOT = Shared.projectRoot();

    @TempDir
    Path dir;

    private static final String A_11 = "Люди погибли.";
    private static final String B_9 = "Она сможет повернуться к Европе.";
    private static final String A_7 = "Так Алиев и урегулировал конфликт на своих условиях.";
    private static final String B_7 = "И Алиев урегулировал конфликт на собственных условиях.";

    @Test
    void twoClonesConfirmDifferentAndTheSameUnitsAndSyncWithoutConflicts() throws IOException {
        Path seed = Shared.copyProjectBeforeReview(dir.resolve("seed"));
        Files.createDirectories(seed.resolve("memory"));
        for (String l : List.of("ka", "ru", "az")) {
            Files.copy(ROOT.resolve("memory/confirmed-" + l + ".tmx"), seed.resolve("memory/confirmed-" + l + ".tmx"));
        }
        Files.writeString(seed.resolve(".gitignore"), ".workbench/\n.*.lock\n.*.tmp\n.*.commit\n/review/\n");
        Git g = new Git(seed);
        g.ok("init", "-q", "-b", "main");
        identity(g, "seed");
        Cli.Result setup = Cli.run("--project", seed.toString(), "team", "setup");
        assertEquals(0, setup.exit(), setup.toString());
        assertTrue(setup.out().contains("merge drivers set up"), setup.toString());
        assertTrue(Files.readString(seed.resolve(".gitattributes")).contains("*.xlf merge=workbench-xliff"));
        Cli.Result again = Cli.run("--project", seed.toString(), "team", "setup");
        assertTrue(again.out().contains("merge drivers already set up"), again.toString());
        g.ok("add", "-A");
        g.ok("commit", "-q", "-m", "The project");
        Path bare = dir.resolve("shared.git");
        new Git(dir).ok("clone", "-q", "--bare", seed.toString(), bare.toString());
        Path a = clone(bare, "a");
        Path b = clone(bare, "b");

        Cli.Result ra = session(a, "open ru", "goto 11:3", "t " + A_11, "confirm", "goto 7:3", "t " + A_7, "confirm",
                "close", "review open ru", "goto 2", "approve");
        assertTrue(ra.out().contains("confirmed unit 7 (saved)") && ra.out().contains("signed off unit 2"), ra.toString());
        Cli.Result rb = session(b, "open ru", "goto 9:3", "t " + B_9, "confirm", "goto 7:3", "t " + B_7, "confirm",
                "close", "review open ru", "goto 4", "approve");
        assertTrue(rb.out().contains("confirmed unit 7 (saved)") && rb.out().contains("signed off unit 4"), rb.toString());

        Cli.Result syncA = Cli.run("--project", a.toString(), "sync");
        assertEquals(0, syncA.exit(), syncA.toString());
        assertTrue(syncA.out().contains("committed ") && syncA.out().contains("pushed"), syncA.toString());

        Cli.Result syncB = Cli.run("--project", b.toString(), "sync");
        assertEquals(0, syncB.exit(), syncB.toString());
        assertTrue(syncB.out().contains("pulled 1 commit,"), syncB.toString());
        assertTrue(syncB.out().contains("merged locales/ru/article.xlf: 2 units taken from theirs, 1 unit changed on both"
                + " sides (7: kept ours;"), syncB.toString());
        assertTrue(syncB.out().contains("merged memory/confirmed-ru.tmx: 4 confirmed segments added from theirs, 0 replaced by a newer one, 12 in all"),
                syncB.toString());
        assertTrue(syncB.out().contains("merged locales/ru/article.signoff.json: 1 sign-off from theirs, 2 in all"),
                syncB.toString());
        assertTrue(syncB.out().contains("pushed"), syncB.toString());

        Cli.Result syncA2 = Cli.run("--project", a.toString(), "sync");
        assertEquals(0, syncA2.exit(), syncA2.toString());
        assertTrue(syncA2.out().contains("pulled 2 commits,"), syncA2.toString());
        assertEquals(new Git(a).ok("rev-parse", "HEAD"), new Git(b).ok("rev-parse", "HEAD"), "both clones at one commit");
        assertTrue(new Git(b).ok("status", "--porcelain").isBlank(), "nothing left uncommitted");

        for (Path clone : List.of(a, b)) {
            noConflictMarkers(clone);
            Path ru = clone.resolve("locales/ru/article.xlf");
            assertEquals(A_11, unit(ru, "11").targetSegment("3").plainText());
            assertEquals(B_9, unit(ru, "9").targetSegment("3").plainText());
            TransUnit clash = unit(ru, "7");
            assertEquals(B_7, clash.targetSegment("3").plainText(), "the clash keeps the merging side's (ours)");
            assertEquals(TargetState.NEEDS_REVIEW_TRANSLATION, clash.state());
            Note note = clash.notes().get(clash.notes().size() - 1);
            assertEquals(XliffMerge.NOTE_FROM, note.from());
            assertTrue(note.text().contains(A_7), note.text());
            // the other version as an XLIFF 1.2 alternative translation of the unit, with the same note
            String xliff = Files.readString(ru);
            java.util.regex.Matcher u7 = java.util.regex.Pattern.compile("(?s)<trans-unit id=\"7\"[^>]*>(.*?)</trans-unit>")
                    .matcher(xliff);
            assertTrue(u7.find(), xliff);
            java.util.regex.Matcher alt = java.util.regex.Pattern.compile(
                    "(?s)<alt-trans origin=\"merge\" alttranstype=\"proposal\">\\s*<target[^>]*>(.*?)</target>\\s*"
                    + "<note from=\"merge\">([^<]*)</note>\\s*</alt-trans>").matcher(u7.group(1));
            assertTrue(alt.find(), u7.group(1));
            assertTrue(alt.group(1).contains(A_7), alt.group(1));
            assertEquals(note.text(), alt.group(2).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"));
            assertFalse(alt.find(), "recorded once: " + u7.group(1));
            assertEquals(1, xliff.split("<alt-trans", -1).length - 1, "no other unit has an alternative");
            List<String> origins = new TmxReader().readAll(clone.resolve("memory/confirmed-ru.tmx")).units().stream()
                    .map(u -> u.prop("x-origin")).toList();
            for (String o : List.of("locales/ru/article.xlf#11:3", "locales/ru/article.xlf#9:3",
                    "locales/ru/article.xlf#7:3")) {
                assertEquals(1, origins.stream().filter(o::equals).count(), o + " in " + origins);
            }
            for (String o : origins) {
                assertEquals(1, origins.stream().filter(o::equals).count(), o + " once in " + origins);
            }
            List<TmxUnit> units = new TmxReader().readAll(clone.resolve("memory/confirmed-ru.tmx")).units();
            List<String> sources = units.stream().map(u -> u.variants().get(0).segment().plainText()).toList();
            assertEquals(sources.stream().sorted().toList(), sources, "the confirmed memory is sorted by source");
            SignOffLog log = SignOffLog.of(ru);
            assertTrue(log.get("2") != null && log.get("4") != null, "both sign-offs kept");

            Cli.Result check = Cli.run("--project", clone.toString(), "check");
            assertEquals(0, check.exit(), check.toString());
            Cli.Result build = Cli.run("--project", clone.toString(), "build");
            assertEquals(0, build.exit(), build.toString());
        }
    }

    @Test
    void syncRefusesWhenFilesTheWorkbenchDidNotChangeAreUncommitted() throws IOException {
        Path project = Shared.copyProjectBeforeReview(dir.resolve("p"));
        Git g = new Git(project);
        g.ok("init", "-q", "-b", "main");
        identity(g, "p");
        g.ok("add", "-A");
        g.ok("commit", "-q", "-m", "The project");
        Files.writeString(project.resolve("workbench.properties"), "\n# edited\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Cli.Result r = Cli.run("--project", project.toString(), "sync");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("uncommitted changes the workbench did not make: workbench.properties"), r.toString());
    }

    private Path clone(Path bare, String name) {
        Path c = dir.resolve(name);
        new Git(dir).ok("clone", "-q", bare.toString(), c.toString());
        Git g = new Git(c);
        identity(g, name);
        Cli.Result r = Cli.run("--project", c.toString(), "team", "setup");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("git config updated") && r.out().contains(".gitattributes unchanged"), r.toString());
        return c;
    }

    private static void identity(Git g, String name) {
        g.ok("config", "user.name", "Translator " + name);
        g.ok("config", "user.email", name + "@example.org");
    }

    private Cli.Result session(Path project, String... lines) throws IOException {
        Path file = dir.resolve("session-" + project.getFileName() + ".txt");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return Cli.run("--project", project.toString(), "script", file.toString());
    }

    private static TransUnit unit(Path xliff, String id) {
        return new XliffReader().read(xliff).units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
    }

    private static void noConflictMarkers(Path clone) throws IOException {
        try (Stream<Path> files = Files.walk(clone)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/.git/")).toList()) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("<<<<<<<") || text.contains(">>>>>>>"), "conflict markers in " + f);
            }
        }
    }
}
