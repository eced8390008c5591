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

    /**
     * A copy of this repository's project as it was before the editors' review: every unit
     * translated and none signed off, no sign-off log, and no sign-off required to build. For the
     * tests of translating and reviewing, which start from there.
     */
    public static Path copyProjectBeforeReview(Path dir) throws IOException {
        Path project = copyProject(dir);
        try (Stream<Path> files = Files.walk(project.resolve("locales"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".signoff.json")) {
                    Files.delete(f);
                } else if (name.endsWith(".xlf")) {
                    String xlf = Files.readString(f, java.nio.charset.StandardCharsets.UTF_8);
                    xlf = xlf.replace("state=\"signed-off\"", "state=\"translated\"")
                            .replaceAll("(?s)\\s*<note from=\"[^\"]*\">rejected: .*?</note>", "");
                    Files.writeString(f, xlf, java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        Path props = project.resolve("workbench.properties");
        Files.writeString(props, Files.readString(props).replaceAll("(?m)^build\\.require.*\\R", ""));
        return project;
    }
}
