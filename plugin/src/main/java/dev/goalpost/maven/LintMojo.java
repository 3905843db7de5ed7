package dev.goalpost.maven;

import dev.goalpost.baseline.BaselineFileException;
import dev.goalpost.engine.FailOn;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.engine.ToolInfo;
import dev.goalpost.incremental.RunState;
import dev.goalpost.load.SpecDiscovery;
import dev.goalpost.project.ProjectSetup;
import dev.goalpost.report.ReportFiles;
import dev.goalpost.report.ReportFormat;
import dev.goalpost.report.Summaries;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's OpenAPI specs against the business goals they declare, writes the reports build servers
 * read, and fails the build when findings (not suppressed, not in the baseline) reach {@code failOn} or warnings
 * exceed {@code maxWarnings}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class LintMojo extends AbstractGoalpostMojo {

    /** What a successful run read, for skipping the next one when nothing changed. */
    static final String STATE_FILE = "goalpost-state.json";

    /** The least serious finding that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}. */
    @Parameter(property = "goalpost.failOn", defaultValue = "error")
    String failOn;

    /** Fail when there are more warnings (not suppressed, not in the baseline) than this; {@code -1} for no limit. */
    @Parameter(property = "goalpost.maxWarnings", defaultValue = "-1")
    int maxWarnings;

    /** Reports to write: any of json, sarif, junit, checkstyle, html, github, text. */
    @Parameter(property = "goalpost.formats", defaultValue = "json,sarif")
    List<String> formats;

    /** Where the reports go, as {@code goalpost.json}, {@code goalpost.sarif}, {@code goalpost.junit.xml}, … */
    @Parameter(property = "goalpost.outputDirectory", defaultValue = "${project.build.directory}/goalpost")
    File outputDirectory;

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
        FailOn threshold = failOnThreshold();
        List<ReportFormat> reportFormats = reportFormats();
        if (maxWarnings < -1) {
            throw new MojoExecutionException("<maxWarnings>" + maxWarnings + "</maxWarnings> is not a limit; write "
                    + "a number of warnings (0 or more), or -1 for no limit");
        }
        Path projectDirectory = projectDirectory();
        Path reportBase = reportBase(projectDirectory);
        SpecDiscovery.Found found = findSpecs(projectDirectory);
        if (found == null) {
            nothingToLint(projectDirectory);
            return;
        }
        ProjectSetup setup = openSetup(projectDirectory);
        if (pruneBaseline && setup.baselineFile() == null) {
            throw new MojoExecutionException("<pruneBaseline> needs a baseline: there is no "
                    + relative(reportBase, setup.baselineTarget()) + "; write one with mvn goalpost:baseline, or name "
                    + "it with <baseline>");
        }

        Path output = outputDirectory(projectDirectory);
        Path stateFile = output.resolve(STATE_FILE);
        List<Path> reportFiles = ReportFiles.files(reportFormats, output);
        String tool = toolKey();
        String configurationKey = configurationKey(reportBase, found, threshold, reportFormats, output, setup);
        if (!force && upToDate(stateFile, tool, configurationKey, reportFiles)) {
            getLog().info("Goalpost: " + Summaries.count(found.all().size(), "spec") + ", the files they reference, "
                    + "the configuration and the plugin are unchanged since the last successful run; skipping "
                    + "(-Dgoalpost.force=true lints anyway)");
            return;
        }

        LintReport report;
        try {
            report = setup.lint(found, Math.max(1, Runtime.getRuntime().availableProcessors()));
        } catch (BaselineFileException e) {
            throw new MojoExecutionException("Goalpost baseline: " + e.getMessage(), e);
        }
        for (SpecReport spec : report.specs()) {
            spec.findings().stream().filter(Finding::isReported).forEach(this::log);
        }
        if (report.baseline() != null) {
            report.baseline().fixed().stream().map(Summaries::fixedLine).forEach(getLog()::info);
        }
        getLog().info("Goalpost: " + Summaries.line(report));

        try {
            Files.deleteIfExists(stateFile);
            ReportFiles.write(report, reportFormats, output);
        } catch (IOException e) {
            throw new MojoExecutionException("Goalpost could not write its reports: " + e.getMessage()
                    + "; set <outputDirectory> to a folder the build can write", e);
        }
        if (reportFormats.contains(ReportFormat.GITHUB)) {
            printGithubCommands(report);
        }
        if (pruneBaseline) {
            prune(setup, report);
        }

        Verdict verdict = Verdict.of(report, threshold, maxWarnings);
        if (verdict.fails()) {
            throw new MojoFailureException("Goalpost: " + Summaries.line(report) + " fail the build ("
                    + String.join("; ", verdict.reasons()) + "). Reports: " + reportFiles.stream()
                            .map(file -> relative(reportBase, file)).collect(Collectors.joining(", ")));
        }
        if (!pruneBaseline) {
            rememberSuccess(stateFile, tool, configurationKey, report);
        }
    }

    private void log(Finding finding) {
        String line = dev.goalpost.report.ConsoleText.escape(finding.file() + ":" + finding.line() + ":"
                + finding.column() + " [" + finding.rule() + "] " + finding.message()
                + (finding.baseline() == Finding.BaselineState.UNCHANGED ? Summaries.IN_BASELINE : ""));
        switch (finding.severity()) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
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

    private FailOn failOnThreshold() throws MojoExecutionException {
        FailOn threshold = FailOn.parse(failOn);
        if (threshold == null) {
            throw new MojoExecutionException("<failOn>" + failOn + "</failOn> is not a severity; write error, "
                    + "warning, info or never");
        }
        return threshold;
    }

    private List<ReportFormat> reportFormats() throws MojoExecutionException {
        Set<ReportFormat> parsed = new LinkedHashSet<>();
        for (String name : values(formats)) {
            ReportFormat format = ReportFormat.parse(name);
            if (format == null) {
                throw new MojoExecutionException("<formats> names an unknown report format `" + name + "`; write "
                        + "any of " + String.join(", ", ReportFormat.labels()));
            }
            parsed.add(format);
        }
        return List.copyOf(parsed);
    }

    /**
     * The configured output folder. Without a pom, Maven leaves {@code ${project.basedir}} in the default
     * uninterpolated; it is the folder Maven runs in.
     */
    private Path outputDirectory(Path projectDirectory) {
        String path = outputDirectory.getPath();
        for (String expression : List.of("${project.basedir}", "${basedir}")) {
            int at = path.indexOf(expression);
            if (at >= 0) {
                return projectDirectory.resolve(path.substring(at + expression.length()).replaceFirst("^[/\\\\]+", ""))
                        .normalize();
            }
        }
        return outputDirectory.toPath().toAbsolutePath().normalize();
    }

    private void printGithubCommands(LintReport report) throws MojoExecutionException {
        try {
            ReportFormat.GITHUB.writer().write(report, stdout);
            stdout.flush();
        } catch (IOException e) {
            throw new MojoExecutionException("Goalpost could not print GitHub workflow commands: " + e.getMessage(), e);
        }
    }

    private boolean upToDate(Path stateFile, String tool, String configurationKey, List<Path> reportFiles) {
        RunState state = RunState.read(stateFile);
        return state != null && reportFiles.stream().allMatch(Files::isRegularFile)
                && state.upToDate(tool, configurationKey, LocalDate.now(clock));
    }

    private void rememberSuccess(Path stateFile, String tool, String configurationKey, LintReport report) {
        try {
            RunState state = RunState.of(tool, configurationKey, report);
            if (state != null) {
                state.write(stateFile);
            }
        } catch (IOException e) {
            getLog().debug("Goalpost: cannot record this run for incremental builds: " + e.getMessage());
        }
    }

    /**
     * Everything configured that changes what is linted, how, or what is written: parameters, the configuration
     * file's and the baseline's content, and the jars custom rules come from.
     */
    private String configurationKey(Path reportBase, SpecDiscovery.Found found, FailOn threshold,
            List<ReportFormat> reportFormats, Path output, ProjectSetup setup) throws MojoExecutionException {
        RunState.Key key = new RunState.Key()
                .add("reportBase", reportBase)
                .add("named", found.named().stream().map(path -> path.toAbsolutePath().normalize()).toList())
                .add("discovered", found.discovered().stream().map(path -> path.toAbsolutePath().normalize()).toList())
                .add("failOn", threshold.label())
                .add("maxWarnings", maxWarnings)
                .add("defaultGoals", values(defaultGoals))
                .add("allowRemoteRefs", values(allowRemoteRefs))
                .add("formats", reportFormats)
                .add("outputDirectory", output);
        try {
            key.add("config", setup.configFile());
            if (setup.configFile() != null) {
                key.addFile("configContent", setup.configFile());
            }
            key.add("baseline", setup.baselineFile());
            if (setup.baselineFile() != null) {
                key.addFile("baselineContent", setup.baselineFile());
            }
            for (Path jar : setup.ruleJars()) {
                key.add("ruleJar", jar).addFile("ruleJarContent", jar);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Goalpost cannot read " + e.getMessage(), e);
        }
        return key.value();
    }

    /**
     * The plugin's identity: its version and the engine's, plus, for snapshots, the size and time of the jars
     * the code came from, so a rebuilt snapshot is not mistaken for the one that ran before.
     */
    private String toolKey() {
        String version = plugin == null ? "unknown" : plugin.getVersion();
        StringBuilder key = new StringBuilder(version).append('/').append(ToolInfo.version());
        if (version == null || version.endsWith("-SNAPSHOT")) {
            for (Class<?> type : List.of(LintMojo.class, Linter.class)) {
                try {
                    File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
                    key.append('/').append(jar.length()).append('@').append(jar.lastModified());
                } catch (Exception e) {
                    key.append("/?");
                }
            }
        }
        return key.toString();
    }
}
