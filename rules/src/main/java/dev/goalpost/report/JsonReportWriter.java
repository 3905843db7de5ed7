package dev.goalpost.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.Severity;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.engine.ToolInfo;
import java.io.IOException;
import java.io.OutputStream;

/** The documented JSON report ({@code docs/report-format.md}); other tools build on this shape. */
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
            json.writeEndObject();
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
        json.writeEndObject();
    }
}
