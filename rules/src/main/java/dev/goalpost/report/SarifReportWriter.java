package dev.goalpost.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleKind;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.engine.ToolInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0, as GitHub code scanning and most CI dashboards read it: one rule descriptor per rule with a help
 * URI, one result per finding with a relative artifact URI and a 1-based region. A suppressed finding carries an
 * {@code inSource} suppression with its justification and where it is written; a run compared with a baseline
 * gives each result its {@code baselineState} ({@code new} or {@code unchanged}).
 */
public final class SarifReportWriter implements ReportWriter {

    private final ReportSettings settings;

    public SarifReportWriter() {
        this(ReportSettings.DEFAULT);
    }

    /** Help URIs and the rules' help under {@code settings.docsUrl()} when set. */
    public SarifReportWriter(ReportSettings settings) {
        this.settings = settings;
    }

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    @Override
    public void write(LintReport report, OutputStream out) throws IOException {
        Map<String, RuleDescriptor> rules = new TreeMap<>();
        report.rules().forEach(rule -> rules.put(rule.id(), rule));
        List<Finding> findings = new ArrayList<>();
        report.specs().stream().map(SpecReport::findings).forEach(findings::addAll);
        for (Finding finding : findings) {
            if (!rules.containsKey(finding.rule())) {
                rules.put(finding.rule(), new RuleDescriptor(finding.rule(), finding.rule().split("/")[0],
                        finding.severity(), finding.rule(), RuleDescriptor.DOCS_BASE + finding.rule() + ".md",
                        RuleKind.DOCUMENT, List.of(), null));
            }
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        rules.keySet().forEach(id -> index.put(id, index.size()));

        try (JsonGenerator json = JsonOutput.open(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, report, rules);
            json.writeStringField("columnKind", "utf16CodeUnits");
            json.writeArrayFieldStart("results");
            for (Finding finding : findings) {
                writeResult(json, finding, index.get(finding.rule()));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private void writeTool(JsonGenerator json, LintReport report, Map<String, RuleDescriptor> rules)
            throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", ToolInfo.NAME);
        json.writeStringField("version", report.toolVersion());
        json.writeStringField("semanticVersion", report.toolVersion().replace("-SNAPSHOT", ""));
        json.writeStringField("informationUri", ToolInfo.INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (RuleDescriptor rule : rules.values()) {
            json.writeStartObject();
            json.writeStringField("id", rule.id());
            json.writeStringField("name", rule.id().substring(rule.id().indexOf('/') + 1));
            json.writeObjectFieldStart("shortDescription");
            json.writeStringField("text", rule.summary());
            json.writeEndObject();
            RuleHelp help = RuleHelp.of(rule.id(), settings.docsUrl() != null ? settings.docsUrl()
                    : RuleDescriptor.DOCS_BASE);
            if (help != null && help.fullDescription() != null) {
                json.writeObjectFieldStart("fullDescription");
                json.writeStringField("text", help.fullDescription());
                json.writeEndObject();
            }
            json.writeStringField("helpUri", settings.helpUri(rule));
            if (help != null) {
                json.writeObjectFieldStart("help");
                json.writeStringField("text", help.text());
                json.writeStringField("markdown", help.markdown());
                json.writeEndObject();
            }
            json.writeObjectFieldStart("defaultConfiguration");
            json.writeStringField("level", level(rule.defaultSeverity()));
            json.writeEndObject();
            json.writeObjectFieldStart("properties");
            json.writeArrayFieldStart("tags");
            json.writeString(rule.goal());
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, Finding finding, int ruleIndex) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule());
        json.writeNumberField("ruleIndex", ruleIndex);
        json.writeStringField("level", level(finding.severity()));
        json.writeObjectFieldStart("message");
        json.writeStringField("text", finding.message());
        json.writeEndObject();
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        writePhysicalLocation(json, finding.file(), finding.line(), finding.column());
        if (!finding.pointer().isEmpty()) {
            json.writeArrayFieldStart("logicalLocations");
            json.writeStartObject();
            json.writeStringField("fullyQualifiedName", finding.pointer());
            json.writeStringField("kind", "object");
            json.writeEndObject();
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField("goalpostFinding/v1", fingerprint(finding));
        json.writeEndObject();
        if (finding.suppression() != null) {
            writeSuppression(json, finding.suppression());
        }
        if (finding.baseline() != null) {
            json.writeStringField("baselineState", finding.baseline().label());
        }
        json.writeEndObject();
    }

    private static void writeSuppression(JsonGenerator json, Finding.Suppression suppression) throws IOException {
        json.writeArrayFieldStart("suppressions");
        json.writeStartObject();
        json.writeStringField("kind", "inSource");
        json.writeStringField("justification", suppression.reason()
                + (suppression.until() == null ? "" : " (until " + suppression.until() + ")"));
        json.writeObjectFieldStart("location");
        writePhysicalLocation(json, suppression.file(), suppression.line(), suppression.column());
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeStringField("rule", suppression.rule());
        if (suppression.until() != null) {
            json.writeStringField("until", suppression.until().toString());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
    }

    /** {@code physicalLocation}: the file as a relative URI reference (remote content keeps its URL) and the region. */
    private static void writePhysicalLocation(JsonGenerator json, String file, int line, int column)
            throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", uri(file));
        if (!isUrl(file)) {
            json.writeStringField("uriBaseId", "%SRCROOT%");
        }
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", line);
        json.writeNumberField("startColumn", column);
        json.writeEndObject();
        json.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static boolean isUrl(String file) {
        return file.startsWith("http://") || file.startsWith("https://");
    }

    /** Relative paths as URI references: {@code /} separators, spaces and other reserved characters escaped. */
    static String uri(String file) {
        if (isUrl(file)) {
            return file;
        }
        StringBuilder uri = new StringBuilder();
        for (byte b : file.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                uri.append((char) c);
            } else {
                uri.append('%').append(String.format("%02X", c));
            }
        }
        return uri.toString();
    }

    /** Stable across line shifts: rule, file and pointer identify a finding's node. */
    private static String fingerprint(Finding finding) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((finding.rule() + "\n" + finding.file() + "\n" + finding.pointer())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
