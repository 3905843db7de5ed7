package dev.goalpost.engine;

import dev.goalpost.goal.GoalCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to lint: default goals for specs that declare none, per-rule settings, custom goals and per-file overrides.
 * Built from the configuration file ({@code goalpost.yaml}, see {@code dev.goalpost.config.ConfigFile}) and the
 * options of the CLI or the plugin, which win over the file.
 *
 * @param defaultGoals goal names (or {@code all}) for documents that declare no goal anywhere
 * @param rules settings by rule id
 * @param goals the goal catalog, built-in goals plus any custom ones
 * @param overrides settings that apply to some files only, later ones winning
 * @param configDirectory the folder override patterns are relative to (the configuration file's); null for the
 *     run's base directory
 */
public record LintConfiguration(List<String> defaultGoals, Map<String, RuleSetting> rules, GoalCatalog goals,
        List<FileOverride> overrides, Path configDirectory) {

    /**
     * Rule settings for the specs whose root document matches any of {@code files}: Ant-style patterns
     * ({@code legacy/**}, {@code **}{@code /internal-*.yaml}) relative to the configuration's folder.
     */
    public record FileOverride(List<String> files, Map<String, RuleSetting> rules) {
        public FileOverride {
            files = List.copyOf(files);
            rules = Map.copyOf(rules);
        }
    }

    public LintConfiguration {
        defaultGoals = List.copyOf(defaultGoals);
        rules = Map.copyOf(rules);
        overrides = List.copyOf(overrides);
    }

    public LintConfiguration(List<String> defaultGoals, Map<String, RuleSetting> rules, GoalCatalog goals,
            List<FileOverride> overrides) {
        this(defaultGoals, rules, goals, overrides, null);
    }

    public static LintConfiguration defaults() {
        return new LintConfiguration(List.of(), Map.of(), GoalCatalog.builtIn(), List.of(), null);
    }

    public LintConfiguration withDefaultGoals(List<String> goals) {
        return new LintConfiguration(goals, rules, this.goals, overrides, configDirectory);
    }

    /** This configuration with override patterns relative to {@code directory}. */
    public LintConfiguration withConfigDirectory(Path directory) {
        return new LintConfiguration(defaultGoals, rules, goals, overrides, directory);
    }

    public LintConfiguration withRule(String id, RuleSetting setting) {
        Map<String, RuleSetting> copy = new java.util.LinkedHashMap<>(rules);
        copy.merge(id, setting, RuleSetting::overriddenBy);
        return new LintConfiguration(defaultGoals, copy, goals, overrides, configDirectory);
    }
}
