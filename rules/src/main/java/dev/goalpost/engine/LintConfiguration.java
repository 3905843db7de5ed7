package dev.goalpost.engine;

import dev.goalpost.goal.GoalCatalog;
import java.util.List;
import java.util.Map;

/**
 * How to lint: default goals for specs that declare none, per-rule settings, custom goals and per-file overrides.
 * Built from options (CLI, plugin) and, in a later step, the configuration file.
 *
 * @param defaultGoals goal names (or {@code all}) for documents that declare no goal anywhere
 * @param rules settings by rule id
 * @param goals the goal catalog, built-in goals plus any custom ones
 * @param overrides settings that apply to some files only, later ones winning
 */
public record LintConfiguration(List<String> defaultGoals, Map<String, RuleSetting> rules, GoalCatalog goals,
        List<FileOverride> overrides) {

    /** Rule settings for the files matching any of {@code files} (glob patterns, relative to the base directory). */
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

    public static LintConfiguration defaults() {
        return new LintConfiguration(List.of(), Map.of(), GoalCatalog.builtIn(), List.of());
    }

    public LintConfiguration withDefaultGoals(List<String> goals) {
        return new LintConfiguration(goals, rules, this.goals, overrides);
    }

    public LintConfiguration withRule(String id, RuleSetting setting) {
        Map<String, RuleSetting> copy = new java.util.LinkedHashMap<>(rules);
        copy.merge(id, setting, RuleSetting::overriddenBy);
        return new LintConfiguration(defaultGoals, copy, goals, overrides);
    }
}
