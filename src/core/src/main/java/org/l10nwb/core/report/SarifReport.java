package org.l10nwb.core.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.l10nwb.core.Paths2;
import org.l10nwb.core.SourcePosition;
import org.l10nwb.core.check.CheckConfig;
import org.l10nwb.core.check.CheckParameter;
import org.l10nwb.core.check.CheckResult;
import org.l10nwb.core.check.CheckStream;
import org.l10nwb.core.check.Finding;
import org.l10nwb.core.check.QualityChecks;
import org.l10nwb.core.check.Rule;
import org.l10nwb.core.check.SegmentCheck;
import org.l10nwb.core.check.Severity;
import org.l10nwb.core.check.Suppressions;

/**
 * SARIF 2.1.0: one run, the rules with their descriptions, help, parameters and levels (the
 * project's severities), one {@code result} per finding with the physical location of the target
 * segment (or the unit's target) and {@code properties.unitId}, {@code properties.segmentId} and
 * {@code properties.conceptId}; suppressed findings are results with their {@code suppressions}. Artifact locations are the paths as given, relative when they
 * were, with forward slashes, so code-scanning services resolve them against the checkout.
 */
public final class SarifReport {
    public static final String TOOL = "l10n-workbench";
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    public static void write(CheckResult result, CheckConfig config, String version, OutputStream out) {
        Streamed w = new Streamed(config, version, out, result.unreadable());
        for (CheckResult.FileResult f : result.files()) {
            f.units().forEach(w::unit);
        }
        w.end();
    }

    /**
     * The report written as the results come ({@link CheckStream}): the tool and the invocation
     * (with the unreadable inputs) first, a result per finding as its unit is checked, and at the
     * {@link #end} the suppressed findings' results.
     */
    public static final class Streamed implements CheckStream.Sink {
        private final JsonGenerator g;
        private final List<Suppressions.Suppressed> suppressed = new ArrayList<>();

