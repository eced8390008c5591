package org.l10nwb.core.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;

/** Finds the XLIFF files a check is run on. */
public final class XliffFiles {
    private XliffFiles() {
    }

    /** Files as given; folders searched recursively for {@code *.xlf} and {@code *.xliff}, sorted. */
    public static List<Path> find(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    files.addAll(s.filter(f -> !Files.isDirectory(f) && isXliff(f)).map(Path::normalize).sorted().toList());
                } catch (IOException e) {
                    throw WorkbenchException.inFile(p, "cannot read folder: " + AtomicFiles.reason(e));
                }
            } else if (Files.exists(p)) { // the reader refuses what is not a regular file, by name
                files.add(p);
            } else {
                throw WorkbenchException.inFile(p, "no such file or folder");
            }
        }
        return files;
    }

    private static boolean isXliff(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlf") || name.endsWith(".xliff");
    }
}
