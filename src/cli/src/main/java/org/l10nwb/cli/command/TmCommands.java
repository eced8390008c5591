package org.l10nwb.cli.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;


import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

import org.l10nwb.cli.Console;
import org.l10nwb.cli.Plural;
import org.l10nwb.cli.Projects;
import org.l10nwb.core.Paths2;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.MemoryMatch;
import org.l10nwb.core.memory.MemoryQuery;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.memory.PersistentMemory;
import org.l10nwb.core.memory.SharedMemory;
import org.l10nwb.core.memory.WordDiff;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.terms.ForbiddenTerms;
import org.l10nwb.core.session.ProjectSessions;

/** {@code tm import|export|lookup|stats}: the project's translation memory. */
@Command(command = "tm", group = "Memory")
public class TmCommands {
    private final Console console;
    private final Projects projects;

    public TmCommands(Console console, Projects projects) {
        this.console = console;
        this.projects = projects;
    }

    static MemoryStore store(Project project) {
        MemoryStore store = ProjectSessions.memory(project);
        if (store == null) {
            throw new WorkbenchException("no translation memory index is installed (workbench-memory-lucene)");
        }
        return store;
    }

    @Command(command = "import", description = "Import a TMX file into the project's memory (kept as memory/NAME.tmx,"
            + " replacing an earlier import of the same name) and index it. All or nothing.")
    public void importTmx(
            @Option(longNames = "file", arity = OptionArity.EXACTLY_ONE, required = true, label = "FILE.tmx",
                    description = "a TMX file (1.4b; UTF-8 or UTF-16)") String file) {
        Project project = projects.project();
        long start = System.nanoTime();
        try (SharedMemory shared = ProjectSessions.sharedMemory(project)) {
            if (shared != null) {
                ProgressBar bar = new ProgressBar(console);
                MemoryStore.ImportResult r = shared.importTmx(Path.of(file), bar);
                bar.done();
                imported(r, r.stored() + " on " + shared.name(), start);
                return;
            }
        }
        try (MemoryStore store = store(project)) {
            ProgressBar bar = new ProgressBar(console);
            MemoryStore.ImportResult r = store.importTmx(Path.of(file), bar);
            bar.done();
            imported(r, Paths2.display(r.stored()).toString(), start);
        }
    }

    private void imported(MemoryStore.ImportResult r, String where, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        StringBuilder per = new StringBuilder();
        r.byTarget().forEach((lang, n) -> per.append(per.length() == 0 ? "" : ", ").append(lang).append(' ').append(n));
        console.println(String.format("imported %s into %s (%s) in %.1f s%s", Plural.of(r.units(), "unit"),
                where, per, seconds,
                r.skipped() == 0 ? "" : "; " + Plural.of(r.skipped(), "unit") + " without a source and a translation skipped"));
    }

    @Command(command = "export", description = "Write the whole memory (or one language pair) as one TMX 1.4b file.")
    public void export(
            @Option(longNames = "output", arity = OptionArity.EXACTLY_ONE, required = true, label = "FILE.tmx",
                    description = "where to write it (atomically)") String output,
            @Option(longNames = "locale", arity = OptionArity.EXACTLY_ONE, label = "LOCALE",
                    description = "only this target language (default: every language)") String locale) {
        Project project = projects.project();
        LocaleTag target = locale == null ? null : LocaleTag.of(locale);
        try (SharedMemory shared = ProjectSessions.sharedMemory(project)) {
            if (shared != null) {
                long[] n = {0};
                AtomicFiles.write(Path.of(output), out -> n[0] = shared.export(out, target));
                console.println("exported " + Plural.of(n[0], "unit") + " from " + shared.name() + " to " + output);
                return;
            }
        }
        try (MemoryStore store = store(project)) {
            long[] n = {0};
            AtomicFiles.write(Path.of(output), out -> n[0] = store.export(out, target));
            console.println("exported " + Plural.of(n[0], "unit") + " to " + output);
        }
    }

    @Command(command = "lookup", description = "Show the memory's matches for a sentence, with the words that differ.")
    public void lookup(
            @Option(longNames = "text", arity = OptionArity.ONE_OR_MORE, required = true, label = "TEXT",
                    description = "the source sentence") String[] text,
            @Option(longNames = "locale", arity = OptionArity.EXACTLY_ONE, label = "LOCALE",
                    description = "the target language (default: the project's only target)") String locale,
            @Option(longNames = "threshold", arity = OptionArity.EXACTLY_ONE, defaultValue = "70", label = "N",
                    description = "the lowest score shown, 0-100") int threshold,
            @Option(longNames = "limit", arity = OptionArity.EXACTLY_ONE, defaultValue = "5", label = "N",
                    description = "how many matches at most") int limit) {
        Project project = projects.project();
        if (threshold < 0 || threshold > 100 || limit < 1) {
            throw new WorkbenchException("--threshold is 0 to 100 and --limit at least 1");
        }
        String sentence = String.join(" ", text);
        LocaleTag target = lookupTarget(project, locale);
        MemoryQuery query = new MemoryQuery(sentence, null, null, project.sourceLocale().tag(), target.tag(), threshold,
                limit, null);
        try (SharedMemory shared = ProjectSessions.sharedMemory(project)) {
            if (shared != null) {
                long start = System.nanoTime();
                List<MemoryMatch> matches = shared.lookup(query);
                show(project, target, threshold, matches, shared.size(target.tag()), (System.nanoTime() - start) / 1e6);
                return;
            }
        }
        try (MemoryStore store = store(project)) {
            PersistentMemory memory = store.memory(target, new ProgressBar(console));
            long start = System.nanoTime();
            List<MemoryMatch> matches = memory.lookup(query);
            show(project, target, threshold, matches, memory.size(), (System.nanoTime() - start) / 1e6);
        }
    }

