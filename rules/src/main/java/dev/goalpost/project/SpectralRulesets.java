package dev.goalpost.project;

import dev.goalpost.api.Rule;
import dev.goalpost.api.Severity;
import dev.goalpost.config.ConfigFile;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleKind;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.goal.GoalCatalog;
import dev.goalpost.spectral.SpectralRule;
import dev.goalpost.spectral.SpectralRuleset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Spectral rulesets of a project (listed under {@code rulesets:} in {@code goalpost.yaml} and named by the
 * shell), compiled once per run and added to the rule registry as {@code spectral/<name>} rules.
 */
final class SpectralRulesets {

    private final SpectralRuleset.Loaded loaded;

    private SpectralRulesets(SpectralRuleset.Loaded loaded) {
        this.loaded = loaded;
    }

    static SpectralRulesets load(Path configFile, List<Path> named, Function<Path, String> displayName) {
        List<Path> files = new ArrayList<>();
        if (configFile != null) {
            files.addAll(ConfigFile.rulesetFiles(configFile));
        }
        named.forEach(file -> files.add(file.toAbsolutePath().normalize()));
        return new SpectralRulesets(SpectralRuleset.read(files, displayName));
    }

    List<String> notices() {
        return loaded.notices();
    }

    List<Path> files() {
        return loaded.files();
    }

    private static String customGoal(String id, GoalCatalog catalog) {
        for (GoalCatalog.CustomGoal goal : catalog.customGoals()) {
            if (goal.rules().contains(id)) {
                return goal.name();
            }
        }
        return null;
    }

    /**
     * The registry plus the rulesets' rules. A rule's goal is its {@code x-business-goal}, else the custom goal of
     * {@code catalog} that lists it, else none (it runs on every spec, like a core rule).
     */
    RuleRegistry register(RuleRegistry registry, GoalCatalog catalog) {
        if (loaded.rules().isEmpty()) {
            return registry;
        }
        Map<RuleDescriptor, Rule> added = new LinkedHashMap<>();
        for (SpectralRuleset.Compiled rule : loaded.rules()) {
            String goal = rule.goal();
            if (goal != null && catalog != null && catalog.canonical(goal) != null) {
                goal = catalog.canonical(goal);
            } else if (goal != null && GoalCatalog.builtIn().canonical(goal) != null) {
                goal = GoalCatalog.builtIn().canonical(goal);
            }
            if (catalog != null && rule.goal() != null && catalog.canonical(rule.goal()) == null) {
                throw new dev.goalpost.engine.ConfigurationException(rule.id() + ": unknown x-business-goal `"
                        + rule.goal() + "`" + dev.goalpost.text.DidYouMean.hint(rule.goal(), catalog.acceptedNames())
                        + "; use one of " + String.join(", ", catalog.goals()));
            }
            if (goal == null && catalog != null) {
                goal = customGoal(rule.id(), catalog);
            }
            Severity severity = rule.severity() == null ? Severity.WARNING : rule.severity();
            String help = rule.documentationUrl() != null ? rule.documentationUrl()
                    : "https://github.com/goalpost-dev/goalpost/blob/main/docs/spectral-rulesets.md";
            added.put(new RuleDescriptor(rule.id(), goal == null ? RuleDescriptor.CORE : goal, severity,
                    rule.summary(), help, RuleKind.DOCUMENT, List.of(), SpectralRule.class), rule.rule());
        }
        return registry.withInstances(added);
    }

    /** The ids of the rules a ruleset turns off (severity {@code off}), for the configuration to disable. */
    List<String> off() {
        return loaded.rules().stream().filter(rule -> rule.severity() == null).map(SpectralRuleset.Compiled::id)
                .toList();
    }
}
