package dev.goalpost.cli;

import dev.goalpost.project.ProjectSetup;
import dev.goalpost.project.RuleJars;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command that sets up a project shares: configuration file, rule jars, goals, references. */
final class ProjectOptions {

    /** How many specs the commands that lint lint at once. */
    static final class Threads {
        @Option(names = "--threads", paramLabel = "N",
                description = "Specs linted at once (default: the number of processors).")
        int threads = Runtime.getRuntime().availableProcessors();

        int count() {
            if (threads < 1) {
                throw new UsageException("--threads must be at least 1 (it was " + threads + ")");
            }
            return threads;
        }
    }

    @Option(names = "--config", paramLabel = "FILE",
            description = "The configuration file (default: goalpost.yaml in the working directory, when it "
                    + "exists). Options given here win over it.")
    Path config;

    @Option(names = "--rules-jar", paramLabel = "JAR",
            description = "A jar of custom rules, found through java.util.ServiceLoader (repeatable).")
    List<Path> rulesJars = new ArrayList<>();

    @Option(names = "--default-goal", paramLabel = "GOAL",
            description = "Goal for specs that declare none (repeatable; `all` for every goal). Replaces "
                    + "defaultGoals of the configuration file.")
    List<String> defaultGoals = new ArrayList<>();

    @Option(names = "--allow-remote-ref", paramLabel = "PREFIX",
            description = "Fetch remote $refs whose URL starts with PREFIX (repeatable). Nothing remote is "
                    + "fetched otherwise.")
    List<String> allowedRemotePrefixes = new ArrayList<>();

    @Option(names = "--spectral-ruleset", paramLabel = "FILE",
            description = "A Spectral ruleset (.spectral.yaml) whose rules run as spectral/<name> (repeatable; "
                    + "adds to `rulesets` of the configuration file).")
    List<Path> spectralRulesets = new ArrayList<>();

    /** The project in the working directory, set up as these options say. */
    ProjectSetup open(Path baseline, Clock clock) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        return ProjectSetup.open(ProjectSetup.Options.builder(workingDirectory).configFile(config)
                .defaultGoals(defaultGoals).allowRemoteRefs(allowedRemotePrefixes)
                .ruleLoader(RuleJars.loader(rulesJars, ProjectOptions.class.getClassLoader())).baselineFile(baseline)
                .clock(clock).spectralRulesets(spectralRulesets).build());
    }
}
