package org.l10nwb.core.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import org.l10nwb.core.Remedy;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckService;
import org.l10nwb.core.glossary.Glossary;
import org.l10nwb.core.glossary.GlossaryLoader;
import org.l10nwb.core.lang.Languages;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.memory.MemoryIndex;
import org.l10nwb.core.memory.MemoryStore;
import org.l10nwb.core.memory.SharedMemory;
import org.l10nwb.core.memory.ProjectMemory;
import org.l10nwb.core.memory.TranslationMemory;
import org.l10nwb.core.project.Project;
import org.l10nwb.core.xliff.XliffDocuments;

/**
 * Opens a translation session the way a project sets it up: the XLIFF of a target locale (or a
 * file named directly), the project's glossary and check settings, and as memory the locale's
 * other translated documents and the project's translation memory, which also receives every
 * confirmed unit.
 */
public final class ProjectSessions {
    /**
     * A session and what the translator should know about how it was opened.
     *
     * @param notes what to tell the translator, each with what they can do about it ({@code null}: nothing)
     */
    public record Opened(TranslationSession session, Glossary glossary, List<Note> notes) {
    }

    /** Something the translator should know, and the remedy the front end can offer for it. */
    public record Note(String text, Remedy remedy) {
    }

    private ProjectSessions() {
    }

    /**
     * Opens {@code target}: a target locale of the project ({@code ru}) or the path of an XLIFF
     * file. {@code document} picks the source document when the project has several.
     *
     * @param project the project, or {@code null} for a file outside any project
     * @param glossaryPaths TBX files or folders to use instead of the project's glossary, or empty
     */
    public static Opened open(Project project, String target, String document, List<Path> glossaryPaths,
            Languages languages) {
        List<Note> notes = new ArrayList<>();
        Path file = xliff(project, target, document);
        Glossary glossary;
        if (!glossaryPaths.isEmpty()) {
            glossary = new GlossaryLoader().load(glossaryPaths);
        } else if (project != null) {
            glossary = new GlossaryLoader().loadProject(project);
        } else {
            glossary = new Glossary(List.of(), "en", List.of());
        }
        if (glossary.files().isEmpty()) {
            notes.add(new Note("no glossary: terms are not checked", Remedy.GIVE_GLOSSARY));
        }
        CheckConfig config = project == null ? CheckConfig.defaults() : CheckConfig.fromSettings(project.config().settings(), project.configFile());
        CheckService checks = new CheckService(glossary, languages, config);
        List<TranslationMemory> memories = new ArrayList<>();
        if (project != null) {
            ProjectMemory others = otherDocuments(project, file);
            if (others != null) {
                memories.add(others);
            }
        }
        SharedMemory shared = project == null ? null : ProjectSessions.sharedMemory(project);
        MemoryStore store = project == null || shared != null ? null : ProjectSessions.memory(project);
        if (store != null) {
            memories.add(store);
        }
        if (shared != null) {
            memories.add(shared);
        }
        TranslationSession session = TranslationSession.open(file, glossary, checks, languages, memories);
        if (store != null) {
            session.rememberConfirmedIn(store);
        }
        if (shared != null) {
            session.rememberConfirmedIn(shared);
        }
        if (project != null && file.toAbsolutePath().normalize().startsWith(project.root())) {
            session.nameInMemory(project.relative(file));
        }
        if (session.readOnly()) {
            notes.add(new Note("read-only: " + file + " is being edited by " + session.holder(), null));
        }
        return new Opened(session, glossary, notes);
    }

    /**
     * The project's translation memory ({@code memory/} by default), or {@code null} when no
     * memory index is installed.
     */
    public static MemoryStore memory(Project project) {
        ServiceLoader<MemoryIndex.Factory> found = ServiceLoader.load(MemoryIndex.Factory.class);
        return found.findFirst().map(f -> new MemoryStore(project.resolve(project.config().memory()),
                project.display(project.resolve(project.config().memory())), project.sourceLocale(), f,
                project.paths()::inside, project.limits())).orElse(null);
    }

    /** The setting naming a shared memory server; without it the embedded memory serves. */
    public static final String MEMORY_URL = "memory.url";

    /**
     * The team's shared memory when the project names one ({@code memory.url}), or {@code null};
     * a URL no installed implementation serves is an error.
     */
    public static SharedMemory sharedMemory(Project project) {
        String url = project.config().settings().get(MEMORY_URL);
        if (url == null || url.isBlank()) {
            return null;
        }
        for (SharedMemory.Factory f : ServiceLoader.load(SharedMemory.Factory.class)) {
            if (f.accepts(url.strip())) {
                return f.open(url.strip(), project.sourceLocale(), clone(project), project.limits());
            }
        }
        throw new WorkbenchException("no installed memory serves " + MEMORY_URL + " = " + url.strip()
                + " (the PostgreSQL memory module is missing?)");
    }

    /** This working copy: the host and the project's folder. */
    private static String clone(Project project) {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return host + ":" + project.root();
    }

    private static Path xliff(Project project, String target, String document) {
        Path asPath = Path.of(target);
        if (target.endsWith(".xlf") || target.endsWith(".xliff") || Files.isRegularFile(asPath)) {
            if (!Files.isRegularFile(asPath)) {
                throw WorkbenchException.inFile(asPath, "no such XLIFF file");
            }
            return asPath;
        }
        if (project == null) {
            throw new WorkbenchException("'" + target + "' is not an XLIFF file, and there is no project here to find"
                    + " a locale in").remedy(Remedy.GIVE_XLIFF_OR_PROJECT, null);
        }
        LocaleTag locale = project.targetLocale(target);
        List<String> documents = project.config().documents();
        String doc;
        if (document != null) {
            doc = documents.stream().filter(d -> d.equals(document) || Path.of(d).getFileName().toString().equals(document))
                    .findFirst().orElseThrow(() -> new WorkbenchException("no document '" + document
                            + "' in the project (documents: " + String.join(", ", documents) + ")"));
        } else if (documents.size() == 1) {
            doc = documents.get(0);
        } else {
            throw new WorkbenchException("the project has several documents")
                    .remedy(Remedy.CHOOSE_DOCUMENT, String.join(", ", documents));
        }
        Path file = project.translation(doc, locale).xliff();
        if (!Files.isRegularFile(file)) {
            throw WorkbenchException.inFile(project.display(file), "not extracted yet").remedy(Remedy.EXTRACT,
                    locale.tag());
        }
        return project.display(file);
    }

    /** The other documents of the same locale as a memory, or {@code null} when there are none. */
    private static ProjectMemory otherDocuments(Project project, Path file) {
        Path self = file.toAbsolutePath().normalize();
        ProjectMemory memory = new ProjectMemory(project.sourceLocale().toULocale());
        for (String doc : project.config().documents()) {
            for (Project.Translation t : project.translations(doc, project.targetLocales())) {
                Path other = t.xliff();
                if (!other.equals(self) && other.getParent().equals(self.getParent()) && Files.isRegularFile(other)) {
                    memory.add(project.relative(other), XliffDocuments.read(project.display(other)));
                }
            }
        }
        return memory.size() == 0 ? null : memory;
    }
}
