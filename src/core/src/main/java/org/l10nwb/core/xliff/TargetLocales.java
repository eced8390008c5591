package org.l10nwb.core.xliff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.l10nwb.core.Remedy;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.XliffDocument;
import org.l10nwb.core.model.XliffFile;

/**
 * The target locale of a {@code <file>} that does not say it ({@code po2xliff} and many tools
 * leave {@code target-language} out): the locale the user gave, else the project folder it sits
 * in ({@code locales/<locale>/}), else an error naming the file. Never "checked" with nothing
 * checked.
 */
public final class TargetLocales {
    private TargetLocales() {
    }

    /**
     * {@code doc} with a target language on every {@code <file>}.
     *
     * @param file where {@code doc} was read from, as the user should see it
     * @param given the locale the user gave for files without one, or {@code null}
     * @throws WorkbenchException when a {@code <file>} has none and none can be told
     */
    public static XliffDocument resolve(Path file, XliffDocument doc, String given) {
        List<XliffFile> files = new ArrayList<>(doc.files().size());
        boolean changed = false;
        for (XliffFile f : doc.files()) {
            if (f.targetLanguage() != null && !f.targetLanguage().isBlank()) {
                files.add(f);
                continue;
            }
            String locale = given != null ? LocaleTag.of(given).tag() : fromFolder(file);
            if (locale == null) {
                throw WorkbenchException.inFile(file, "<file original=\"" + f.original() + "\"> has no target-language,"
                        + " and the file is not in a locale's folder (locales/<locale>/): its locale is unknown")
                        .remedy(Remedy.GIVE_TARGET_LANGUAGE, null);
            }
            files.add(new XliffFile(f.original(), f.datatype(), f.sourceLanguage(), locale, f.attributes(), f.units()));
            changed = true;
        }
        return changed ? new XliffDocument(files) : doc;
    }

    /**
     * One {@code <file>} with a target language: as it is when it has one, else with the locale
     * {@link #resolve(Path, XliffDocument, String)} would give it.
     *
     * @throws WorkbenchException when none can be told
     */
    public static XliffFile resolve(Path file, XliffFile f, String given) {
        if (f.targetLanguage() != null && !f.targetLanguage().isBlank()) {
            return f;
        }
        return resolve(file, XliffDocument.of(f), given).files().get(0);
    }

    /** The locale of {@code locales/<locale>/…} in the file's path, or {@code null}. */
    static String fromFolder(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        // the nearest locales/<locale>/ above the file: a project's locale folder
        for (Path d = dir; d != null && d.getParent() != null; d = d.getParent()) {
            if (d.getParent().getFileName() != null && d.getParent().getFileName().toString().equals("locales")) {
                LocaleTag tag = LocaleTag.tryOf(d.getFileName().toString());
                if (tag != null) {
                    return tag.tag();
                }
            }
        }
        return null;
    }
}
