package org.l10nwb.core.format;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;

import org.l10nwb.core.Paths2;
import org.l10nwb.core.WorkbenchException;

/** The document formats available at run time, found with {@link ServiceLoader}. */
public final class DocumentFormats {
    private final List<DocumentFormat> formats;

    public DocumentFormats(List<DocumentFormat> formats) {
        this.formats = List.copyOf(formats);
    }

    /** Every {@link DocumentFormat} on the class path. */
    public static DocumentFormats load() {
        List<DocumentFormat> found = new ArrayList<>();
        ServiceLoader.load(DocumentFormat.class, DocumentFormats.class.getClassLoader()).forEach(found::add);
        return new DocumentFormats(found);
    }

    public List<DocumentFormat> all() {
        return formats;
    }

    /** The format for a file, chosen by its extension. */
    public DocumentFormat forFile(Path file) {
        String ext = Paths2.extension(file);
        for (DocumentFormat f : formats) {
            if (f.extensions().contains(ext)) {
                return f;
            }
        }
        TreeSet<String> known = new TreeSet<>();
        formats.forEach(f -> known.addAll(f.extensions()));
        throw WorkbenchException.inFile(file, "no document format for '." + ext + "' files (supported: ."
                + String.join(", .", known) + ")");
    }
}
