package dev.goalpost.engine;

import dev.goalpost.api.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of linting one spec.
 *
 * @param file the root document, relative to the base directory
 * @param openapi the version the document declares, or null when it could not be read
 * @param goals the goals the document carries, sorted
 * @param findings in report order, suppressed ones included (see {@link Finding#isSuppressed()})
 * @param rulesRun ids of the rules that ran on this spec, sorted
 * @param sources every file read for this spec, the root first
 * @param timings where the time went (not part of any report, which must be byte-identical run to run)
 */
public record SpecReport(String file, String openapi, List<String> goals, List<Finding> findings,
        List<String> rulesRun, List<Source> sources, Timings timings) {

    /** A file read for a spec: its report name and, for local files, its path. */
    public record Source(String file, Path path) {}

    /** Nanoseconds spent loading (read, parse, references), indexing (model, goals) and running rules. */
    public record Timings(long loadNanos, long indexNanos, long rulesNanos) {}

    public SpecReport {
        goals = List.copyOf(goals);
        findings = List.copyOf(findings);
        rulesRun = List.copyOf(rulesRun);
        sources = List.copyOf(sources);
    }

    /** Reported (unsuppressed) findings of a severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity && f.isReported()).count();
    }

    /** Findings silenced by {@code x-goalpost-ignore}. */
    public long suppressedCount() {
        return findings.stream().filter(Finding::isSuppressed).count();
    }

    public SpecReport withFindings(List<Finding> replaced) {
        return new SpecReport(file, openapi, goals, replaced, rulesRun, sources, timings);
    }
}
