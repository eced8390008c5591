package org.l10nwb.okapi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.locale.LocaleTag;
import org.l10nwb.core.model.TransUnit;

/**
 * A word-processing document kept as a zip package of XML parts (Word's OOXML, OpenDocument):
 * the package is checked before Okapi's filter opens it ({@link OfficePackage}), and the merged
 * package is written again in a fixed form so that two builds of one edition are byte-identical.
 */
abstract class OfficeFormat extends OkapiFormat {
    private final String kind;

    OfficeFormat(String id, String datatype, Set<String> extensions, String kind) {
        super(id, datatype, extensions);
        this.kind = kind;
    }

    @Override
    public boolean textual() {
        return false;
    }

    @Override
    protected void requireSafe(Path document) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(document);
        } catch (IOException e) {
            throw new WorkbenchException(SourcePosition.of(document), "cannot read: " + message(e), e);
        }
        List<OfficePackage.Entry> entries = OfficePackage.read(document, bytes, kind);
        requireSameDirectory(document, entries);
        requirePart(document, entries);
    }

    /**
     * Okapi opens the package through its central directory, the check above read the entries one
     * after the other: a package whose directory names other entries than its body (a way to show
     * one reader a different document than another) is refused.
     */
    private void requireSameDirectory(Path document, List<OfficePackage.Entry> entries) {
        Set<String> listed = new HashSet<>();
        try (ZipFile zip = new ZipFile(document.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (!e.isDirectory()) {
                    listed.add(e.getName());
                }
            }
        } catch (IOException e) {
            throw new WorkbenchException(SourcePosition.of(document),
                    "is not a " + kind + " (a damaged zip package: " + message(e) + ")");
        }
        Set<String> read = new HashSet<>();
        entries.forEach(e -> read.add(e.name()));
        if (!listed.equals(read)) {
            throw new WorkbenchException(SourcePosition.of(document),
                    "is not a " + kind + " (its zip directory does not list the entries it holds); refused");
        }
    }

    /** The part without which the package is some other kind of zip. */
    protected abstract String mainPart();

    private void requirePart(Path document, List<OfficePackage.Entry> entries) {
        if (OfficePackage.find(entries, mainPart()) == null) {
            throw new WorkbenchException(SourcePosition.of(document),
                    "is not a " + kind + " (a zip package without " + mainPart() + ")");
        }
    }

    /**
     * Merges with Okapi, then writes the package again (see {@link OfficePackage#rewrite}): the
     * parts that hold no unit of the XLIFF keep the original's bytes, since Okapi re-serialises
     * every XML part it opens and, in a Word document's styles, drops the default language of
     * the text ({@code w:lang} in {@code w:rPrDefault}) as it goes.
     */
    @Override
    public void merge(Path document, LocaleTag sourceLocale, LocaleTag targetLocale, List<TransUnit> units,
            OutputStream out) {
        ByteArrayOutputStream merged = new ByteArrayOutputStream();
        super.merge(document, sourceLocale, targetLocale, units, merged);
        byte[] original;
        try {
            original = Files.readAllBytes(document);
        } catch (IOException e) {
            throw new WorkbenchException(SourcePosition.of(document), "cannot read: " + message(e), e);
        }
        Set<String> translated = new HashSet<>();
        String inside = document.toUri().getPath() + "/";
        for (String name : subDocumentsWithText(document, sourceLocale)) {
            // Okapi's OpenOffice filter names a part by the package's path and the entry's name.
            translated.add(name.startsWith(inside) ? name.substring(inside.length()) : name);
        }
        byte[] edition = OfficePackage.rewrite(document, OfficePackage.read(document, original, kind), merged.toByteArray(),
                kind, translated);
        try {
            out.write(edition);
        } catch (IOException e) {
            throw new WorkbenchException(SourcePosition.of(document), "cannot write the edition: " + message(e), e);
        }
    }
}
