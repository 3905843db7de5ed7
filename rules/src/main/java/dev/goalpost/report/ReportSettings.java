package dev.goalpost.report;

import dev.goalpost.engine.FailOn;

/**
 * What a report needs to know of the run besides its findings.
 *
 * @param failOn the least serious finding that fails the run: the JUnit report marks only findings that fail it
 *     as failed tests
 */
public record ReportSettings(FailOn failOn) {

    /** The defaults of both shells: a run fails on errors. */
    public static final ReportSettings DEFAULT = new ReportSettings(FailOn.ERROR);

    public ReportSettings {
        if (failOn == null) {
            throw new IllegalArgumentException("failOn is required");
        }
    }
}
