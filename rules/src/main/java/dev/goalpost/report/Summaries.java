package dev.goalpost.report;

import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.Severity;
import java.util.List;

/** The one-line summary every human-facing output ends with. */
public final class Summaries {

    private Summaries() {}

    /**
     * {@code 2 errors, 5 warnings in 3 specs (monetization, reach)}; info findings are counted only when there are
     * some ({@code 2 errors, 5 warnings, 1 info in …}), as they never fail a build by default.
     */
    public static String line(LintReport report) {
        StringBuilder line = new StringBuilder();
        line.append(count(report.count(Severity.ERROR), "error")).append(", ")
                .append(count(report.count(Severity.WARNING), "warning"));
        if (report.count(Severity.INFO) > 0) {
            line.append(", ").append(report.count(Severity.INFO)).append(" info");
        }
        line.append(" in ").append(count(report.specs().size(), "spec"));
        List<String> goals = report.goals();
        if (!goals.isEmpty()) {
            line.append(" (").append(String.join(", ", goals)).append(')');
        }
        return line.toString();
    }

    /** {@code 1 spec}, {@code 3 specs}. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
