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
import java.util.List;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code goalpost lint}: lint specs and report what their business goals lack. */
final class LintCommand implements Subcommand {

    @Override
    public String name() {
        return "lint";
    }

    @Override
    public String summary() {
        return "Lint OpenAPI specs (files, or folders searched for root documents).";
    }

    @Override
    public Parameters parameters() {
        return new Parameters("PATH", true, "Spec files, or folders to search for root documents.");
    }

    @Override
    public Options options() {
        Options options = ProjectOptions.addTo(new Options())
                .addOption(ProjectOptions.valued("format", "FORMAT", "Report format: "
                        + String.join(", ", ReportFormat.labels()) + " (default: text)."))
                .addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
                        .desc("Write the report to FILE instead of standard output.").get())
                .addOption(ProjectOptions.valued("fail-on", "SEVERITY", "Exit with 1 when a finding (not "
                        + "suppressed, not in the baseline) is at least this severe: error, warning, info or never "
                        + "(default: error)."))
                .addOption(ProjectOptions.valued("max-warnings", "N", "Exit with 1 when there are more than N "
                        + "warnings (not suppressed, not in the baseline), whatever --fail-on says; -1 (the default) "
                        + "for no limit."))
                .addOption(ProjectOptions.valued("docs-url", "URL", "Where the rule pages are published: SARIF, "
                        + "JUnit and HTML reports link to URL + <rule id>.md (default: Goalpost's repository)."))
                .addOption(ProjectOptions.valued("baseline", "FILE", "Compare with this baseline: only findings not "
                        + "in it fail (default: goalpost-baseline.json in the working directory, when it exists)."))
                .addOption(ProjectOptions.flag("prune-baseline", "Rewrite the baseline without the entries that no "
                        + "longer occur."));
        return ProjectOptions.addThreads(options);
    }

    @Override
    public int run(ParsedArguments arguments, GoalpostCommand shell) throws IOException {
        String format = arguments.string("format", "text");
        ReportFormat reportFormat = ReportFormat.parse(format);
        if (reportFormat == null) {
            throw new UsageException("unknown format `" + format + "`; use one of "
                    + String.join(", ", ReportFormat.labels()));
        }
        String failOn = arguments.string("fail-on", "error");
        FailOn threshold = FailOn.parse(failOn);
        if (threshold == null) {
            throw new UsageException("unknown --fail-on `" + failOn + "`; use error, warning, info or never");
        }
        int maxWarnings = arguments.integer("max-warnings", -1);
        if (maxWarnings < -1) {
            throw new UsageException("--max-warnings " + maxWarnings + " is not a limit; give a number of warnings "
                    + "(0 or more), or -1 for no limit");
        }
        Path output = arguments.path("output");
        boolean pruneBaseline = arguments.has("prune-baseline");
        int threads = ProjectOptions.threads(arguments);
        ReportSettings settings = new ReportSettings(threshold, arguments.string("docs-url", null));
        SpecDiscovery.Found found = find(arguments.parameterPaths());
        ProjectSetup setup = ProjectOptions.open(arguments, arguments.path("baseline"), shell.clock());
        setup.notices().forEach(notice -> shell.err().println("goalpost: " + notice));
        if (pruneBaseline && setup.baselineFile() == null) {
            throw new UsageException("--prune-baseline needs a baseline: there is no goalpost-baseline.json here; "
                    + "write one with `goalpost baseline`, or name it with --baseline");
        }
        LintReport report = setup.lint(found, threads);
        if (output != null) {
            setup.refuseOverwritingAnInput(output, "the report", found, report, true);
        }
        write(report, reportFormat.writer(settings), output, shell);
        if (pruneBaseline) {
            int removed = setup.pruneBaseline(report);
            shell.err().println("goalpost: " + (removed == 0 ? "nothing to prune in " + report.baseline().file()
                    : "removed " + removed + (removed == 1 ? " fixed entry" : " fixed entries") + " from "
                            + report.baseline().file()));
        }
        long warnings = report.gatingCount(Severity.WARNING);
        if (maxWarnings >= 0 && warnings > maxWarnings) {
            shell.err().println("goalpost: " + Summaries.count(warnings, report.baseline() == null ? "warning"
                    : "new warning") + (warnings == 1 ? " exceeds" : " exceed") + " --max-warnings " + maxWarnings);
            return GoalpostCommand.FAILED;
        }
        return report.fails(threshold) ? GoalpostCommand.FAILED : 0;
    }

    static SpecDiscovery.Found find(List<Path> paths) {
        try {
            return SpecDiscovery.find(paths);
        } catch (SpecDiscovery.NothingToLintException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static void write(LintReport report, ReportWriter writer, Path output, GoalpostCommand shell)
            throws IOException {
        if (output == null) {
            try {
                writer.write(report, shell.stdout());
                shell.stdout().flush();
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
}
