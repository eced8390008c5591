package org.l10nwb.cli.team;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.LockedUpdate;
import org.l10nwb.core.io.TextFiles;
import org.l10nwb.core.memory.ConfirmedMerge;
import org.l10nwb.core.review.SignOffMerge;
import org.l10nwb.core.team.XliffMerge;

/**
 * {@code merge-driver xliff|tmx|signoff BASE OURS THEIRS PATH}: what git runs to merge one of
 * the workbench's files ({@code workbench team setup} installs it as {@code %O %A %B %P}). The
 * merged file replaces OURS and the exit code is 0; a version that cannot be read gives exit 1,
 * OURS untouched, and git reports the file as conflicted.
 *
 * <p>Run before the application context starts (and left out of the help): git starts it once per
 * file both sides changed, so it must start fast.
 */
public final class MergeDriver {
    private MergeDriver() {
    }

    /** Runs the driver with its arguments (after {@code merge-driver}); answers the exit code. */
    public static int run(List<String> args, PrintWriter err) {
        if (args.size() != 5) {
            err.println("workbench: usage: merge-driver xliff|tmx|signoff BASE OURS THEIRS PATH");
            return 2; // ExitStatus.USAGE (this package does not depend on the application's)
        }
        String kind = args.get(0);
        Path base = Path.of(args.get(1));
        Path ours = Path.of(args.get(2));
        Path theirs = Path.of(args.get(3));
        String path = args.get(4);
        try {
            String report = switch (kind) {
                case "xliff" -> xliff(base, ours, theirs, path);
                case "tmx" -> tmx(base, ours, theirs);
                case "signoff" -> signOff(base, ours, theirs);
                default -> throw new WorkbenchException("merge-driver: unknown kind '" + kind + "' (xliff, tmx or signoff)");
            };
            err.println(Sync.REPORT_PREFIX + path + ": " + report);
            return 0;
        } catch (WorkbenchException e) {
            err.println("workbench: " + path + ": cannot merge: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("workbench: " + path + ": cannot merge (internal error): " + e);
            return 1;
        }
    }

    private static String xliff(Path base, Path ours, Path theirs, String path) {
        XliffMerge.Result r = new XliffMerge(OffsetDateTime.now()).merge(Path.of(path), TextFiles.readBytes(base),
                TextFiles.readBytes(ours), TextFiles.readBytes(theirs));
        write(ours, r.bytes());
        String clashes = r.clashes().isEmpty() ? "no unit changed on both sides"
                : r.clashes().size() + " unit" + (r.clashes().size() == 1 ? "" : "s") + " changed on both sides ("
                        + r.clashes().stream().map(c -> c.unitId() + ": kept " + (c.keptOurs() ? "ours" : "theirs"))
                                .collect(Collectors.joining(", "))
                        + "; the other translation is in a note, the unit needs review)";
        return r.fromTheirs() + " unit" + (r.fromTheirs() == 1 ? "" : "s") + " taken from theirs, " + clashes;
    }

    private static String tmx(Path base, Path ours, Path theirs) {
        ConfirmedMerge.Result r = ConfirmedMerge.merge(base, ours, theirs);
        write(ours, r.bytes());
        return r.fromTheirs() + " confirmed segment" + (r.fromTheirs() == 1 ? "" : "s") + " added from theirs, "
                + r.newerTheirs() + " replaced by a newer one, " + r.units() + " in all";
    }

    private static String signOff(Path base, Path ours, Path theirs) {
        SignOffMerge.Result r = SignOffMerge.merge(base, ours, theirs);
        write(ours, r.bytes());
        return r.fromTheirs() + " sign-off" + (r.fromTheirs() == 1 ? "" : "s") + " from theirs, " + r.units() + " in all";
    }

    private static void write(Path file, byte[] bytes) {
        LockedUpdate.apply(file, writes -> {
            writes.put(file, bytes);
            return null;
        });
    }
}
