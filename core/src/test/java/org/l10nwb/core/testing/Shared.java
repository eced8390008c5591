package org.l10nwb.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
