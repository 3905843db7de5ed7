package dev.goalpost.maven;

import dev.goalpost.config.ConfigFile;
import dev.goalpost.config.ConfigFileException;
import dev.goalpost.engine.ConfigurationException;
import dev.goalpost.load.SpecDiscovery;
import dev.goalpost.project.ProjectSetup;
import java.io.File;
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
 * What every Goalpost goal shares: which specs, which configuration, which baseline, and how findings name
 * files. The goals translate these into a {@link ProjectSetup}, exactly as the command line does.
 */
public abstract class AbstractGoalpostMojo extends AbstractMojo {

    /** Skip Goalpost altogether. */
    @Parameter(property = "goalpost.skip", defaultValue = "false")
    boolean skip;

    /**
     * Spec files, folders (searched for OpenAPI root documents) or Ant-style patterns such as
     * {@code src/main/openapi/**}{@code /*.yaml}, relative to the project folder. Default: {@code src/main/openapi}
     * and {@code openapi.yaml}, {@code openapi.yml}, {@code openapi.json} at the project root, whichever exist,
     * and the documents under {@code src/main/resources} whose top level has {@code openapi} or {@code swagger}.
     */
    @Parameter(property = "goalpost.specs")
    List<String> specs;

    /**
     * Ant-style patterns of spec files to lint, relative to the project folder ({@code api/**}{@code /*.yaml}:
     * {@code **} any number of folders, {@code *} and {@code ?} within a name), beside {@code specs}; like
     * {@code specs}, they replace the default places. Only OpenAPI root documents among the matches are linted.
     */
    @Parameter(property = "goalpost.includes")
    List<String> includes;

    /**
     * Ant-style patterns of files not to lint, relative to the project folder ({@code src/main/resources/static/**}),
     * whatever found them: {@code specs}, {@code includes} or the default places.
     */
    @Parameter(property = "goalpost.excludes")
    List<String> excludes;

    /**
     * Fail when there is no spec to lint. Default: {@code true} when {@code specs} is set, {@code false} when the
     * default places are searched (a module without specs then logs one line).
     */
    @Parameter(property = "goalpost.failIfNoSpecs")
    Boolean failIfNoSpecs;

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
     * The configuration file. Default: the first {@code goalpost.yaml} in the project folder and its parents, up to
     * the top of the multi-module project ({@code .mvn/} marks it; else {@code maven.multiModuleProjectDirectory},
     * the folder Maven was started in, or the parent projects' folders). A file named here must exist.
     */
    /** Spectral rulesets whose rules run as {@code spectral/<name>}, relative to the project folder. */
    @Parameter(property = "goalpost.spectralRulesets")
    List<String> spectralRulesets;

    @Parameter(property = "goalpost.config")
    File config;

    /**
     * The configuration as a file relative to the project folder, or else a resource on the plugin's class path:
     * add a jar that holds, say, {@code company/goalpost.yaml} to the plugin's {@code <dependencies>} and write
     * {@code <configLocation>company/goalpost.yaml</configLocation>} to share one configuration across
     * repositories. Override patterns of a shared configuration are relative to the project folder.
     */
    @Parameter(property = "goalpost.configLocation")
    String configLocation;

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
     * jars), the configuration, the options, the baseline. Logs which configuration is used.
     */
    ProjectSetup openSetup(Path projectDirectory) throws MojoExecutionException {
        Path reportBase = reportBase(projectDirectory);
        ClassLoader classPath = AbstractGoalpostMojo.class.getClassLoader();
        ConfigLocator located = ConfigLocator.locate(projectDirectory, path(config, projectDirectory),
                configLocation, multiModuleTops(), classPath);
        ProjectSetup setup;
        try {
            setup = ProjectSetup.open(ProjectSetup.Options.builder(reportBase).configFile(located.file())
                    .configResource(located.resource()).configSearch(located.search())
                    .configDirectory(located.resource() == null ? null : projectDirectory)
                    .defaultGoals(values(defaultGoals)).allowRemoteRefs(values(allowRemoteRefs))
                    .ruleLoader(classPath).baselineFile(path(baseline, projectDirectory))
                    .baselineDirectory(projectDirectory).clock(clock).optionNames(MavenOptionNames.NAMES)
                    .spectralRulesets(values(spectralRulesets).stream()
                            .map(file -> projectDirectory.resolve(file).normalize()).toList())
                    .build());
        } catch (ConfigFileException e) {
            // One message, printed once by Maven as the build error: every problem of the file, one a line.
            throw new MojoExecutionException("Goalpost configuration: " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems") + ":\n" + e.getMessage(), e);
        } catch (ConfigurationException e) {
            throw new MojoExecutionException("Goalpost configuration: " + e.getMessage(), e);
        }
        String used = setup.configDescription();
        getLog().info("Goalpost: configuration " + (used == null ? "defaults (no " + ConfigFile.FILE_NAME + " in "
                + relative(reportBase, projectDirectory, ".") + " or its parent folders)" : used));
        return setup;
    }

    /** Folders that may be the top of the multi-module project this module belongs to. */
    private List<Path> multiModuleTops() {
        List<Path> tops = new ArrayList<>();
        if (session != null && session.getRequest() != null
                && session.getRequest().getMultiModuleProjectDirectory() != null) {
            tops.add(normalized(session.getRequest().getMultiModuleProjectDirectory()));
        }
        if (session != null && session.getExecutionRootDirectory() != null) {
            tops.add(normalized(new File(session.getExecutionRootDirectory())));
        }
        for (MavenProject parent = project == null ? null : project.getParent(); parent != null;
                parent = parent.getParent()) {
            if (parent.getBasedir() != null) {
                tops.add(normalized(parent.getBasedir()));
            }
        }
        return tops;
    }

    private static Path normalized(File file) {
        return file.toPath().toAbsolutePath().normalize();
    }

    private static Path path(File file, Path projectDirectory) {
        return file == null ? null : projectDirectory.resolve(file.toPath()).toAbsolutePath().normalize();
    }

    /**
     * The specs to lint; null when there are none and that is allowed (logged in one line).
     *
     * @throws MojoExecutionException when there are none and {@code failIfNoSpecs} is on
     */
    SpecDiscovery.Found findSpecs(Path projectDirectory) throws MojoExecutionException {
        List<String> configured = values(specs);
        configured.addAll(values(includes));
        SpecDiscovery.Found found = SpecFinder.find(projectDirectory, values(specs), values(includes),
                values(excludes));
        if (found != null) {
            return found;
        }
        boolean fail = failIfNoSpecs != null ? failIfNoSpecs : !configured.isEmpty();
        String where = "no OpenAPI specs in " + SpecFinder.defaultPlaces() + " under " + projectDirectory;
        if (fail) {
            throw new MojoExecutionException("Goalpost: " + where + "; set <specs> to where the specs are, or "
                    + "<failIfNoSpecs>false</failIfNoSpecs> when this module has none");
        }
        getLog().info("Goalpost: " + where + "; nothing to lint (set <specs> to lint specs elsewhere)");
        return null;
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

    private static String relative(Path base, Path file, String whenSame) {
        String name = relative(base, file);
        return name.isEmpty() ? whenSame : name;
    }
}
