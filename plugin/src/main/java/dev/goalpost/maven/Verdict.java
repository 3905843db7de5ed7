package dev.goalpost.maven;

import dev.goalpost.engine.FailOn;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a report fails the build: a finding at or above {@code failOn}, or more warnings than
 * {@code maxWarnings} (negative: no limit).
 *
 * @param reasons why the build fails, empty when it passes
 */
record Verdict(List<String> reasons) {

    static Verdict of(LintReport report, FailOn failOn, int maxWarnings) {
        List<String> reasons = new ArrayList<>();
        if (report.fails(failOn)) {
            long atOrAbove = 0;
            for (Severity severity : Severity.values()) {
                if (failOn.fails(severity)) {
                    atOrAbove += report.count(severity);
                }
            }
            reasons.add(atOrAbove + (atOrAbove == 1 ? " finding is" : " findings are") + " at or above failOn="
                    + failOn.label());
        }
        long warnings = report.count(Severity.WARNING);
        if (maxWarnings >= 0 && warnings > maxWarnings) {
            reasons.add(warnings + (warnings == 1 ? " warning exceeds" : " warnings exceed") + " maxWarnings="
                    + maxWarnings);
        }
        return new Verdict(List.copyOf(reasons));
    }

    boolean fails() {
        return !reasons.isEmpty();
    }
}
