package dev.goalpost.maven;

import dev.goalpost.baseline.BaselineFileException;
import dev.goalpost.engine.LintReport;
import dev.goalpost.load.SpecDiscovery;
import dev.goalpost.project.ProjectSetup;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * What the site reports share: the parameters of {@code goalpost:lint} that choose and configure the specs, and a
 * lint of one project exactly as {@code lint} does it (same specs, configuration and baseline). A report never
 * fails the build on findings; it shows them.
 */
abstract class AbstractGoalpostReport extends AbstractMavenReport {

    /** Skip the report. */
    @Parameter(property = "goalpost.skip", defaultValue = "false")
    boolean skip;

    /** As {@code goalpost:lint}: spec files, folders or Ant-style patterns; default: the default places. */
    @Parameter(property = "goalpost.specs")
    List<String> specs;

    /** As {@code goalpost:lint}: Ant-style patterns of spec files beside {@code specs}. */
    @Parameter(property = "goalpost.includes")
    List<String> includes;

    /** As {@code goalpost:lint}: Ant-style patterns of files not to lint. */
    @Parameter(property = "goalpost.excludes")
    List<String> excludes;

    /** As {@code goalpost:lint}: goals for specs that declare none. */
    @Parameter(property = "goalpost.defaultGoals")
    List<String> defaultGoals;

    /** As {@code goalpost:lint}: URL prefixes whose remote {@code $ref}s may be fetched. */
    @Parameter(property = "goalpost.allowRemoteRefs")
    List<String> allowRemoteRefs;

    /** As {@code goalpost:lint}: the configuration file; default: found in the project folder and its parents. */
    @Parameter(property = "goalpost.config")
    File config;

    /** As {@code goalpost:lint}: the configuration as a file or a resource of a plugin dependency. */
    @Parameter(property = "goalpost.configLocation")
    String configLocation;

    /** As {@code goalpost:lint}: the baseline; findings in it are marked. */
    @Parameter(property = "goalpost.baseline")
    File baseline;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getOutputName() {
        return "goalpost";
    }

    @Override
    public String getDescription(Locale locale) {
        return "How the OpenAPI specs meet the business goals they declare: a scorecard per goal and the findings.";
    }

    /** A lint of one project as {@code goalpost:lint} does it; null when it has no specs. */
    LintReport lint(MavenProject module) throws MavenReportException {
        Settings settings = settings(module);
        try {
            Path directory = settings.projectDirectory();
            SpecDiscovery.Found found = settings.findSpecs(directory);
            if (found == null) {
                return null;
            }
            ProjectSetup setup = settings.openSetup(directory);
            return setup.lint(found, Math.max(1, Runtime.getRuntime().availableProcessors()));
        } catch (MojoExecutionException | BaselineFileException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** Whether a project has specs to report on. */
    boolean hasSpecs(MavenProject module) {
        Settings settings = settings(module);
        try {
            return settings.findSpecs(settings.projectDirectory()) != null;
        } catch (MojoExecutionException e) {
            return true; // the report says what is wrong
        }
    }

    private Settings settings(MavenProject module) {
        Settings settings = new Settings();
        settings.skip = skip;
        settings.specs = specs;
        settings.includes = includes;
        settings.excludes = excludes;
        settings.failIfNoSpecs = false;
        settings.defaultGoals = defaultGoals;
        settings.allowRemoteRefs = allowRemoteRefs;
        settings.config = config;
        settings.configLocation = configLocation;
        settings.baseline = baseline;
        settings.project = module;
        settings.session = session;
        settings.plugin = plugin;
        settings.setLog(getLog());
        return settings;
    }

    /** The lint goals' way of choosing specs and configuration, reused here as it is. */
    private static final class Settings extends AbstractGoalpostMojo {
        @Override
        public void execute() {
            throw new UnsupportedOperationException("settings only");
        }
    }

    static List<MavenProject> withSpecs(List<MavenProject> projects, AbstractGoalpostReport report) {
        List<MavenProject> kept = new ArrayList<>();
        for (MavenProject module : projects) {
            if (report.hasSpecs(module)) {
                kept.add(module);
            }
        }
        return kept;
    }
}