    private void show(Project project, LocaleTag target, int threshold, List<MemoryMatch> matches, long entries, double ms) {
        ForbiddenTerms forbidden = new ForbiddenTerms(new GlossaryLoader().loadProject(project), Languages.installed());
        matches = matches.stream().map(m -> m.withForbidden(forbidden.in(m.target(), target.tag()))).toList();
        for (MemoryMatch m : matches) {
            console.println(String.format("%3d%%  %s", m.score(), m.source()));
            console.println("      " + m.target());
            if (m.score() < 100) {
                console.println("      differences: " + WordDiff.marked(m.differences()));
            }
            console.println("      from " + m.origin());
            if (!m.forbidden().isEmpty()) {
                console.println("      contains the forbidden " + (m.forbidden().size() == 1 ? "term " : "terms ")
                        + String.join(", ", m.forbidden()));
            }
        }
        console.println(String.format("%d match%s of %d%% or more among %,d entries (%.1f ms)", matches.size(),
                matches.size() == 1 ? "" : "es", threshold, entries, ms));
    }

    /** The {@code --locale} given, else the project's one target; with several, the error names them. */
    static LocaleTag lookupTarget(Project project, String locale) {
        if (locale != null && !locale.isBlank()) {
            return project.targetLocale(locale);
        }
        List<LocaleTag> targets = project.targetLocales();
        if (targets.size() == 1) {
            return targets.get(0);
        }
        throw new WorkbenchException("tm lookup: the project has " + targets.size() + " target locales ("
                + String.join(", ", targets.stream().map(LocaleTag::tag).toList()) + "): say which with --locale LOCALE");
    }

    @Command(command = "stats", description = "Show the memory's files, entries per language pair and index size.")
    public void stats() {
        Project project = projects.project();
        try (SharedMemory shared = ProjectSessions.sharedMemory(project)) {
            if (shared != null) {
                Map<String, Long> files = shared.files();
                console.println(shared.name() + ": " + Plural.of(files.size(), "file") + " imported or confirmed");
                files.forEach((f, n) -> console.println(String.format("  %-40s %,12d entries", f, n)));
                for (LocaleTag t : project.targetLocales()) {
                    console.println(String.format("%s → %-6s %,10d entries", project.sourceLocale().language(),
                            t.language(), shared.size(t.tag())));
                }
                return;
            }
        }
        try (MemoryStore store = store(project)) {
            List<Path> files = store.files();
            console.println(project.display(store.folder()) + ": " + files.size() + " TMX file" + (files.size() == 1 ? "" : "s"));
            for (Path f : files) {
                console.println(String.format("  %-40s %,12d bytes", f.getFileName(), size(f)));
            }
            for (LocaleTag t : project.targetLocales()) {
                PersistentMemory m = store.memory(t, new ProgressBar(console));
                console.println(String.format("%s → %-6s %,10d entries, index %,d bytes", project.sourceLocale().language(),
                        t.language(), m.size(), m.indexBytes()));
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "cannot read: " + AtomicFiles.reason(e));
        }
    }

    /** A progress bar on standard error, drawn only when it is a terminal. */
    static final class ProgressBar implements MemoryStore.Progress {
        private final Console console;
        private final boolean tty = System.console() != null && System.getenv("NO_PROGRESS") == null;
        private long last;
        private boolean drawn;

        ProgressBar(Console console) {
            this.console = console;
        }

        @Override
        public void at(String what, long done, long total, long units) {
            long now = System.nanoTime();
            if (!tty || now - last < 100_000_000L && done < total) {
                return;
            }
            last = now;
            int pct = total <= 0 ? 0 : (int) (100 * done / total);
            int width = 30;
            int full = pct * width / 100;
            console.err().print(String.format("\r%s [%s%s] %3d%% %s", what, "#".repeat(full),
                    " ".repeat(width - full), pct, Plural.of(units, "unit")));
            console.err().flush();
            drawn = true;
        }

        void done() {
            if (drawn) {
                console.err().print("\r\033[K");
                console.err().flush();
            }
        }
    }

}
