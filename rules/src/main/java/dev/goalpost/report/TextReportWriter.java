package dev.goalpost.report;

import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.SpecReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** One line per finding, {@code file:line:column severity rule message}, then a summary line. */
public final class TextReportWriter implements ReportWriter {

    @Override
    public void write(LintReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (SpecReport spec : report.specs()) {
            for (Finding finding : spec.findings()) {
                writer.write(line(finding));
                writer.write('\n');
            }
        }
        writer.write(Summaries.line(report));
        writer.write('\n');
        writer.flush();
    }

    public static String line(Finding finding) {
        return finding.file() + ":" + finding.line() + ":" + finding.column() + " " + finding.severity().label() + " "
                + finding.rule() + " " + finding.message();
    }
}
