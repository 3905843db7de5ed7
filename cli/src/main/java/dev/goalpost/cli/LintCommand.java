package dev.goalpost.cli;

import dev.goalpost.engine.FailOn;
import dev.goalpost.engine.LintReport;
import dev.goalpost.load.SpecDiscovery;
import dev.goalpost.project.ProjectSetup;
import dev.goalpost.api.Severity;
import dev.goalpost.report.ReportFormat;
import dev.goalpost.output.AtomicFile;
import dev.goalpost.report.ReportSettings;
import dev.goalpost.report.ReportWriter;
import dev.goalpost.report.Summaries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code goalpost lint}: lint specs and report what their business goals lack. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Lint OpenAPI specs (files, or folders searched for root documents).")
final class LintCommand implements Callable<Integer> {

    @ParentCommand
    GoalpostCommand parent;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Spec files, or folders to search for root documents.")
    List<Path> paths = new ArrayList<>();

    @Mixin
    ProjectOptions project;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = Formats.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Exit with 1 when a finding (not suppressed, not in the baseline) is at least this severe: "
                    + "error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Exit with 1 when there are more than N warnings (not suppressed, not in the baseline), "
                    + "whatever --fail-on says; -1 (the default) for no limit.")
    int maxWarnings;

    @Option(names = "--docs-url", paramLabel = "URL",
            description = "Where the rule pages are published: SARIF, JUnit and HTML reports link to URL + "
                    + "<rule id>.md (default: Goalpost's repository).")
    String docsUrl;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Compare with this baseline: only findings not in it fail (default: "
                    + "goalpost-baseline.json in the working directory, when it exists).")
    Path baseline;

    @Option(names = "--prune-baseline",
            description = "Rewrite the baseline without the entries that no longer occur.")
    boolean pruneBaseline;

    @Mixin
    ProjectOptions.Threads threads;

    @Override
    public Integer call() throws IOException {
        ReportFormat reportFormat = ReportFormat.parse(format);
        if (reportFormat == null) {
            throw new UsageException("unknown format `" + format + "`; use one of "
                    + String.join(", ", ReportFormat.labels()));
        }
        FailOn threshold = FailOn.parse(failOn);
        if (threshold == null) {
            throw new UsageException("unknown --fail-on `" + failOn + "`; use error, warning, info or never");
        }
        if (maxWarnings < -1) {
            throw new UsageException("--max-warnings " + maxWarnings + " is not a limit; give a number of warnings "
                    + "(0 or more), or -1 for no limit");
        }
        ReportSettings settings = new ReportSettings(threshold, docsUrl);
        SpecDiscovery.Found found = find(paths);
        ProjectSetup setup = project.open(baseline, parent.clock());
        setup.notices().forEach(notice -> parent.err().println("goalpost: " + notice));
        if (pruneBaseline && setup.baselineFile() == null) {
            throw new UsageException("--prune-baseline needs a baseline: there is no goalpost-baseline.json here; "
                    + "write one with `goalpost baseline`, or name it with --baseline");
        }
        LintReport report = setup.lint(found, threads.count());
        if (output != null) {
            setup.refuseOverwritingAnInput(output, "the report", found, report, true);
        }
        write(report, reportFormat.writer(settings));
        if (pruneBaseline) {
            int removed = setup.pruneBaseline(report);
            parent.err().println("goalpost: " + (removed == 0 ? "nothing to prune in " + report.baseline().file()
                    : "removed " + removed + (removed == 1 ? " fixed entry" : " fixed entries") + " from "
                            + report.baseline().file()));
        }
        long warnings = report.gatingCount(Severity.WARNING);
        if (maxWarnings >= 0 && warnings > maxWarnings) {
            parent.err().println("goalpost: " + Summaries.count(warnings, report.baseline() == null ? "warning"
                    : "new warning") + (warnings == 1 ? " exceeds" : " exceed") + " --max-warnings " + maxWarnings);
            return 1;
        }
        return report.fails(threshold) ? 1 : 0;
    }

    static SpecDiscovery.Found find(List<Path> paths) {
        try {
            return SpecDiscovery.find(paths);
        } catch (SpecDiscovery.NothingToLintException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private void write(LintReport report, ReportWriter writer) throws IOException {
        if (output == null) {
            try {
                writer.write(report, parent.stdout());
                parent.stdout().flush();
            } catch (IOException e) {
                throw new UsageException("cannot write the report to standard output: " + e.getMessage());
            }
            return;
        }
        try {
            // Whole or not at all: a full disk or a second run writing the same file never leaves a torn report.
            AtomicFile.write(output, out -> writer.write(report, out));
        } catch (IOException e) {
            throw new UsageException("cannot write the report to " + output + ": " + e.getMessage()
                    + (java.nio.file.Files.exists(output) ? " (the file there is unchanged)" : ""));
        }
    }

    /** Format names for help and completion. */
    static final class Formats extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Formats() {
            super(ReportFormat.labels());
        }
    }
}
