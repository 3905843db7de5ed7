package dev.goalpost.maven;

import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code goalpost:lint} without a project: lints the specs {@code -Dgoalpost.specs} names (or the default places)
 * in the folder Maven runs in, with or without a pom there. It runs once, not per module: in a multi-module build
 * use {@code goalpost:lint}, which lints every module.
 */
@Mojo(name = "lint-files", threadSafe = true, requiresProject = false, aggregator = true)
public class LintFilesMojo extends LintMojo {
}
