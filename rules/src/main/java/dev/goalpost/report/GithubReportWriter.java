package dev.goalpost.report;

import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import java.io.IOException;
import java.io.OutputStream;

/**
 * GitHub Actions workflow commands, one per finding that can fail the run
 * ({@code ::error file=…,line=…,col=…,title=rule::message}), so a pull request shows each one inline. Printed to a
 * step's standard output. Suppressed findings and findings the baseline accepts are not annotated: an annotation
 * asks for a change, and those are accepted as they are (the SARIF report carries them, marked).
 */
public final class GithubReportWriter implements ReportWriter {

    @Override
    public void write(LintReport report, OutputStream out) throws IOException {
        TextReportWriter.writeLines(report, out, Finding::gates, GithubReportWriter::command, null);
    }

    /** One workflow command; findings in remote content get no file, as GitHub cannot place them. */
    static String command(Finding finding) {
        StringBuilder line = new StringBuilder("::").append(switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        }).append(' ');
        if (!finding.file().startsWith("http://") && !finding.file().startsWith("https://")) {
            line.append("file=").append(property(finding.file()))
                    .append(",line=").append(finding.line())
                    .append(",col=").append(finding.column()).append(',');
        }
        line.append("title=").append(property(finding.rule()));
        return ConsoleText.escape(line.append("::").append(data(finding.message())).toString());
    }

    /**
     * The escaping GitHub's runner undoes for a command's message: {@code %}, CR and LF (see {@code escapeData}
     * in actions/toolkit, packages/core/src/command.ts).
     */
    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Property values additionally escape {@code :} and {@code ,}, which separate properties ({@code escapeProperty}). */
    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
