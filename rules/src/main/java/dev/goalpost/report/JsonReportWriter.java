package dev.goalpost.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.goalpost.api.Severity;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.FindingKey;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.engine.ToolInfo;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The documented JSON report ({@code docs/report-format.md}); other tools build on this shape. Later additions
 * are optional members, so readers of the first shape keep working: {@code suppression} and {@code baseline} on a
 * finding, {@code suppressed} in the summary, and a top-level {@code baseline} when a run compared with one.
 */
public final class JsonReportWriter implements ReportWriter {

    @Override
    public void write(LintReport report, OutputStream out) throws IOException {
        try (JsonGenerator json = JsonOutput.open(out)) {
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", ToolInfo.NAME);
            json.writeStringField("version", report.toolVersion());
            json.writeEndObject();
            json.writeArrayFieldStart("specs");
            for (SpecReport spec : report.specs()) {
                json.writeStartObject();
                json.writeStringField("file", spec.file());
                json.writeStringField("openapi", spec.openapi());
                json.writeArrayFieldStart("goals");
                for (String goal : spec.goals()) {
                    json.writeString(goal);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("findings");
                for (Finding finding : spec.findings()) {
                    writeFinding(json, finding);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            for (Severity severity : Severity.values()) {
                json.writeNumberField(severity.label(), report.count(severity));
            }
            json.writeNumberField("suppressed", report.suppressedCount());
            json.writeEndObject();
            if (report.baseline() != null) {
                writeBaseline(json, report);
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", finding.rule());
        json.writeStringField("goal", finding.goal());
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("message", finding.message());
        json.writeStringField("file", finding.file());
        json.writeNumberField("line", finding.line());
        json.writeNumberField("column", finding.column());
        json.writeStringField("pointer", finding.pointer());
        if (finding.baseline() != null) {
            json.writeStringField("baseline", finding.baseline().label());
        }
        if (finding.suppression() != null) {
            Finding.Suppression suppression = finding.suppression();
            json.writeObjectFieldStart("suppression");
            json.writeStringField("kind", "inSource");
            json.writeStringField("rule", suppression.rule());
            json.writeStringField("reason", suppression.reason());
            if (suppression.until() != null) {
                json.writeStringField("until", suppression.until().toString());
            }
            json.writeStringField("file", suppression.file());
            json.writeNumberField("line", suppression.line());
            json.writeNumberField("column", suppression.column());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void writeBaseline(JsonGenerator json, LintReport report) throws IOException {
        long unchanged = report.unchangedCount();
        long reported = report.summary().values().stream().mapToLong(Long::longValue).sum();
        json.writeObjectFieldStart("baseline");
        json.writeStringField("file", report.baseline().file());
        json.writeNumberField("unchanged", unchanged);
        json.writeNumberField("new", reported - unchanged);
        json.writeArrayFieldStart("fixed");
        for (FindingKey fixed : report.baseline().fixed()) {
            json.writeStartObject();
            json.writeStringField("file", fixed.file());
            json.writeStringField("rule", fixed.rule());
            json.writeStringField("pointer", fixed.pointer());
            json.writeStringField("fingerprint", fixed.fingerprint());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
