package dev.goalpost.report;

import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.SpecReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** One line per finding, {@code file:line:column severity rule message}, then a summary line. */
public final class TextReportWriter implements ReportWriter {

    @Override
    public void write(LintReport report, OutputStream out) throws IOException {
        writeLines(report, out, TextReportWriter::line, Summaries.line(report));
    }

    /** One UTF-8 line per finding, in report order, then {@code last} when it is not null. */
    static void writeLines(LintReport report, OutputStream out, Function<Finding, String> format, String last)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (SpecReport spec : report.specs()) {
            for (Finding finding : spec.findings()) {
                writer.write(format.apply(finding));
                writer.write('\n');
            }
        }
        if (last != null) {
            writer.write(last);
            writer.write('\n');
        }
        writer.flush();
    }

    public static String line(Finding finding) {
        return finding.file() + ":" + finding.line() + ":" + finding.column() + " " + finding.severity().label() + " "
                + finding.rule() + " " + finding.message();
    }
}
