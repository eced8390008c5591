package org.l10nwb.core.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.l10nwb.core.Paths2;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;

/**
 * The project's boundary: every path the workbench reads or writes for a project is resolved
 * here, and must stay inside the project folder, symbolic links followed. A link that leads out
 * (a source document pointing at a system file, a locale folder pointing elsewhere) is refused
 * unless the project opts in with {@value #ALLOW_OUTSIDE} {@code = true}, so that a CI job running
 * on a stranger's pull request can neither leak a file of its machine into an XLIFF nor write
 * outside its checkout.
 *
 * <p>Only the part of a path that exists is resolved ({@link Path#toRealPath}); the rest is
 * appended lexically, since a file about to be created has no real path yet. Paths the user
 * gives explicitly for output are not the project's and do not come here.
 */
public final class ProjectPaths {
    /** The setting that lets a project's links lead outside it. */
    public static final String ALLOW_OUTSIDE = "paths.allow-outside";

    private final Path root;
    private final Path realRoot;
    private final boolean allowOutside;

    /** @param root the project folder, which must exist */
    public ProjectPaths(Path root, boolean allowOutside) {
        this.root = root.toAbsolutePath().normalize();
        this.allowOutside = allowOutside;
        try {
            this.realRoot = this.root.toRealPath();
        } catch (IOException e) {
            throw WorkbenchException.inFile(Paths2.forDisplay(root), "cannot resolve: " + AtomicFiles.reason(e));
        }
    }

    public Path root() {
        return root;
    }

    /** A project-relative path, resolved and checked (see {@link #inside}). */
    public Path resolve(String relative) {
        Path given = Path.of(relative);
        Path p = root.resolve(given).normalize();
        if (given.isAbsolute() || !p.startsWith(root)) {
            if (!allowOutside) {
                throw WorkbenchException.inFile(Paths2.forDisplay(p), "is outside the project" + optIn());
            }
            return p;
        }
        return inside(p);
    }

    /**
     * {@code path} itself (absolute, normalised), once it is known to stay inside the project with
     * every symbolic link of its existing part followed; otherwise a user error naming it.
     */
    public Path inside(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (allowOutside) {
            return p;
        }
        Path real = realPath(p);
        if (!real.startsWith(realRoot)) {
            throw WorkbenchException.inFile(Paths2.forDisplay(p), "leads outside the project (to "
                    + Paths2.display(real) + ")" + optIn());
        }
        return p;
    }

    /**
     * The real path of {@code p}: its longest existing part with links followed, the rest
     * appended. A link to nothing is refused, since writing through it would create its target.
     */
    static Path realPath(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            Path real = existing.toRealPath();
            return real.resolve(existing.relativize(p).toString()).normalize();
        } catch (NoSuchFileException e) {
            throw WorkbenchException.inFile(Paths2.forDisplay(existing), "is a symbolic link to nothing");
        } catch (IOException e) {
            throw WorkbenchException.inFile(Paths2.forDisplay(existing), "cannot resolve: " + AtomicFiles.reason(e));
        }
    }

    private static String optIn() {
        return "; set " + ALLOW_OUTSIDE + " = true in " + ProjectConfig.FILE_NAME + " to allow it";
    }

    /**
     * A name given for a file of the project (a document's name): one path segment, so that it
     * cannot walk out of the folder it is meant for. Answers it, or a user error saying which
     * {@code what} was wrong.
     */
    public static String requireName(String what, String name) {
        if (name.isBlank() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
                || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0 || name.contains("..")) {
            throw new WorkbenchException(what + " '" + name.replace("\0", "\\0")
                    + "' must be a plain name, without path separators or '..'");
        }
        return name;
    }
}
