package dev.goalpost.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Lists every rule (built-in, and custom ones from the plugin's dependencies) with its goal, effective severity
 * and options as the configuration file sets them, and the custom goals with the rules they include.
 */
@Mojo(name = "rules", threadSafe = true, requiresProject = false, aggregator = true)
public class RulesMojo extends AbstractGoalpostMojo {

    /** Where the listing goes; tests replace it. */
    java.io.PrintStream stdout = System.out;

    @Override
    public void execute() throws MojoExecutionException {
        // The listing is what was asked for: it goes to standard output, so `mvn -q goalpost:rules` prints it too.
        openSetup(projectDirectory()).describeRules().forEach(stdout::println);
        stdout.flush();
    }
}
