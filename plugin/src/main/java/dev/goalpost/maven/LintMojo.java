package dev.goalpost.maven;

import dev.goalpost.baseline.BaselineFileException;
import dev.goalpost.engine.FailOn;
import dev.goalpost.engine.LintReport;
import dev.goalpost.load.SpecDiscovery;
import dev.goalpost.project.ProjectSetup;
import dev.goalpost.report.ReportSettings;
import dev.goalpost.report.Summaries;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's OpenAPI specs against the business goals they declare, writes the reports build servers
 * read, and fails the build when findings (not suppressed, not in the baseline) reach {@code failOn} or warnings
 * exceed {@code maxWarnings}. Runs in every module of a multi-module build, bound to {@code verify} or invoked as
 * {@code mvn goalpost:lint}; {@code goalpost:lint-files} lints files outside any project.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class LintMojo extends AbstractGoalpostMojo {

    /** The least serious finding that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}. */
    @Parameter(property = "goalpost.failOn", defaultValue = "error")
    String failOn;

    /** Fail when there are more warnings (not suppressed, not in the baseline) than this; {@code -1} for no limit. */
    @Parameter(property = "goalpost.maxWarnings", defaultValue = "-1")
    int maxWarnings;

    /**
     * Reports to write: any of json, sarif, junit, checkstyle, html, github, text. Reports of formats no longer
     * listed are deleted from the output folder.
     */
    @Parameter(property = "goalpost.formats", defaultValue = "json,sarif")
    List<String> formats;

    /** Where the reports go, as {@code goalpost.json}, {@code goalpost.sarif}, {@code goalpost.junit.xml}, … */
    @Parameter(property = "goalpost.outputDirectory", defaultValue = "${project.build.directory}/goalpost")
    File outputDirectory;

    /**
     * Where the rule pages are published, for the reports' links (SARIF {@code helpUri}, JUnit, HTML): a rule's
     * page is this URL followed by {@code <rule id>.md}. Default: Goalpost's repository.
     */
    @Parameter(property = "goalpost.docsUrl")
    String docsUrl;

    /** Lint even when no spec, configuration or plugin version changed since the last successful run. */
    @Parameter(property = "goalpost.force", defaultValue = "false")
    boolean force;

    /** Rewrite the baseline without the entries that no longer occur. */
    @Parameter(property = "goalpost.pruneBaseline", defaultValue = "false")
    boolean pruneBaseline;

    /** Where {@code github} workflow commands go: the build's own standard output, where Actions reads them. */
    PrintStream stdout = System.out;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Goalpost: skipped (goalpost.skip)");
            return;
        }
        FailOn threshold = FailOn.parse(failOn);
        if (threshold == null) {
            throw new MojoExecutionException("<failOn>" + failOn + "</failOn> is not a severity; write error, "
                    + "warning, info or never");
        }
        if (maxWarnings < -1) {
            throw new MojoExecutionException("<maxWarnings>" + maxWarnings + "</maxWarnings> is not a limit; write "
                    + "a number of warnings (0 or more), or -1 for no limit");
        }
        Path projectDirectory = projectDirectory();
        Path reportBase = reportBase(projectDirectory);
        ReportOutput reports = new ReportOutput(ReportOutput.formats(values(formats)),
                ReportOutput.directory(outputDirectory, projectDirectory));
        SpecDiscovery.Found found = findSpecs(projectDirectory);
        if (found == null) {
            return;
        }
        ProjectSetup setup = openSetup(projectDirectory);
        setup.notices().forEach(getLog()::warn);
        if (pruneBaseline && setup.baselineFile() == null) {
            throw new MojoExecutionException("<pruneBaseline> needs a baseline: there is no "
                    + relative(reportBase, setup.baselineTarget()) + "; write one with mvn goalpost:baseline, or name "
                    + "it with <baseline>");
        }
        IncrementalRun incremental = IncrementalRun.of(reports.directory(), plugin == null ? null : plugin.getVersion(),
                IncrementalRun.parameters(reportBase, threshold, maxWarnings, values(defaultGoals),
                        values(allowRemoteRefs), reports.formats(), reports.directory(), docsUrl), found, setup);
        if (!force && incremental.upToDate(reports.files(), LocalDate.now(clock))) {
            String last = incremental.lastSummary();
            getLog().info("Goalpost: " + Summaries.count(found.all().size(), "spec") + ", the files they reference, "
                    + "the configuration and the plugin are unchanged since the last successful run; skipping "
                    + "(-Dgoalpost.force=true lints anyway)");
            if (last != null) {
                getLog().info("Goalpost: " + last + " (last run)");
            }
            return;
        }

        LintReport report = lint(setup, found);
        FindingLog.log(report, getLog());
        ReportSettings settings = new ReportSettings(threshold, docsUrl);
        try {
            incremental.forget();
            reports.write(report, settings).forEach(stale -> getLog().info("Goalpost: deleted " + stale
                    + ", a report of a format no longer in <formats>"));
        } catch (IOException e) {
            throw new MojoExecutionException("Goalpost could not write its reports: " + e.getMessage()
                    + "; set <outputDirectory> to a folder the build can write", e);
        }
        reports.printGithubCommands(report, settings, stdout);
        if (pruneBaseline) {
            prune(setup, report);
        }
        Verdict verdict = Verdict.of(report, threshold, maxWarnings);
        if (verdict.fails()) {
            throw new MojoFailureException("Goalpost: " + Summaries.line(report) + " fail the build ("
                    + String.join("; ", verdict.reasons()) + "). Reports: " + reports.files().stream()
                            .map(file -> relative(reportBase, file)).collect(Collectors.joining(", ")));
        }
        if (!pruneBaseline) {
            try {
                incremental.remember(report, Summaries.line(report));
            } catch (IOException e) {
                getLog().debug("Goalpost: cannot record this run for incremental builds: " + e.getMessage());
            }
        }
    }

    private LintReport lint(ProjectSetup setup, SpecDiscovery.Found found) throws MojoExecutionException {
        try {
            return setup.lint(found, Math.max(1, Runtime.getRuntime().availableProcessors()));
        } catch (BaselineFileException e) {
            throw new MojoExecutionException("Goalpost baseline: " + e.getMessage(), e);
        }
    }

    private void prune(ProjectSetup setup, LintReport report) throws MojoExecutionException {
        try {
            int removed = setup.pruneBaseline(report);
            getLog().info("Goalpost: " + (removed == 0 ? "nothing to prune in " + report.baseline().file()
                    : "removed " + removed + (removed == 1 ? " fixed entry" : " fixed entries") + " from "
                            + report.baseline().file()));
        } catch (IOException e) {
            throw new MojoExecutionException("Goalpost could not rewrite the baseline " + report.baseline().file()
                    + ": " + e.getMessage(), e);
        }
    }
}
