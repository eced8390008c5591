package org.l10nwb.core.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import org.l10nwb.core.WorkbenchException;
import org.l10nwb.core.io.AtomicFiles;

/**
 * The decisions file a review report exports ({@code {"format": "l10n-workbench-review",
 * "version": 2, "reviewer": "…", "decisions": [{"file", "unit", "fingerprint", "action", "text",
 * "correction": {"<segment id>": "text with ⟨1⟩placeholders⟨/1⟩"}}, …]}}), read into
 * {@link ReviewService.Decisions}. Version 1 is the same without corrections, and a file without
 * a version is version 1; a later version is refused rather than half understood. A malformed
 * file is one user error and nothing of it is used.
 *
 * <p>Read with Jackson's data binding to records rather than by walking tokens: the records say
 * what the file holds, Jackson turns numbers and booleans into text as the report's JSON may
 * have them, and ignores fields it does not know ({@code version}, {@code made}). A tree of the
 * file is looked at first, for its shape only: a {@code "decisions"} that is not an array (null
 * included, which binding cannot tell from an absent one) or holds something other than
 * objects. A value that is an object or an array where text is expected counts as absent.
 */
public final class DecisionsFile {
    private static final String FORMAT = "l10n-workbench-review";
    /** The latest version this reader understands in full. */
    static final int VERSION = 2;
    private static final List<String> REQUIRED = List.of("file", "unit", "fingerprint", "action");

    /** The file as the report writes it. */
    private record Content(String format, JsonNode version, String reviewer, List<Located> decisions) {
    }

    /** One decision as written, every field as text or absent; the correction as it is, checked when read. */
    private record Fields(String file, String unit, String fingerprint, String action, String text, JsonNode correction) {
        /** A field that every decision has, by name. */
        String required(String name) {
            return switch (name) {
                case "file" -> file;
                case "unit" -> unit;
                case "fingerprint" -> fingerprint;
                case "action" -> action;
                default -> throw new IllegalArgumentException(name);
            };
        }
    }

    /** A decision and the line its object ends on, for the messages. */
    private record Located(Fields fields, int line) {
    }

    /** Binds a decision's object as {@link Fields} and notes where it ended. */
    private static final class LocatedDeserializer extends StdDeserializer<Located> {
        private static final long serialVersionUID = 1L;

        LocatedDeserializer() {
            super(Located.class);
        }

        @Override
        public Located deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Fields fields = ctxt.readValue(p, Fields.class);
            return new Located(fields, p.currentLocation().getLineNr());
        }
    }

    /** An object or an array where text is expected: skipped, and taken as no value. */
    private static final class ContainerAsAbsent extends DeserializationProblemHandler {
        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                String failureMsg) throws IOException {
            if (targetType.hasRawClass(String.class) && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
                p.skipChildren();
                return null;
            }
            return NOT_HANDLED;
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule("review-decisions").addDeserializer(Located.class, new LocatedDeserializer()))
            .addHandler(new ContainerAsAbsent())
            .build();

    private DecisionsFile() {
    }

    /** Reads a decisions file; a malformed one is a user error naming the file. */
    public static ReviewService.Decisions read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, AtomicFiles.reason(e));
        }
        Content content;
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw WorkbenchException.inFile(file, "not a review decisions file (expected a JSON object)");
            }
            JsonNode root = JSON.readTree(p);
            JsonNode decisions = root.get("decisions");
            if (decisions != null && !decisions.isArray()) {
                throw WorkbenchException.inFile(file, "\"decisions\" must be an array");
            }
            for (int i = 0; decisions != null && i < decisions.size(); i++) {
                if (!decisions.get(i).isObject()) {
                    throw WorkbenchException.inFile(file, "decision " + (i + 1) + " is not a JSON object");
                }
            }
            content = JSON.readValue(bytes, Content.class);
        } catch (IOException e) {
            throw WorkbenchException.inFile(file, "not well-formed JSON: " + firstLine(e));
        }
        List<ReviewService.Decision> out = new ArrayList<>();
        for (Located d : content.decisions() == null ? List.<Located>of() : content.decisions()) {
            Fields f = d.fields();
            for (String k : REQUIRED) {
                if (f.required(k) == null || f.required(k).isBlank()) {
                    throw WorkbenchException.inFile(file, "decision ending on line " + d.line() + " has no \"" + k + "\"");
                }
            }
            Review.Action action;
            try {
                action = Review.Action.parse(f.action());
            } catch (WorkbenchException e) {
                throw WorkbenchException.inFile(file, "decision ending on line " + d.line() + ": " + e.getMessage());
            }
            out.add(new ReviewService.Decision(f.file(), f.unit(), f.fingerprint(), action, f.text(),
                    correction(file, d.line(), f.correction())));
        }
        if (!FORMAT.equals(content.format())) {
            throw WorkbenchException.inFile(file, "not a review decisions file (no \"format\": \"" + FORMAT + "\")");
        }
        JsonNode version = content.version();
        if (version != null && !version.isNull() && (!version.canConvertToExactIntegral() || version.asInt() < 1)) {
            throw WorkbenchException.inFile(file, "\"version\" must be a whole number (1 or " + VERSION + ")");
        }
        if (version != null && version.asInt() > VERSION) {
            throw WorkbenchException.inFile(file, "made by a newer workbench (version " + version.asInt()
                    + "); this one reads versions 1 to " + VERSION);
        }
        return new ReviewService.Decisions(content.reviewer() == null ? "" : content.reviewer().strip(), out);
    }

    /** A decision's correction: an object of segment ids and texts, or absent. */
    private static Map<String, String> correction(Path file, int line, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw WorkbenchException.inFile(file, "decision ending on line " + line
                    + ": \"correction\" must be an object of segment ids and texts");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isTextual()) {
                throw WorkbenchException.inFile(file, "decision ending on line " + line + ": the correction of segment "
                        + e.getKey() + " must be text");
            }
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    /** Jackson's own words for what is wrong, without the location lines it adds. */
    private static String firstLine(IOException e) {
        Throwable cause = e;
        while (cause instanceof JsonMappingException && cause.getCause() instanceof JsonProcessingException c) {
            cause = c;
        }
        String message = cause instanceof JsonProcessingException j ? j.getOriginalMessage() : cause.getMessage();
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
