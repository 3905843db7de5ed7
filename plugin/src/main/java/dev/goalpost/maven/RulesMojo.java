package dev.goalpost.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lists every rule (built-in, and custom ones from the plugin's dependencies) with its goal, effective severity
 * and options as the configuration file sets them, and the custom goals with the rules they include.
 */
@Mojo(name = "rules", threadSafe = true, requiresProject = false)
public class RulesMojo extends AbstractGoalpostMojo {

    @Override
    public void execute() throws MojoExecutionException {
        openSetup(projectDirectory()).describeRules().forEach(getLog()::info);
    }
}
