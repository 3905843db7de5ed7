package dev.goalpost.cli;

import dev.goalpost.project.ProjectSetup;
import dev.goalpost.project.RuleJars;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** The options every command that sets up a project shares: configuration file, rule jars, goals, references. */
final class ProjectOptions {

    private ProjectOptions() {}

    /** Adds the shared options to {@code options}. */
    static Options addTo(Options options) {
        return options
                .addOption(valued("config", "FILE", "The configuration file (default: goalpost.yaml in the working "
                        + "directory, when it exists). Options given here win over it."))
                .addOption(valued("rules-jar", "JAR", "A jar of custom rules, found through java.util.ServiceLoader "
                        + "(repeatable)."))
                .addOption(valued("default-goal", "GOAL", "Goal for specs that declare none (repeatable; `all` for "
                        + "every goal). Replaces defaultGoals of the configuration file."))
                .addOption(valued("allow-remote-ref", "PREFIX", "Fetch remote $refs whose URL starts with PREFIX "
                        + "(repeatable). Nothing remote is fetched otherwise."))
                .addOption(valued("spectral-ruleset", "FILE", "A Spectral ruleset (.spectral.yaml) whose rules run as "
                        + "spectral/<name> (repeatable; adds to `rulesets` of the configuration file)."));
    }

    /** Adds {@code --threads}, for the commands that lint. */
    static Options addThreads(Options options) {
        return options.addOption(valued("threads", "N", "Specs linted at once (default: the number of processors)."));
    }

    /** How many specs to lint at once: --threads, or the number of processors. */
    static int threads(ParsedArguments arguments) {
        int threads = arguments.integer("threads", Runtime.getRuntime().availableProcessors());
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1 (it was " + threads + ")");
        }
        return threads;
    }

    /** The project in the working directory, set up as these options say. */
    static ProjectSetup open(ParsedArguments arguments, Path baseline, Clock clock) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        return ProjectSetup.open(ProjectSetup.Options.builder(workingDirectory).configFile(arguments.path("config"))
                .defaultGoals(arguments.strings("default-goal"))
                .allowRemoteRefs(arguments.strings("allow-remote-ref"))
                .ruleLoader(RuleJars.loader(arguments.paths("rules-jar"), ProjectOptions.class.getClassLoader()))
                .baselineFile(baseline).clock(clock).spectralRulesets(arguments.paths("spectral-ruleset")).build());
    }

    /** A long option that takes one value per use. */
    static Option valued(String name, String label, String description) {
        return Option.builder().longOpt(name).hasArg().argName(label).desc(description).get();
    }

    /** A long option without a value. */
    static Option flag(String name, String description) {
        return Option.builder().longOpt(name).desc(description).get();
    }
}
