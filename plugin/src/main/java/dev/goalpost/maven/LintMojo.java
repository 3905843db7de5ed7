package dev.goalpost.maven;

import dev.goalpost.engine.ConfigurationException;
import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.FailOn;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.LintReport;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.engine.ToolInfo;
import dev.goalpost.incremental.RunState;
import dev.goalpost.load.LoadOptions;
import dev.goalpost.load.SpecDiscovery;
import dev.goalpost.load.SpecPatterns;
import dev.goalpost.report.ReportFiles;
import dev.goalpost.report.ReportFormat;
import dev.goalpost.report.Summaries;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Lints the project's OpenAPI specs against the business goals they declare, writes the reports build servers
 * read, and fails the build when findings reach {@code failOn} or warnings exceed {@code maxWarnings}.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class LintMojo extends AbstractMojo {

    /** Where specs are looked for when {@code specs} is not set; those that exist are linted. */
    static final List<String> DEFAULT_SPECS = List.of("src/main/openapi", "openapi.yaml", "openapi.yml", "openapi.json");

    /** What a successful run read, for skipping the next one when nothing changed. */
    static final String STATE_FILE = "goalpost-state.json";

    /** Skip linting altogether. */
    @Parameter(property = "goalpost.skip", defaultValue = "false")
    boolean skip;

    /**
     * Spec files, folders (searched for OpenAPI root documents) or Ant-style patterns such as
     * {@code src/main/openapi/**}{@code /*.yaml}, relative to the project folder. Default: {@code src/main/openapi}
     * and {@code openapi.yaml}, {@code openapi.yml}, {@code openapi.json} at the project root, whichever exist.
     */
    @Parameter(property = "goalpost.specs")
    List<String> specs;

    /** The least serious finding that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}. */
    @Parameter(property = "goalpost.failOn", defaultValue = "error")
    String failOn;

    /** Fail when there are more warnings than this; {@code -1} for no limit. */
    @Parameter(property = "goalpost.maxWarnings", defaultValue = "-1")
    int maxWarnings;

    /** Goals (or {@code all}) to check specs against that declare no {@code x-business-goal} anywhere. */
    @Parameter(property = "goalpost.defaultGoals")
    List<String> defaultGoals;

    /** URL prefixes whose remote {@code $ref}s may be fetched; nothing remote is fetched otherwise. */
    @Parameter(property = "goalpost.allowRemoteRefs")
    List<String> allowRemoteRefs;

    /** Reports to write: any of json, sarif, junit, checkstyle, html, github, text. */
    @Parameter(property = "goalpost.formats", defaultValue = "json,sarif")
    List<String> formats;

    /** Where the reports go, as {@code goalpost.json}, {@code goalpost.sarif}, {@code goalpost.junit.xml}, … */
    @Parameter(property = "goalpost.outputDirectory", defaultValue = "${project.build.directory}/goalpost")
    File outputDirectory;

    /** Lint even when no spec, configuration or plugin version changed since the last successful run. */
    @Parameter(property = "goalpost.force", defaultValue = "false")
    boolean force;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

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
            getLog().info("Goalpost: no OpenAPI specs in " + String.join(", ", DEFAULT_SPECS) + " under "
                    + projectDirectory + "; nothing to lint (set <specs> to lint specs elsewhere)");
            return;
        }

        LintConfiguration configuration = LintConfiguration.defaults().withDefaultGoals(values(defaultGoals));
        Linter linter;
        try {
            linter = new Linter(new ConfiguredRules(RuleRegistry.builtIn(), configuration),
                    LoadOptions.defaults().withAllowedRemotePrefixes(values(allowRemoteRefs)), reportBase);
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("Goalpost configuration: " + e.getMessage(), e);
        }

        Path output = outputDirectory(projectDirectory);
        Path stateFile = output.resolve(STATE_FILE);
        List<Path> reportFiles = ReportFiles.files(reportFormats, output);
        String tool = toolKey();
        String configurationKey = configurationKey(reportBase, found, threshold, reportFormats, output);
        if (!force && upToDate(stateFile, tool, configurationKey, reportFiles)) {
            getLog().info("Goalpost: " + Summaries.count(found.all().size(), "spec") + ", the files they reference, "
                    + "the configuration and the plugin are unchanged since the last successful run; skipping "
                    + "(-Dgoalpost.force=true lints anyway)");
            return;
        }

        LintReport report = linter.lint(found, Math.max(1, Runtime.getRuntime().availableProcessors()));
        for (SpecReport spec : report.specs()) {
            spec.findings().forEach(this::log);
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

        Verdict verdict = Verdict.of(report, threshold, maxWarnings);
        if (verdict.fails()) {
            throw new MojoFailureException("Goalpost: " + Summaries.line(report) + " fail the build ("
                    + String.join("; ", verdict.reasons()) + "). Reports: " + reportFiles.stream()
                            .map(file -> relative(reportBase, file)).collect(Collectors.joining(", ")));
        }
        rememberSuccess(stateFile, tool, configurationKey, report);
    }

    private void log(Finding finding) {
        String line = finding.file() + ":" + finding.line() + ":" + finding.column() + " [" + finding.rule() + "] "
                + finding.message();
        switch (finding.severity()) {
            case ERROR -> getLog().error(line);
            case WARNING -> getLog().warn(line);
            case INFO -> getLog().info(line);
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

    /** The configured specs, or the default locations that exist; null when there is nothing to lint. */
    private SpecDiscovery.Found findSpecs(Path projectDirectory) throws MojoExecutionException {
        List<String> configured = values(specs);
        if (!configured.isEmpty()) {
            try {
                return SpecPatterns.expand(projectDirectory, configured);
            } catch (SpecDiscovery.NothingToLintException e) {
                throw new MojoExecutionException("<specs>: " + e.getMessage() + "; write spec files, folders or "
                        + "patterns such as src/main/openapi/**/*.yaml, relative to " + projectDirectory);
            }
        }
        List<String> existing = DEFAULT_SPECS.stream()
                .filter(entry -> Files.exists(projectDirectory.resolve(entry))).toList();
        if (existing.isEmpty()) {
            return null;
        }
        try {
            return SpecPatterns.expand(projectDirectory, existing);
        } catch (SpecDiscovery.NothingToLintException e) {
            return null;
        }
    }

    private Path projectDirectory() {
        File basedir = project == null ? null : project.getBasedir();
        if (basedir == null && session != null && session.getExecutionRootDirectory() != null) {
            basedir = new File(session.getExecutionRootDirectory());
        }
        return (basedir == null ? Path.of("") : basedir.toPath()).toAbsolutePath().normalize();
    }

    /**
     * Findings name files relative to the folder Maven was started in when the project lies inside it (so every
     * module of a multi-module build names files as the repository does), else relative to the project.
     */
    private Path reportBase(Path projectDirectory) {
        String root = session == null ? null : session.getExecutionRootDirectory();
        if (root != null) {
            Path executionRoot = Path.of(root).toAbsolutePath().normalize();
            if (projectDirectory.startsWith(executionRoot)) {
                return executionRoot;
            }
        }
        return projectDirectory;
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
                && state.upToDate(tool, configurationKey);
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

    /** Everything configured that changes what is linted, how, or what is written. */
    private String configurationKey(Path reportBase, SpecDiscovery.Found found, FailOn threshold,
            List<ReportFormat> reportFormats, Path output) {
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

    /** List values as Maven gives them; on the command line one value may hold several, comma-separated. */
    static List<String> values(List<String> configured) {
        List<String> values = new ArrayList<>();
        if (configured != null) {
            for (String value : configured) {
                if (value == null) {
                    continue;
                }
                for (String part : value.split(",")) {
                    if (!part.isBlank()) {
                        values.add(part.strip());
                    }
                }
            }
        }
        return values;
    }

    private static String relative(Path base, Path file) {
        return file.startsWith(base) ? base.relativize(file).toString().replace('\\', '/') : file.toString();
    }
}
