package org.l10nwb.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared data beside the project root ({@code ../shared}), found from any module. */
public final class Shared {
    private Shared() {}

    /** {@code ../shared/<relative>} from the project root. */
    public static Path path(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("conformance")) && Files.exists(dir.resolve("workbench.properties"))) {
                return candidate.resolve(relative);
            }
        }
        throw new IllegalStateException("../shared not found beside the project root");
    }

    /** The project root (the folder holding the root workbench.properties). */
    public static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("workbench.properties")) && Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("project root not found");
    }

    /**
     * A copy of this repository's own project (its settings, locales and glossary, without lock or
     * temporary files) in {@code dir}/project, for tests that change it.
     */
    public static Path copyProject(Path dir) throws IOException {
        Path root = projectRoot();
        Path project = dir.resolve("project");
        Files.createDirectories(project);
        Files.copy(root.resolve("workbench.properties"), project.resolve("workbench.properties"));
        for (String folder : List.of("locales", "glossary")) {
            try (Stream<Path> files = Files.walk(root.resolve(folder))) {
                for (Path f : files.toList()) {
                    Path to = project.resolve(root.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else if (!f.getFileName().toString().startsWith(".")) {
                        Files.copy(f, to);
                    }
                }
            }
        }
        return project;
    }
}
