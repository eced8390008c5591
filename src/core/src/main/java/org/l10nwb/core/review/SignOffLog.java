package org.l10nwb.core.review;

import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.LockedUpdate;

/**
 * What each unit said when it was last signed off, and by whom: {@code article.signoff.json}
 * beside {@code article.xlf}. XLIFF 1.2 keeps only the current state, so this is what
 * {@code review diff} and the report's "changed since sign-off" compare with. Committed with the
 * project; written atomically.
 *
 * <p>The file is two records bound by Jackson's data binding ({@link ObjectMapper}), so the
 * format is declared once, by the records, instead of being walked token by token in both
 * directions: {@code {"version": 1, "units": {"<unit id>": {"target", "by", "at"}}}}, units in
 * numeric-then-text order of their ids, absent fields left out, Jackson's default pretty printer
 * and a final newline. Reading ignores fields it does not know.
 *
 * <p>Beside the sign-offs, {@code "decisions": {"<unit id>": {"action", "by", "made"}}} keeps the
 * last editor's decision applied to each unit (approve, reject or comment) and when the editor
 * made it, to the millisecond as the review page says: a decisions file exported before that
 * is older and must not undo it. Left out while empty, so a log without decisions stays as it was.
 */
public final class SignOffLog {
    /** One sign-off. */
    public record Entry(String target, String by, String at) {
    }

    /** The last decision applied to a unit: {@code made} is an ISO 8601 instant ({@code 2026-12-01T10:00:01.234Z}). */
    public record Decided(String action, String by, String made) {
    }

    /** The file as written. */
    private record Written(int version, Map<String, Entry> units, Map<String, Decided> decisions) {
    }

    /** The file as read: any version, and nothing but the units and decisions matters. */
    private record Read(Map<String, Entry> units, Map<String, Decided> decisions) {
    }

    private static final int VERSION = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // A unit that is null is not a sign-off; reading fails there, at its line and column.
            .withConfigOverride(Map.class, o -> o.setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
            .build();

    private final Path file;
    private final Map<String, Entry> entries;
    private final Map<String, Decided> decisions = new TreeMap<>(SignOffLog::compareIds);

    private SignOffLog(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** The log file that belongs to an XLIFF file. */
    public static Path fileFor(Path xliff) {
        String name = xliff.getFileName().toString().replaceFirst("\\.(xlf|xliff)$", "");
        return xliff.resolveSibling(name + ".signoff.json");
    }

    /** The log of an XLIFF file (empty when there is none yet). */
    public static SignOffLog of(Path xliff) {
        LockedUpdate.finishInterrupted(xliff); // the log and the XLIFF are written as one change
        return read(fileFor(xliff));
    }

    /** A log with no sign-off yet, to be written to {@code file}. */
    public static SignOffLog empty(Path file) {
        return new SignOffLog(file, new TreeMap<>(SignOffLog::compareIds));
    }

    /** A log read from any file (a version of it that git hands a merge driver); empty when there is none. */
    public static SignOffLog read(Path file) {
        Map<String, Entry> entries = new TreeMap<>(SignOffLog::compareIds);
        if (!Files.exists(file)) {
            return new SignOffLog(file, entries);
        }
        byte[] bytes = org.l10nwb.core.io.TextFiles.readBytes(file, org.l10nwb.core.io.InputKind.DECISIONS, org.l10nwb.core.io.InputLimits.DEFAULTS);
        Read read;
        try {
            read = JSON.readValue(bytes, Read.class);
        } catch (IOException e) {
            throw notASignOffLog(file, e);
        }
        if (read == null) {
            throw WorkbenchException.inFile(file, "not a sign-off log: expected a JSON object");
        }
        if (read.units() != null) {
            for (Map.Entry<String, Entry> e : read.units().entrySet()) {
                if (e.getValue().target() == null) {
                    throw WorkbenchException.inFile(file, "unit " + e.getKey() + " has no \"target\"");
                }
                entries.put(e.getKey(), e.getValue());
            }
        }
        SignOffLog log = new SignOffLog(file, entries);
        if (read.decisions() != null) {
            for (Map.Entry<String, Decided> e : read.decisions().entrySet()) {
                if (e.getValue().made() == null || instant(e.getValue().made()) == null) {
                    throw WorkbenchException.inFile(file, "decision on unit " + e.getKey()
                            + " has no \"made\" time (ISO 8601, as 2026-12-01T10:00:00Z)");
                }
                log.decisions.put(e.getKey(), e.getValue());
            }
        }
        return log;
    }

    /** The error for a file Jackson could not read or bind: the file, and where in it when Jackson knows. */
    private static WorkbenchException notASignOffLog(Path file, IOException e) {
        String detail;
        if (e instanceof MismatchedInputException m) {
            List<JsonMappingException.Reference> path = m.getPath(); // units, then a unit's id, then its field
            detail = switch (path.size()) {
                case 0 -> "not a sign-off log: expected a JSON object";
                case 1 -> "\"units\" must be an object";
                case 2 -> "unit " + path.get(1).getFieldName() + " must be an object";
                default -> "unit " + path.get(1).getFieldName() + ": \"" + path.get(2).getFieldName() + "\" must be text";
            };
        } else {
            Throwable cause = e;
            while (cause instanceof JsonMappingException && cause.getCause() instanceof JsonProcessingException c) {
                cause = c;
            }
            String message = cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage();
            detail = "not a sign-off log: " + (message == null ? "" : message.lines().findFirst().orElse(""));
        }
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        return at == null || at.getLineNr() <= 0 ? WorkbenchException.inFile(file, detail)
                : new WorkbenchException(SourcePosition.of(file, at.getLineNr(), at.getColumnNr()), detail);
    }

    /** The file the log is read from and written to. */
    public Path file() {
        return file;
    }

    public Entry get(String unitId) {
        return entries.get(unitId);
    }

    /** Every sign-off, by unit id in the file's order. */
    public Map<String, Entry> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Records a sign-off in memory only; {@link #toBytes} then gives the file with it. */
    public void put(String unitId, Entry entry) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(entry.target(), "a sign-off has a target");
        entries.put(unitId, entry);
    }

    /** The last editor's decision applied to the unit, or {@code null} when none is recorded. */
    public Decided lastDecision(String unitId) {
        return decisions.get(unitId);
    }

    /** Records in memory only that a decision was applied to the unit; {@link #toBytes} then gives the file with it. */
    public void decided(String unitId, Decided decision) {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(instant(decision.made()), "a decision has the time it was made");
        decisions.put(unitId, decision);
    }

    /** An ISO 8601 instant or date-time with an offset, or {@code null} when the text is neither. */
    public static java.time.Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(text.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** Records a sign-off and writes the log. */
    public void record(String unitId, String target, String by, String at) {
        put(unitId, new Entry(target, by, at));
        AtomicFiles.write(file, toBytes());
    }

    /** The content of the log file, as {@link #record} writes it. */
    public byte[] toBytes() {
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(new Written(VERSION, entries, decisions.isEmpty() ? null : decisions));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing JSON to memory", e);
        }
        byte[] out = new byte[json.length + 1];
        System.arraycopy(json, 0, out, 0, json.length);
        out[json.length] = '\n';
        return out;
    }

    /** Numeric ids in numeric order, others after them in text order. */
    private static int compareIds(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit) && !a.isEmpty() && a.length() < 10;
        boolean nb = b.chars().allMatch(Character::isDigit) && !b.isEmpty() && b.length() < 10;
        if (na && nb) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return na ? -1 : nb ? 1 : a.compareTo(b);
    }
}
