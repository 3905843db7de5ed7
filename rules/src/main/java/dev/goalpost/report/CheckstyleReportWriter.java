package dev.goalpost.report;

import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.SpecReport;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Checkstyle XML, which many CI dashboards and IDE plugins read: a {@code <file>} per file read (findings or
 * not), an {@code <error>} per reported finding with its severity and the rule as {@code source}. Suppressed
 * findings are left out, as Checkstyle itself leaves out what its suppressions silence (its XML has no way to
 * mark them, and dashboards would count them as problems).
 */
public final class CheckstyleReportWriter implements ReportWriter {

    /** The format version ESLint's and other linters' Checkstyle output declares; readers accept it. */
    static final String FORMAT_VERSION = "4.3";

    @Override
    public void write(LintReport report, OutputStream out) throws IOException {
        // A set per file: a fragment shared by several specs has its findings once, in linear time (a list's
        // contains() made 33,000 findings take two minutes).
        Map<String, Set<Finding>> byFile = new LinkedHashMap<>();
        for (SpecReport spec : report.specs()) {
            for (SpecReport.Source source : spec.sources()) {
                byFile.computeIfAbsent(source.file(), file -> new LinkedHashSet<>());
            }
            for (Finding finding : spec.findings()) {
                if (!finding.isSuppressed()) {
                    byFile.computeIfAbsent(finding.file(), file -> new LinkedHashSet<>()).add(finding);
                }
            }
        }
        try (XmlOutput xml = XmlOutput.document(out)) {
            xml.start("checkstyle").attribute("version", FORMAT_VERSION);
            for (Map.Entry<String, Set<Finding>> file : byFile.entrySet()) {
                if (file.getValue().isEmpty()) {
                    xml.empty("file").attribute("name", file.getKey());
                    continue;
                }
                xml.start("file").attribute("name", file.getKey());
                for (Finding finding : file.getValue()) {
                    xml.empty("error").attribute("line", finding.line()).attribute("column", finding.column())
                            .attribute("severity", finding.severity().label())
                            .attribute("message", Summaries.message(finding))
                            .attribute("source", "goalpost." + finding.rule());
                }
                xml.end();
            }
            xml.end();
        }
    }
}
