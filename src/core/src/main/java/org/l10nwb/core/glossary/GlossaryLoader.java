package org.l10nwb.core.glossary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.project.Project;

/** Loads glossaries from TBX files and folders of them. */
public final class GlossaryLoader {
    private final TbxReader reader = new TbxReader();

    /** Every {@code .tbx} file named or inside a folder named, merged into one glossary. */
    public Glossary load(List<Path> paths) {
        List<Glossary> parts = new ArrayList<>();
        for (Path p : files(paths)) {
            parts.add(reader.read(p));
        }
        return Glossary.merge(parts);
    }

    /**
     * The project's glossary (its {@code glossary} setting, a file or a folder), or an empty one
     * in the source language when the project has none yet.
     */
    public Glossary loadProject(Project project) {
        Path g = project.resolve(project.config().glossary());
        if (!Files.exists(g)) {
            return new Glossary(List.of(), project.sourceLocale().tag(), List.of());
        }
        List<Glossary> parts = new ArrayList<>();
        for (Path f : files(List.of(project.display(g)))) {
            project.paths().inside(f); // a link in the glossary folder must not lead out of the project either
            parts.add(reader.read(f, project.limits()));
        }
        return Glossary.merge(parts);
    }

    /** The TBX files: files as given, folders searched (sorted, recursively) for {@code *.tbx}. */
    public static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    List<Path> found = s.filter(f -> !Files.isDirectory(f) // a pipe named .tbx is refused by the reader, not passed over
                            && f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tbx")).map(Path::normalize).sorted()
                            .toList();
                    if (found.isEmpty()) {
                        throw WorkbenchException.inFile(p, "no .tbx glossary in this folder");
                    }
                    files.addAll(found);
                } catch (IOException e) {
                    throw WorkbenchException.inFile(p, "cannot read folder: " + AtomicFiles.reason(e));
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                throw WorkbenchException.inFile(p, "no such glossary file or folder");
            }
        }
        if (files.isEmpty()) {
            throw new WorkbenchException("no glossary given");
        }
        return files;
    }
}
