package dev.goalpost.maven;

import dev.goalpost.config.ConfigFileException;
import dev.goalpost.engine.ConfigurationException;
import dev.goalpost.load.SpecDiscovery;
import dev.goalpost.load.SpecPatterns;
import dev.goalpost.project.ProjectSetup;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every Goalpost goal shares: which specs, which configuration file, which baseline, and how findings name
 * files. The goals translate these into a {@link ProjectSetup}, exactly as the command line does.
 */
public abstract class AbstractGoalpostMojo extends AbstractMojo {

    /** Where specs are looked for when {@code specs} is not set; those that exist are linted. */
    static final List<String> DEFAULT_SPECS = List.of("src/main/openapi", "openapi.yaml", "openapi.yml", "openapi.json");

    /** Skip Goalpost altogether. */
    @Parameter(property = "goalpost.skip", defaultValue = "false")
    boolean skip;

    /**
     * Spec files, folders (searched for OpenAPI root documents) or Ant-style patterns such as
     * {@code src/main/openapi/**}{@code /*.yaml}, relative to the project folder. Default: {@code src/main/openapi}
     * and {@code openapi.yaml}, {@code openapi.yml}, {@code openapi.json} at the project root, whichever exist.
     */
    @Parameter(property = "goalpost.specs")
    List<String> specs;

    /**
     * Goals (or {@code all}) to check specs against that declare no {@code x-business-goal} anywhere. Replaces
     * {@code defaultGoals} of the configuration file.
     */
    @Parameter(property = "goalpost.defaultGoals")
    List<String> defaultGoals;

    /** URL prefixes whose remote {@code $ref}s may be fetched; nothing remote is fetched otherwise. */
    @Parameter(property = "goalpost.allowRemoteRefs")
    List<String> allowRemoteRefs;

    /**
     * The configuration file. Default: {@code goalpost.yaml} in the project folder, else in the folder Maven was
     * started in, when one exists. A file named here must exist.
     */
    /** Spectral rulesets whose rules run as {@code spectral/<name>}, relative to the project folder. */
    @Parameter(property = "goalpost.spectralRulesets")
    List<String> spectralRulesets;

    @Parameter(property = "goalpost.config")
    File config;

    /**
     * The baseline: {@code lint} fails only on findings not in it, {@code baseline} writes it. Default:
     * {@code goalpost-baseline.json} in the project folder (used by {@code lint} when it exists). A baseline named
     * here must exist for {@code lint}.
     */
    @Parameter(property = "goalpost.baseline")
    File baseline;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    /** Today's date for suppressions that expire; tests fix it. */
    Clock clock = Clock.systemDefaultZone();

    /**
     * Sets up the project: rules from the plugin's class loader (the plugin's {@code <dependencies>} add custom rule
     * jars), the configuration file, the options, the baseline.
     */
    ProjectSetup openSetup(Path projectDirectory) throws MojoExecutionException {
        Path reportBase = reportBase(projectDirectory);
        List<Path> search = new ArrayList<>(List.of(projectDirectory));
        if (!reportBase.equals(projectDirectory)) {
            search.add(reportBase);
        }
        try {
            return ProjectSetup.open(new ProjectSetup.Options(reportBase, path(config, projectDirectory), search,
                    values(defaultGoals), values(allowRemoteRefs), AbstractGoalpostMojo.class.getClassLoader(),
                    path(baseline, projectDirectory), projectDirectory, clock)
                    .withSpectralRulesets(values(spectralRulesets).stream()
                            .map(file -> projectDirectory.resolve(file).normalize()).toList()));
        } catch (ConfigFileException e) {
            e.problems().forEach(getLog()::error);
            throw new MojoExecutionException("Goalpost configuration: " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + " (each logged above):\n"
                    + e.getMessage(), e);
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("Goalpost configuration: " + e.getMessage(), e);
        }
    }

    private static Path path(File file, Path projectDirectory) {
        return file == null ? null : projectDirectory.resolve(file.toPath()).toAbsolutePath().normalize();
    }

    /** The configured specs, or the default locations that exist; null when there is nothing to lint. */
    SpecDiscovery.Found findSpecs(Path projectDirectory) throws MojoExecutionException {
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

    /** Logs that there is nothing to lint. */
    void nothingToLint(Path projectDirectory) {
        getLog().info("Goalpost: no OpenAPI specs in " + String.join(", ", DEFAULT_SPECS) + " under "
                + projectDirectory + "; nothing to lint (set <specs> to lint specs elsewhere)");
    }

    Path projectDirectory() {
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
    Path reportBase(Path projectDirectory) {
        String root = session == null ? null : session.getExecutionRootDirectory();
        if (root != null) {
            Path executionRoot = Path.of(root).toAbsolutePath().normalize();
            if (projectDirectory.startsWith(executionRoot)) {
                return executionRoot;
            }
        }
        return projectDirectory;
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

    static String relative(Path base, Path file) {
        return file.startsWith(base) ? base.relativize(file).toString().replace('\\', '/') : file.toString();
    }
}
