package dev.goalpost.maven;

import dev.goalpost.load.SpecDiscovery;
import dev.goalpost.project.ProjectSetup;
import dev.goalpost.report.Summaries;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes the baseline ({@code goalpost-baseline.json} in the project folder, or {@code baseline}): every current
 * finding that is not suppressed, so that {@code goalpost:lint} fails only on findings not in it.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractGoalpostMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Goalpost: skipped (goalpost.skip)");
            return;
        }
        Path projectDirectory = projectDirectory();
        SpecDiscovery.Found found = findSpecs(projectDirectory);
        if (found == null) {
            return;
        }
        ProjectSetup setup = openSetup(projectDirectory);
        ProjectSetup.WrittenBaseline written;
        try {
            written = setup.writeBaseline(found, Math.max(1, Runtime.getRuntime().availableProcessors()));
        } catch (IOException e) {
            throw new MojoExecutionException("Goalpost could not write the baseline "
                    + relative(reportBase(projectDirectory), setup.baselineTarget()) + ": " + e.getMessage()
                    + "; set <baseline> to a file the build can write", e);
        }
        long suppressed = written.report().suppressedCount();
        getLog().info("Goalpost: wrote " + Summaries.count(written.entries(), "finding") + " of "
                + Summaries.count(written.report().specs().size(), "spec") + " to " + written.displayName()
                + (suppressed > 0 ? " (" + suppressed + " suppressed findings are not baselined)" : ""));
    }
}
