package org.l10nwb.core.model;

import java.util.ArrayList;
import java.util.List;

/** An XLIFF 1.2 document: one or more files. */
public record XliffDocument(List<XliffFile> files) {
    public XliffDocument {
        files = List.copyOf(files);
    }

    public static XliffDocument of(XliffFile file) {
        return new XliffDocument(List.of(file));
    }

    /** The file extracted from {@code original} (a project-relative path), if there is one. */
    public java.util.Optional<XliffFile> file(String original) {
        return files.stream().filter(f -> f.original().equals(original)).findFirst();
    }

    /** Every unit of every file, in order. */
    public List<TransUnit> units() {
        List<TransUnit> all = new ArrayList<>();
        for (XliffFile f : files) {
            all.addAll(f.units());
        }
        return all;
    }
}
