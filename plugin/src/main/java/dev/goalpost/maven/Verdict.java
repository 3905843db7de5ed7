package dev.goalpost.maven;

import dev.goalpost.api.Severity;
import dev.goalpost.engine.FailOn;
import dev.goalpost.engine.LintReport;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a report fails the build: a finding at or above {@code failOn}, or more warnings than
 * {@code maxWarnings} (negative: no limit). Only findings that gate count: suppressed ones and those the baseline
 * accepts never fail the build.
 *
 * @param reasons why the build fails, empty when it passes
 */
record Verdict(List<String> reasons) {

    static Verdict of(LintReport report, FailOn failOn, int maxWarnings) {
        List<String> reasons = new ArrayList<>();
        String fresh = report.baseline() == null ? "" : " new";
        if (report.fails(failOn)) {
            long atOrAbove = 0;
            for (Severity severity : Severity.values()) {
                if (failOn.fails(severity)) {
                    atOrAbove += report.gatingCount(severity);
                }
            }
            reasons.add(atOrAbove + fresh + (atOrAbove == 1 ? " finding is" : " findings are") + " at or above failOn="
                    + failOn.label());
        }
        long warnings = report.gatingCount(Severity.WARNING);
        if (maxWarnings >= 0 && warnings > maxWarnings) {
            reasons.add(warnings + fresh + (warnings == 1 ? " warning exceeds" : " warnings exceed") + " maxWarnings="
                    + maxWarnings);
        }
        return new Verdict(List.copyOf(reasons));
    }

    boolean fails() {
        return !reasons.isEmpty();
    }
}
