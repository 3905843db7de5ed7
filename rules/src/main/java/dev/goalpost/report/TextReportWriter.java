package dev.goalpost.report;

import dev.goalpost.engine.Finding;
import dev.goalpost.engine.FindingKey;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.SpecReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One line per reported finding, {@code file:line:column severity rule message} (baseline findings marked), then
 * for each spec with more than {@value Summaries#ROLLUP_ABOVE} findings a count per rule, then the baseline
 * entries found fixed, then a summary line. Suppressed findings are not listed; the summary counts
 * them.
 */
public final class TextReportWriter implements ReportWriter {

    @Override
    public void write(LintReport report, OutputStream out) throws IOException {
        StringBuilder last = new StringBuilder();
        for (SpecReport spec : report.specs()) {
            for (String line : Summaries.rollup(spec)) {
                last.append(line).append('\n');
            }
        }
        if (report.baseline() != null) {
            for (FindingKey fixed : report.baseline().fixed()) {
                last.append(Summaries.fixedLine(fixed)).append('\n');
            }
        }
        last.append(Summaries.line(report));
        writeLines(report, out, Finding::isReported, TextReportWriter::line, last.toString());
    }

    /** One UTF-8 line per finding {@code keep} accepts, in report order, then {@code last} when it is not null. */
    static void writeLines(LintReport report, OutputStream out, Predicate<Finding> keep,
            Function<Finding, String> format, String last) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (SpecReport spec : report.specs()) {
            for (Finding finding : spec.findings()) {
                if (keep.test(finding)) {
                    writer.write(format.apply(finding));
                    writer.write('\n');
                }
            }
        }
        if (last != null) {
            writer.write(last);
            writer.write('\n');
        }
        writer.flush();
    }

    public static String line(Finding finding) {
        return ConsoleText.escape(Summaries.location(finding)) + " " + finding.severity().label() + " "
                + finding.rule() + " " + ConsoleText.escape(Summaries.message(finding));
    }
}
