package org.l10nwb.core.memory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

import org.l10nwb.core.tmx.TmxUnit;

/** The exact-source key of a memory entry, and TMX dates read and written. */
public final class EntryKeys {
    static final DateTimeFormatter TMX_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java platform", e);
        }
    });

    private EntryKeys() {
    }

    /** The same words give the same key (a segment without words: its stripped text). */
    public static String key(List<String> words, String plain) {
        String joined = words.isEmpty() ? "\u0000" + plain.strip() : String.join("\u001f", words);
        byte[] d = SHA1.get().digest(joined.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 12);
    }

    /** Now, as TMX writes dates. */
    public static String now() {
        return TMX_DATE.format(LocalDateTime.now(ZoneOffset.UTC));
    }

    /** When a unit was last changed, from {@code changedate} or {@code creationdate}; 0 when unknown. */
    public static long time(TmxUnit u) {
        String d = u.attribute("changedate");
        if (d == null) {
            d = u.attribute("creationdate");
        }
        if (d == null) {
            return 0;
        }
        // yyyyMMddTHHmmssZ, read by hand: a formatter costs more than the rest of indexing a unit.
        if (d.length() != 16 || d.charAt(8) != 'T' || d.charAt(15) != 'Z') {
            return 0;
        }
        try {
            return LocalDateTime.of(Integer.parseInt(d, 0, 4, 10), Integer.parseInt(d, 4, 6, 10),
                    Integer.parseInt(d, 6, 8, 10), Integer.parseInt(d, 9, 11, 10), Integer.parseInt(d, 11, 13, 10),
                    Integer.parseInt(d, 13, 15, 10)).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return 0;
        }
    }
}
