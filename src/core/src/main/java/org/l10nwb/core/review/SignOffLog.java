package org.l10nwb.core.review;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;
import org.l10nwb.core.io.LockedUpdate;

/**
 * What each unit said when it was last signed off, and by whom: {@code article.signoff.json}
 * beside {@code article.xlf}. XLIFF 1.2 keeps only the current state, so this is what
 * {@code review diff} and the report's "changed since sign-off" compare with. Committed with the
 * project; written atomically.
 */
public final class SignOffLog {
    /** One sign-off. */
    public record Entry(String target, String by, String at) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final Path file;
    private final Map<String, Entry> entries;

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
        Path file = fileFor(xliff);
        Map<String, Entry> entries = new TreeMap<>(SignOffLog::compareIds);
        if (!Files.exists(file)) {
            return new SignOffLog(file, entries);
        }
        try (JsonParser p = JSON.createParser(Files.readAllBytes(file))) {
            expect(p, JsonToken.START_OBJECT, file);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("units")) {
                    p.skipChildren();
                    continue;
                }
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    throw WorkbenchException.inFile(file, "\"units\" must be an object");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String unit = p.currentName();
                    expect(p, JsonToken.START_OBJECT, file);
                    String target = null;
                    String by = null;
                    String at = null;
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String k = p.currentName();
                        p.nextToken();
                        switch (k) {
                            case "target" -> target = p.getValueAsString();
                            case "by" -> by = p.getValueAsString();
                            case "at" -> at = p.getValueAsString();
                            default -> p.skipChildren();
                        }
                    }
                    if (target == null) {
                        throw WorkbenchException.inFile(file, "unit " + unit + " has no \"target\"");
                    }
                    entries.put(unit, new Entry(target, by, at));
                }
            }
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "not a sign-off log: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return new SignOffLog(file, entries);
    }

    private static void expect(JsonParser p, JsonToken token, Path file) throws IOException {
        if (p.nextToken() != token) {
            throw WorkbenchException.inFile(file, "not a sign-off log: expected " + token + " at line "
                    + p.currentLocation().getLineNr());
        }
    }

    public Entry get(String unitId) {
        return entries.get(unitId);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Records a sign-off and writes the log. */
    public void record(String unitId, String target, String by, String at) {
        put(unitId, new Entry(target, by, at));
        AtomicFiles.write(file, toBytes());
    }

    /** Records a sign-off in memory only; {@link #toBytes} gives the file to write. */
    public void put(String unitId, Entry entry) {
        entries.put(unitId, entry);
    }

    /** Where the log is kept. */
    public Path file() {
        return file;
    }

    /** The log's file content. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", 1);
            g.writeObjectFieldStart("units");
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                g.writeStringField("target", e.getValue().target());
                if (e.getValue().by() != null) {
                    g.writeStringField("by", e.getValue().by());
                }
                if (e.getValue().at() != null) {
                    g.writeStringField("at", e.getValue().at());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to memory", e);
        }
        out.write('\n');
        return out.toByteArray();
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
