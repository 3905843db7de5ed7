package dev.goalpost.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.goalpost.engine.ConfiguredRules;
import dev.goalpost.engine.Finding;
import dev.goalpost.engine.LintConfiguration;
import dev.goalpost.engine.Linter;
import dev.goalpost.engine.RuleDescriptor;
import dev.goalpost.engine.RuleRegistry;
import dev.goalpost.engine.RuleSetting;
import dev.goalpost.fixtures.TestSpecs;
import dev.goalpost.load.LoadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Lints specs in tests with the built-in rules under a given configuration, as users configure them. */
public final class ConfiguredLint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfiguredLint() {}

    /** The findings of one rule on {@code yaml}, written as {@code openapi.yaml} in {@code folder}. */
    public static List<Finding> findings(Path folder, String yaml, LintConfiguration configuration, String rule) {
        try {
            Path spec = folder.resolve("openapi.yaml");
            Files.writeString(spec, yaml);
            Linter linter = new Linter(new ConfiguredRules(RuleRegistry.builtIn(), configuration),
                    LoadOptions.defaults(), folder);
            return linter.lint(spec).findings().stream().filter(f -> f.rule().equals(rule)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default configuration with one rule's options set from a JSON object. */
    public static LintConfiguration withOptions(String rule, String json) {
        try {
            Map<String, JsonNode> options = JSON.readValue(json, new TypeReference<Map<String, JsonNode>>() {});
            return LintConfiguration.defaults().withRule(rule, RuleSetting.options(options));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The findings of one rule run alone on {@code spec} (documents without goals get every goal). */
    public static List<Finding> alone(Path spec, String ruleId, Map<String, JsonNode> options) {
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
        return linter.lint(spec).findings();
    }
}
