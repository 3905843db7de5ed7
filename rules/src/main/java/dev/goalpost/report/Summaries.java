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
     * add {@code ; 3 suppressed}. Counts by severity are of reported (unsuppressed) findings.
     *
     * <p>After a comparison with a baseline the counts are of new findings only, and what the baseline accepted is
     * counted apart, so a passing build does not read as "10 errors": {@code 0 new errors, 1 new warning in 1 spec
     * (reach); baseline goalpost-baseline.json: 10 accepted (8 errors, 2 warnings), 2 fixed}.
     */
    public static String line(LintReport report) {
        boolean compared = report.baseline() != null;
        String fresh = compared ? "new " : "";
        StringBuilder line = new StringBuilder();
        line.append(count(newOrReported(report, Severity.ERROR), fresh + "error")).append(", ")
                .append(count(newOrReported(report, Severity.WARNING), fresh + "warning"));
        long infos = newOrReported(report, Severity.INFO);
        if (infos > 0) {
            line.append(", ").append(infos).append(' ').append(fresh).append("info");
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
        if (compared) {
            long unchanged = report.unchangedCount();
            line.append("; baseline ").append(report.baseline().file()).append(": ").append(unchanged)
                    .append(" accepted");
            List<String> bySeverity = new java.util.ArrayList<>();
            for (Severity severity : Severity.values()) {
                long accepted = report.count(severity) - report.gatingCount(severity);
                if (accepted > 0) {
                    bySeverity.add(severity == Severity.INFO ? accepted + " info" : count(accepted, severity.label()));
                }
            }
            if (!bySeverity.isEmpty()) {
                line.append(" (").append(String.join(", ", bySeverity)).append(')');
            }
            line.append(", ").append(report.baseline().fixed().size()).append(" fixed");
        }
        return line.toString();
    }

    /** New findings of a severity after a baseline comparison, else all reported ones. */
    private static long newOrReported(LintReport report, Severity severity) {
        return report.baseline() != null ? report.gatingCount(severity) : report.count(severity);
    }

    /**
     * Beyond this column a line number tells a reader little (a minified JSON file is one line), so consoles name
     * the finding's JSON pointer too.
     */
    public static final int LONG_LINE_COLUMN = 120;

    /**
     * {@code file:line:column}, followed by {@code (at /json/pointer)} when the column is beyond
     * {@value #LONG_LINE_COLUMN}: in a generated, minified spec the pointer is what finds the place.
     */
    public static String location(Finding finding) {
        String location = finding.file() + ":" + finding.line() + ":" + finding.column();
        return finding.column() > LONG_LINE_COLUMN && !finding.pointer().isEmpty()
                ? location + " (at " + finding.pointer() + ")" : location;
    }

    /** A spec with more reported findings than this gets a count per rule after its findings. */
    public static final int ROLLUP_ABOVE = 20;

    /**
     * For a spec with more than {@value #ROLLUP_ABOVE} reported findings, a table of how many each rule reported,
     * most first, so the shape of a long report shows at a glance:
     * <pre>
     * api.yaml: 143 findings by rule
     *      57  error    reach/list-paginated
     *      40  warning  reach/conditional-get
     * </pre>
     * Empty for a spec with fewer.
     */
    public static List<String> rollup(dev.goalpost.engine.SpecReport spec) {
        java.util.Map<String, long[]> byRule = new java.util.TreeMap<>();
        java.util.Map<String, Severity> severities = new java.util.HashMap<>();
        long total = 0;
        for (Finding finding : spec.findings()) {
            if (finding.isReported()) {
                byRule.computeIfAbsent(finding.rule(), rule -> new long[1])[0]++;
                severities.merge(finding.rule(), finding.severity(),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
                total++;
            }
        }
        if (total <= ROLLUP_ABOVE) {
            return List.of();
        }
        List<java.util.Map.Entry<String, long[]>> rows = new java.util.ArrayList<>(byRule.entrySet());
        rows.sort(java.util.Comparator.comparingLong((java.util.Map.Entry<String, long[]> row) -> -row.getValue()[0])
                .thenComparing(java.util.Map.Entry::getKey));
        int width = String.valueOf(rows.get(0).getValue()[0]).length();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(spec.file() + ": " + total + " findings by rule");
        for (java.util.Map.Entry<String, long[]> row : rows) {
            lines.add(String.format(java.util.Locale.ROOT, "  %" + Math.max(5, width) + "d  %-8s %s",
                    row.getValue()[0], severities.get(row.getKey()).label(), row.getKey()));
        }
        return lines;
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
