package dev.goalpost.report;

import dev.goalpost.api.Severity;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.FindingKey;
import dev.goalpost.engine.LintReport;
import java.util.List;

/** The one-line summary every human-facing output ends with, and the other lines people read in consoles. */
public final class Summaries {

    /** Appended to a finding the baseline accepts, wherever a line shows one. */
    public static final String IN_BASELINE = " (in the baseline)";

    private Summaries() {}

    /**
     * {@code 2 errors, 5 warnings in 3 specs (monetization, reach)}; info findings are counted only when there are
     * some ({@code 2 errors, 5 warnings, 1 info in …}), as they never fail a build by default. Suppressed findings
     * and a baseline comparison add {@code ; 3 suppressed} and {@code ; baseline goalpost-baseline.json: 4
     * unchanged, 1 new, 2 fixed}. Counts by severity are of reported (unsuppressed) findings.
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
        long suppressed = report.suppressedCount();
        if (suppressed > 0) {
            line.append("; ").append(suppressed).append(" suppressed");
        }
        if (report.baseline() != null) {
            long unchanged = report.unchangedCount();
            long reported = report.summary().values().stream().mapToLong(Long::longValue).sum();
            line.append("; baseline ").append(report.baseline().file()).append(": ").append(unchanged)
                    .append(" unchanged, ").append(reported - unchanged).append(" new, ")
                    .append(report.baseline().fixed().size()).append(" fixed");
        }
        return line.toString();
    }

    /** {@code 1 spec}, {@code 3 specs}. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A baseline entry that no longer occurs: {@code api.yaml: fixed reach/list-paginated at /paths/~1a/get (…)}. */
    public static String fixedLine(FindingKey fixed) {
        return fixed.file() + ": fixed " + fixed.rule() + " at " + (fixed.pointer().isEmpty() ? "the document"
                : fixed.pointer()) + " (in the baseline, no longer found; prune the baseline to drop it)";
    }

    /** {@code message} plus the baseline mark when the baseline accepts the finding. */
    static String message(Finding finding) {
        return finding.baseline() == Finding.BaselineState.UNCHANGED ? finding.message() + IN_BASELINE
                : finding.message();
    }
}
