package dev.goalpost.maven;

import dev.goalpost.engine.OptionNames;
import java.util.Map;

/** How a Maven user sets Goalpost's options: a parameter in the pom, or a user property on the command line. */
final class MavenOptionNames {

    static final OptionNames NAMES = new OptionNames(Map.of(
            "defaultGoals", "`<defaultGoals>` (or `-Dgoalpost.defaultGoals=GOAL`)",
            "allowRemoteRefs", "`<allowRemoteRefs>` (or `-Dgoalpost.allowRemoteRefs=PREFIX`)",
            "config", "`<config>` (or `-Dgoalpost.config=FILE`)",
            "baseline", "`<baseline>` (or `-Dgoalpost.baseline=FILE`)"));

    private MavenOptionNames() {}
}
