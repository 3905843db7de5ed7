package dev.goalpost.maven;

import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.report.ConsoleText;
import dev.goalpost.report.Summaries;
import org.apache.maven.plugin.logging.Log;

/**
 * A lint's findings in the Maven log. A finding that can fail the build is logged at its own level; one the
 * baseline accepts is logged at INFO, marked, so a green build does not print {@code [ERROR]} lines. Then, for a
 * spec with many findings, a count per rule; the baseline entries found fixed; and the summary line.
 */
final class FindingLog {

    private FindingLog() {}

    static void log(LintReport report, Log log) {
        for (SpecReport spec : report.specs()) {
            for (Finding finding : spec.findings()) {
                if (finding.isReported()) {
                    log(finding, log);
                }
            }
        }
        for (SpecReport spec : report.specs()) {
            Summaries.rollup(spec).forEach(log::info);
        }
        if (report.baseline() != null) {
            report.baseline().fixed().stream().map(Summaries::fixedLine).map(ConsoleText::escape).forEach(log::info);
        }
        log.info("Goalpost: " + Summaries.line(report));
    }

    private static void log(Finding finding, Log log) {
        // Spec text and file names reach the console: control characters in them must not forge lines.
        String line = ConsoleText.escape(Summaries.location(finding) + " [" + finding.rule() + "] "
                + finding.message());
        if (!finding.gates()) {
            log.info(line + Summaries.IN_BASELINE + " (" + finding.severity().label() + ")");
            return;
        }
        switch (finding.severity()) {
            case ERROR -> log.error(line);
            case WARNING -> log.warn(line);
            case INFO -> log.info(line);
        }
    }
}
