package org.l10nwb.cli.team;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.project.Project;

/**
 * One synchronisation of a clone with its upstream, in steps the caller runs in order:
 * {@link #commitOwnWork} (the workbench's own uncommitted changes are committed; any other
 * uncommitted change stops everything, since a merge must not mix with the user's unfinished
 * work), {@link #pull} (fetch, then a merge through the drivers; a conflict the drivers cannot
 * resolve is aborted, leaving the clone as it was), and {@link #push} once the merged project has
 * been checked.
 */
public final class Sync {
    /** Lines a merge driver prints to say what it merged start with this. */
    public static final String REPORT_PREFIX = "merged ";

    /** What a pull brought: the upstream's commits merged, the drivers' reports, and files changed. */
    public record Pulled(int commits, List<String> merges, List<String> files) {
    }

    private final Project project;
    private final Git git;

    public Sync(Project project) {
        this.project = project;
        this.git = new Git(project.root());
        if (!git.isRepository()) {
            throw new WorkbenchException("the project is not a git repository");
        }
    }

    /**
     * Commits the changes the workbench makes (XLIFF files, sign-off logs, the confirmed memory,
     * the editions); how many files. Any other uncommitted change to a tracked file is refused.
     */
    public int commitOwnWork(String message) {
        Set<String> ours = workbenchFiles();
        List<String> mine = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Path top = top();
        Path root = realRoot();
        for (String line : git.ok("status", "--porcelain=v1", "--untracked-files=all", "--", ".").lines().toList()) {
            if (line.length() < 4) {
                continue;
            }
            String path = line.substring(3);
            boolean untracked = line.startsWith("??");
            String relative = root.relativize(top.resolve(path).normalize()).toString().replace('\\', '/');
            if (ours.contains(relative) || isWorkbenchFile(relative)) {
                mine.add(path);
            } else if (!untracked) {
                others.add(relative);
            }
        }
        if (!others.isEmpty()) {
            throw new WorkbenchException("uncommitted changes the workbench did not make: " + String.join(", ", others)
                    + "; commit or stash them first");
        }
        if (mine.isEmpty()) {
            return 0;
        }
        List<String> add = new ArrayList<>(List.of("-C", top.toString(), "add", "--"));
        add.addAll(mine);
        git.ok(add.toArray(new String[0]));
        git.ok("commit", "-q", "-m", message);
        return mine.size();
    }

    /** Fetches the upstream and merges it; a merge the drivers cannot resolve is undone and refused. */
    public Pulled pull() {
        String upstream = upstream();
        git.ok("fetch", "-q");
        String before = git.ok("rev-parse", "HEAD").strip();
        Git.Run merge = git.run("merge", "--no-edit", upstream);
        if (!merge.ok()) {
            String conflicted = git.run("diff", "--name-only", "--diff-filter=U").output().strip().replace('\n', ' ');
            git.run("merge", "--abort");
            throw new WorkbenchException("merging " + upstream + " left conflicts the workbench cannot resolve"
                    + (conflicted.isEmpty() ? ": " + merge.firstLine() : " in " + conflicted)
                    + "; the clone is as it was before");
        }
        List<String> reports = merge.output().lines().filter(l -> l.startsWith(REPORT_PREFIX)).toList();
        int commits = Integer.parseInt(git.ok("rev-list", "--count", before + ".." + upstream).strip());
        List<String> files = git.ok("diff", "--name-only", before, "HEAD").lines().toList();
        return new Pulled(commits, reports, files);
    }

    /** Pushes to the upstream when there is anything to push; whether it pushed. */
    public boolean push() {
        String ahead = git.ok("rev-list", "--count", upstream() + "..HEAD").strip();
        if (ahead.equals("0")) {
            return false;
        }
        Git.Run r = git.run("push", "-q");
        if (!r.ok()) {
            throw new WorkbenchException("git push failed: " + r.firstLine());
        }
        return true;
    }

    private String upstream() {
        Git.Run r = git.run("rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{u}");
        if (!r.ok()) {
            throw new WorkbenchException("the current branch has no upstream to pull from and push to");
        }
        return r.output().strip();
    }

    private Path top() {
        return Path.of(git.ok("rev-parse", "--show-toplevel").strip());
    }

    private Path realRoot() {
        try {
            return project.root().toRealPath();
        } catch (java.io.IOException e) {
            return project.root();
        }
    }

    private Set<String> workbenchFiles() {
        Set<String> files = new HashSet<>();
        for (Project.Translation t : project.translations()) {
            files.add(project.relative(t.xliff()));
            files.add(project.relative(t.edition()));
        }
        return files;
    }

    private boolean isWorkbenchFile(String relative) {
        String memory = project.config().memory().replace('\\', '/').replaceAll("/+$", "") + "/";
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        return relative.endsWith(".xlf") || relative.endsWith(".xliff") || relative.endsWith(".signoff.json")
                || (relative.startsWith(memory) && name.startsWith("confirmed-") && name.endsWith(".tmx"));
    }
}
