package org.l10nwb.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.l10nwb.core.WorkbenchException;

/**
 * Writes several files as one change: after a crash at any moment they are all old or all new.
 * An XLIFF file and the sign-off log that records what was signed off in it are written this way.
 *
 * <p>A rename is atomic for one file only, so several files need a commit record, the classic
 * redo journal: every new content is first staged beside its file and forced to disk; then the
 * journal ({@code .article.xlf.commit}, beside the first file), listing each staged file and its
 * target, is written atomically: that rename is the commit point. Only then are the staged files
 * renamed over their targets, and the journal removed. A crash before the commit point leaves the
 * old files (and hidden staged ones that nothing reads); a crash after it is finished by
 * {@link #recover}, which whoever next takes the file's lock runs before reading. Written by hand
 * because no small library does this for plain files; databases do it inside their own storage.
 *
 * <p>One file alone needs no journal: it is written with {@link AtomicFiles#write}.
 */
public final class FileCommit {
    /**
     * Watches a commit's progress: the crash tests' way to stop a process at a chosen point
     * ({@code Runtime.halt}, as a {@code kill -9} would). Only code of this package can set it.
     */
    interface Observer {
        /** The new contents are staged; the commit record is about to be written. */
        default void staged() {
        }

        /** {@code target} has its new content. */
        void installed(Path target);

        Observer NONE = target -> { };
    }

    /** Where the crash tests stop a process; nothing in the workbench sets it. */
    static volatile Observer observer = Observer.NONE;

    private FileCommit() {
    }

    /** The journal of a change anchored at {@code anchor} (the first file of the change). */
    public static Path journal(Path anchor) {
        return anchor.resolveSibling("." + anchor.getFileName() + ".commit");
    }

    /**
     * Writes every file of {@code writes} (new content by path, installed in that order) as one
     * change. The caller holds the lock of the first file.
     */
    public static void commit(Map<Path, byte[]> writes) {
        if (writes.isEmpty()) {
            return;
        }
        if (writes.size() == 1) {
            Map.Entry<Path, byte[]> only = writes.entrySet().iterator().next();
            AtomicFiles.write(only.getKey(), only.getValue());
            observer.installed(only.getKey());
            return;
        }
        Path anchor = writes.keySet().iterator().next();
        Path dir = anchor.toAbsolutePath().getParent();
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> w : writes.entrySet()) {
                byte[] bytes = w.getValue();
                staged.put(w.getKey(), AtomicFiles.stage(w.getKey(), out -> out.write(bytes)));
            }
            observer.staged();
            StringBuilder record = new StringBuilder("workbench commit 1\n");
            for (Map.Entry<Path, Path> s : staged.entrySet()) {
                record.append(relative(dir, s.getValue())).append('\t').append(relative(dir, s.getKey())).append('\n');
            }
            AtomicFiles.write(journal(anchor), record.toString().getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException beforeCommitPoint) {
            staged.values().forEach(FileCommit::deleteQuietly);
            throw beforeCommitPoint;
        }
        finish(anchor, staged);
    }

    /**
     * Finishes a change that a crash interrupted after its commit point, if there is one: every
     * staged file still there is installed, then the journal is removed. The caller holds the
     * lock of {@code anchor}.
     */
    public static void recover(Path anchor) {
        Path journal = journal(anchor);
        if (!Files.exists(journal)) {
            return;
        }
        Path dir = anchor.toAbsolutePath().getParent();
        Map<Path, Path> staged = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw WorkbenchException.inFile(journal, "cannot read the record of an interrupted change: "
                    + AtomicFiles.reason(e));
        }
        if (lines.isEmpty() || !lines.get(0).equals("workbench commit 1")) {
            throw WorkbenchException.inFile(journal, "is not the record of a change this workbench made; remove it"
                    + " after checking the files it names");
        }
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw WorkbenchException.inFile(journal, "damaged line '" + line + "'");
            }
            staged.put(dir.resolve(line.substring(tab + 1)), dir.resolve(line.substring(0, tab)));
        }
        finish(anchor, staged);
    }

    /** Whether a change anchored at {@code anchor} was interrupted after its commit point. */
    public static boolean interrupted(Path anchor) {
        return Files.exists(journal(anchor));
    }

    private static void finish(Path anchor, Map<Path, Path> staged) {
        try {
            for (Map.Entry<Path, Path> s : staged.entrySet()) {
                if (Files.exists(s.getValue())) {
                    AtomicFiles.move(s.getValue(), s.getKey());
                }
                observer.installed(s.getKey());
            }
            AtomicFiles.forceDirectory(anchor.toAbsolutePath().getParent());
            Files.delete(journal(anchor));
            AtomicFiles.forceDirectory(anchor.toAbsolutePath().getParent());
        } catch (IOException e) {
            // Past the commit point the change stands: the journal stays, and the next holder of
            // the lock finishes it.
            throw WorkbenchException.inFile(anchor, "the change was recorded but not finished (" + AtomicFiles.reason(e)
                    + "); it is finished the next time the file is opened for writing");
        }
    }

    private static String relative(Path dir, Path p) {
        return dir.relativize(p.toAbsolutePath()).toString().replace('\\', '/');
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a hidden staged file that nothing reads; the failure being reported matters more
        }
    }
}
