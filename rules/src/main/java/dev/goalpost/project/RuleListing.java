package dev.goalpost.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.engine.ActiveRule;
import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.OptionDescriptor;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleSetting;
import dev.goalpost.goal.GoalCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule as a configuration leaves it: goal, effective severity (or off), options with their effective values,
 * plus the custom goals with what they include and the per-file overrides. {@code goalpost rules} prints these
 * lines; {@code mvn goalpost:rules} logs them.
 */
public final class RuleListing {

    private RuleListing() {}

    public static List<String> lines(ConfiguredRules rules, String configurationName) {
        LintConfiguration configuration = rules.configuration();
        Map<String, ActiveRule> active = new LinkedHashMap<>();
        rules.base().forEach(rule -> active.put(rule.id(), rule));
        List<String> lines = new ArrayList<>();
        lines.add("Rules for " + (configurationName == null ? "the default configuration (no goalpost.yaml)"
                : configurationName) + ": id, goal, severity, summary; options with their values");
        for (RuleDescriptor descriptor : rules.registry().rules()) {
            ActiveRule rule = active.get(descriptor.id());
            String severity = rule == null ? "off" : rule.severity().label();
            if (rule == null || rule.severity() != descriptor.defaultSeverity()) {
                severity += " (default " + descriptor.defaultSeverity().label() + ")";
            }
            lines.add(String.format("%-40s %-12s %-24s %s", descriptor.id(), descriptor.goal(), severity,
                    descriptor.summary()));
            RuleSetting setting = configuration.rules().get(descriptor.id());
            for (OptionDescriptor option : descriptor.options()) {
                JsonNode set = setting == null ? null : setting.options().get(option.name());
                JsonNode value = set != null ? set : option.defaultValue();
                lines.add("    " + option.name() + " = " + value + (set != null && !set.equals(option.defaultValue())
                        ? " (default " + option.defaultValue() + ")" : "") + "  " + option.type() + ": "
                        + option.description());
            }
        }
        GoalCatalog catalog = configuration.goals();
        if (!catalog.customGoals().isEmpty()) {
            lines.add("");
            lines.add("Custom goals:");
            for (GoalCatalog.CustomGoal goal : catalog.customGoals()) {
                List<String> included = catalog.rulesOf(goal.name(), rules.registry().ids());
                lines.add("  " + goal.name() + (goal.extendsGoals().isEmpty() ? "" : " extends "
                        + String.join(", ", goal.extendsGoals())) + (goal.rules().isEmpty() ? "" : "; adds "
                        + String.join(", ", goal.rules())) + "; " + included.size() + " rules:");
                lines.add("    " + (included.isEmpty() ? "(none)" : String.join(", ", included)));
            }
        }
        if (!configuration.defaultGoals().isEmpty()) {
            lines.add("");
            lines.add("Default goals (for specs that declare none): " + String.join(", ", configuration.defaultGoals()));
        }
        if (!configuration.overrides().isEmpty()) {
            lines.add("");
            lines.add("Overrides (later ones win):");
            for (LintConfiguration.FileOverride override : configuration.overrides()) {
                List<String> settings = new ArrayList<>();
                override.rules().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .forEach(entry -> settings.add(entry.getKey() + ": " + describe(entry.getValue())));
                lines.add("  " + String.join(", ", override.files()) + " -> " + String.join("; ", settings));
            }
        }
        return lines;
    }

    private static String describe(RuleSetting setting) {
        if (!setting.enabled()) {
            return "off";
        }
        List<String> parts = new ArrayList<>();
        if (setting.severity() != null) {
            parts.add(setting.severity().label());
        }
        setting.options().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(option -> parts.add(option.getKey() + "=" + option.getValue()));
        return String.join(" ", parts);
    }
}