        public Streamed(CheckConfig config, String version, OutputStream out, List<CheckResult.Unreadable> unreadable) {
            try {
                g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
                g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
                g.setPrettyPrinter(pp);
                g.writeStartObject();
                g.writeStringField("$schema", SCHEMA);
                g.writeStringField("version", "2.1.0");
                g.writeArrayFieldStart("runs");
                g.writeStartObject();
                tool(g, config, version);
                invocation(g, unreadable);
                g.writeArrayFieldStart("results");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void file(java.nio.file.Path file, String sourceLanguage, String targetLanguage) {
        }

        @Override
        public void unit(CheckResult.UnitResult unit) {
            try {
                for (Finding f : unit.findings()) {
                    result(g, f, null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            suppressed.addAll(unit.suppressed());
        }

        /** The suppressed findings' results, and the end of the document. */
        public void end() {
            try (g) {
                for (Suppressions.Suppressed s : suppressed) {
                    result(g, s.finding(), s.by());
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void tool(JsonGenerator g, CheckConfig config, String version) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", TOOL);
        g.writeStringField("version", version);
        g.writeArrayFieldStart("rules");
        for (Rule r : CheckConfig.RULES) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("name", name(r.id()));
            g.writeObjectFieldStart("shortDescription");
            g.writeStringField("text", r.description());
            g.writeEndObject();
            g.writeObjectFieldStart("fullDescription");
            g.writeStringField("text", r.help());
            g.writeEndObject();
            SegmentCheck check = QualityChecks.byId(r.id());
            g.writeObjectFieldStart("help");
            g.writeStringField("text", help(r, check));
            g.writeEndObject();
            g.writeObjectFieldStart("defaultConfiguration");
            Severity s = config.severity(r);
            g.writeStringField("level", level(s));
            if (s == Severity.OFF) {
                g.writeBooleanField("enabled", false);
            }
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeArrayFieldStart("tags");
            g.writeString(check == null ? "glossary" : "quality");
            g.writeEndArray();
            g.writeStringField("defaultSeverity", r.defaultSeverity().label());
            if (check != null && !check.parameters().isEmpty()) {
                g.writeArrayFieldStart("parameters");
                for (CheckParameter p : check.parameters()) {
                    g.writeString(p.key(r, p.name().isEmpty() ? "<locale>" : null) + (p.name().isEmpty() ? "" : "[.<locale>]"));
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * The run's one invocation: successful unless an input could not be read, each such input a
     * {@code toolExecutionNotification} at its place (SARIF 2.1.0 section 3.20.21), so that code
     * scanning shows it beside the findings of the files that could be read.
     */
    private static void invocation(JsonGenerator g, List<CheckResult.Unreadable> unreadable) throws IOException {
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", unreadable.isEmpty());
        if (!unreadable.isEmpty()) {
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (CheckResult.Unreadable u : unreadable) {
                g.writeStartObject();
                g.writeStringField("level", "error");
                g.writeObjectFieldStart("message");
                g.writeStringField("text", u.message());
                g.writeEndObject();
                g.writeObjectFieldStart("descriptor");
                g.writeStringField("id", CheckResult.RULE_ID);
                g.writeEndObject();
                g.writeArrayFieldStart("locations");
                g.writeStartObject();
                physicalLocation(g, u.position());
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void physicalLocation(JsonGenerator g, SourcePosition p) throws IOException {
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(p.file()));
        g.writeEndObject();
        if (p.line() > 0) {
            g.writeObjectFieldStart("region");
            g.writeNumberField("startLine", p.line());
            if (p.column() > 0) {
                g.writeNumberField("startColumn", p.column());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** A result; a suppressed one carries its suppression (external, accepted, with the reason and where it is written). */
    private static void result(JsonGenerator g, Finding f, Suppressions.Suppression by) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.rule().id());
        g.writeStringField("level", level(f.severity()));
        g.writeObjectFieldStart("message");
        g.writeStringField("text", f.message());
        g.writeEndObject();
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        physicalLocation(g, f.position());
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("properties");
        g.writeStringField("unitId", f.unitId());
        if (f.segmentId() != null) {
            g.writeStringField("segmentId", f.segmentId());
        }
        if (f.conceptId() != null) {
            g.writeStringField("conceptId", f.conceptId());
        }
        if (!f.expected().isEmpty()) {
            g.writeArrayFieldStart("expected");
            for (String e : f.expected()) {
                g.writeString(e);
            }
            g.writeEndArray();
        }
        if (!f.found().isEmpty()) {
            g.writeArrayFieldStart("found");
            for (String e : f.found()) {
                g.writeString(e);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        if (by != null) {
            g.writeArrayFieldStart("suppressions");
            g.writeStartObject();
            g.writeStringField("kind", "external");
            g.writeStringField("status", "accepted");
            g.writeStringField("justification", by.reason());
            if (by.position() != null) {
                g.writeObjectFieldStart("location");
                g.writeObjectFieldStart("physicalLocation");
                g.writeObjectFieldStart("artifactLocation");
                g.writeStringField("uri", uri(by.position().file()));
                g.writeEndObject();
                g.writeObjectFieldStart("region");
                g.writeNumberField("startLine", by.position().line());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** {@code number-mismatch} → {@code NumberMismatch}, as SARIF names rules. */
    static String name(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    /** The rule's help, its severity setting and its parameters with what they mean. */
    private static String help(Rule r, SegmentCheck check) {
        StringBuilder sb = new StringBuilder(r.help());
        sb.append(" Severity: check.severity.").append(r.id()).append(" = error, warning, info or off (default ")
                .append(r.defaultSeverity().label()).append(").");
        if (check != null) {
            for (CheckParameter p : check.parameters()) {
                sb.append(" ").append(p.key(r, p.name().isEmpty() ? "<locale>" : null))
                        .append(p.name().isEmpty() ? "" : "[.<locale>]").append(": ").append(p.description()).append('.');
            }
        }
        return sb.toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, OFF -> "note";
        };
    }

    /** A relative (or file:) URI reference for a path, spaces and non-ASCII percent-encoded. */
    static String uri(Path file) {
        if (file == null) {
            return "";
        }
        if (file.isAbsolute()) {
            return file.toUri().toASCIIString();
        }
        try {
            return new URI(null, null, Paths2.display(file), null).toASCIIString();
        } catch (URISyntaxException e) {
            return Paths2.display(file);
        }
    }
}
