package org.l10nwb.okapi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;

/**
 * The zip package of a Word (.docx) or OpenDocument (.odt) file: checked before Okapi opens it,
 * and written back in a fixed form after Okapi has merged it.
 *
 * <p>The check refuses what a hostile package could do to the machine or to the edition: a file
 * that is not a zip, a zip bomb (more than {@link #MAX_UNPACKED} bytes once inflated, counted as
 * they are inflated rather than trusted from the headers, or more than {@link #MAX_ENTRIES}
 * entries), entry names that would leave the package when unpacked ({@code ../}, absolute paths,
 * drive letters, back slashes) and names given twice (two readers may take different ones).
 *
 * <p>The rewrite exists because Okapi's zip writers stamp each entry with the time of the build,
 * so two builds of one edition would differ; here each entry takes the original's order and time,
 * and the ODF {@code mimetype} stays first and uncompressed as the OpenDocument package rules want.
 */
final class OfficePackage {
    /** Inflated bytes a package may hold: articles are a few megabytes with their pictures. */
    static final long MAX_UNPACKED = 256L * 1024 * 1024;
    /** Entries a package may hold. */
    static final int MAX_ENTRIES = 10_000;
    /** The time of entries that the original did not have. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private OfficePackage() {}

    /** One entry of a package: its name, time and inflated bytes. */
    record Entry(String name, LocalDateTime time, int method, byte[] bytes) {}

    /**
     * Checks a package and answers its entries in order.
     *
     * @param file the package, as shown in messages
     * @param bytes its bytes
     * @param kind what the package should be, for messages ("Word document")
     */
    static List<Entry> read(Path file, byte[] bytes, String kind) {
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
            throw refused(file, "is not a " + kind + " (not a zip package)");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        Set<String> folded = new HashSet<>();
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                String name = e.getName();
                requireInside(file, name);
                if (!folded.add(name.toLowerCase(java.util.Locale.ROOT))) {
                    throw refused(file, "has the entry '" + name + "' twice; refused");
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw refused(file, "has more than " + MAX_ENTRIES + " entries; refused as a zip bomb");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = in.read(buffer)) > 0) {
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED) {
                        throw refused(file, "unpacks to more than " + (MAX_UNPACKED >> 20)
                                + " MB; refused as a zip bomb");
                    }
                    out.write(buffer, 0, n);
                }
                if (!e.isDirectory()) {
                    entries.put(name, new Entry(name, e.getTimeLocal(), e.getMethod(), out.toByteArray()));
                }
            }
        } catch (ZipException e) {
            throw refused(file, "is not a " + kind + " (a damaged zip package: " + OkapiFormat.message(e) + ")");
        } catch (IOException e) {
            throw refused(file, "cannot be read as a " + kind + ": " + OkapiFormat.message(e));
        }
        if (entries.isEmpty()) {
            throw refused(file, "is not a " + kind + " (an empty zip package)");
        }
        return List.copyOf(entries.values());
    }

    /** The entry called {@code name}, or {@code null}. */
    static Entry find(List<Entry> entries, String name) {
        for (Entry e : entries) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** A name that stays inside the folder it is unpacked into (no "zip slip"). */
    private static void requireInside(Path file, String name) {
        boolean bad = name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || (name.length() > 1 && name.charAt(1) == ':');
        for (String step : name.split("/", -1)) {
            bad |= step.equals("..");
        }
        if (bad) {
            throw refused(file, "has an entry named '" + name.replaceAll("\\p{Cntrl}", "?")
                    + "', which points outside the package; refused");
        }
    }

    /**
     * The merged package written again: the original's entries in the original's order with the
     * original's times, each part that held no unit of the XLIFF (or that the writer left out) with
     * the original's bytes, then
     * any entry the writer added, in name order with a fixed time.
     *
     * @param translated the names of the parts that held units of the XLIFF
     */
    static byte[] rewrite(Path file, List<Entry> original, byte[] merged, String kind, Set<String> translated) {
        List<Entry> out = read(file, merged, kind);
        Map<String, Entry> byName = new LinkedHashMap<>();
        out.forEach(e -> byName.put(e.name(), e));
        List<Entry> ordered = new ArrayList<>();
        for (Entry o : original) {
            Entry m = byName.remove(o.name());
            // A part the writer left out, or one that held no text, is the original's.
            boolean mergedPart = m != null && translated.contains(o.name());
            ordered.add(new Entry(o.name(), o.time(), o.method(), mergedPart ? m.bytes() : o.bytes()));
        }
        byName.keySet().stream().sorted().forEach(n -> ordered.add(new Entry(n, FIXED_TIME, ZipEntry.DEFLATED,
                byName.get(n).bytes())));
        return write(ordered);
    }

    /** Entries as a zip, each stored or deflated as given, with only its DOS time (no extra fields). */
    static byte[] write(List<Entry> entries) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            for (Entry e : entries) {
                ZipEntry z = new ZipEntry(e.name());
                z.setTimeLocal(e.time() == null ? FIXED_TIME : e.time());
                if (e.method() == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(e.bytes());
                    z.setMethod(ZipEntry.STORED);
                    z.setSize(e.bytes().length);
                    z.setCompressedSize(e.bytes().length);
                    z.setCrc(crc.getValue());
                } else {
                    z.setMethod(ZipEntry.DEFLATED);
                }
                zip.putNextEntry(z);
                zip.write(e.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory: cannot happen
        }
        return buffer.toByteArray();
    }

    private static WorkbenchException refused(Path file, String message) {
        return new WorkbenchException(SourcePosition.of(file), message);
    }
}
