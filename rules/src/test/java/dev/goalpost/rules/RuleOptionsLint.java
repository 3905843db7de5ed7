package dev.goalpost.rules;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.engine.RuleSetting;
import dev.goalpost.engine.SpecReport;
import dev.goalpost.fixtures.TestSpecs;
import dev.goalpost.load.LoadOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Lints a spec with one rule alone, its options set through the engine's configuration as users set them. */
public final class RuleOptionsLint {

    private RuleOptionsLint() {}

    public static List<Finding> lint(Path spec, String ruleId, Map<String, JsonNode> options) {
        return report(spec, ruleId, options).findings();
    }

    public static SpecReport report(Path spec, String ruleId, Map<String, JsonNode> options) {
        RuleRegistry registry = RuleRegistry.builtIn();
        // Specs that declare no goal (corpus specs) are linted against every goal, as --default-goal all does.
        LintConfiguration configuration = LintConfiguration.defaults().withDefaultGoals(List.of("all"));
        for (RuleDescriptor rule : registry.rules()) {
            if (!rule.isCore() && !rule.id().equals(ruleId)) {
                configuration = configuration.withRule(rule.id(), RuleSetting.off());
            }
        }
        configuration = configuration.withRule(ruleId, RuleSetting.options(options));
        Linter linter = new Linter(new ConfiguredRules(registry, configuration), LoadOptions.defaults(),
                TestSpecs.root());
        return linter.lint(spec);
    }
}
