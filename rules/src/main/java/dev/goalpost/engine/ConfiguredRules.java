package dev.goalpost.engine;

import dev.goalpost.api.Rule;
import dev.goalpost.api.Severity;
import dev.goalpost.load.SpecPatterns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The rules a configuration enables, instantiated with their options; per-file overrides give some files a
 * different set. Built once per run and shared by every spec (rules keep no state).
 */
public final class ConfiguredRules {

    private final RuleRegistry registry;
    private final LintConfiguration configuration;
    private final List<ActiveRule> base;
    private final List<List<Predicate<String>>> overrideMatchers = new ArrayList<>();
    private final Map<String, List<ActiveRule>> byOverrides = new ConcurrentHashMap<>();

    public ConfiguredRules(RuleRegistry registry, LintConfiguration configuration) {
        this.registry = registry;
        this.configuration = configuration;
        validate(configuration.rules());
        for (LintConfiguration.FileOverride override : configuration.overrides()) {
            validate(override.rules());
            List<Predicate<String>> matchers = new ArrayList<>();
            for (String pattern : override.files()) {
                String problem = SpecPatterns.problem(pattern);
                if (problem != null) {
                    throw new ConfigurationException("overrides: " + problem);
                }
                matchers.add(SpecPatterns.matcher(pattern));
            }
            overrideMatchers.add(matchers);
        }
        this.base = build(configuration.rules());
    }

    public RuleRegistry registry() {
        return registry;
    }

    public LintConfiguration configuration() {
        return configuration;
    }

    /**
     * The rules for a spec whose root document is {@code relativePath}: relative to the configuration's folder
     * (or the base directory without one), with {@code /} separators.
     */
    public List<ActiveRule> forFile(String relativePath) {
        if (overrideMatchers.isEmpty()) {
            return base;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < overrideMatchers.size(); i++) {
            for (Predicate<String> matcher : overrideMatchers.get(i)) {
                if (matcher.test(relativePath)) {
                    key.append(i).append(',');
                    break;
                }
            }
        }
        if (key.length() == 0) {
            return base;
        }
        return byOverrides.computeIfAbsent(key.toString(), k -> {
            Map<String, RuleSetting> settings = new LinkedHashMap<>(configuration.rules());
            for (String index : k.split(",")) {
                configuration.overrides().get(Integer.parseInt(index)).rules()
                        .forEach((id, setting) -> settings.merge(id, setting, RuleSetting::overriddenBy));
            }
            return build(settings);
        });
    }

    /** The rules without overrides, each with its effective severity. */
    public List<ActiveRule> base() {
        return base;
    }

    private void validate(Map<String, RuleSetting> settings) {
        for (Map.Entry<String, RuleSetting> entry : settings.entrySet()) {
            RuleDescriptor descriptor = registry.get(entry.getKey());
            if (descriptor == null) {
                throw new ConfigurationException("unknown rule `" + entry.getKey() + "`"
                        + dev.goalpost.text.DidYouMean.hint(entry.getKey(), registry.ids())
                        + "; `goalpost rules` lists every rule");
            }
            for (Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> option : entry.getValue().options().entrySet()) {
                String problem = registry.checkOption(descriptor, option.getKey(), option.getValue());
                if (problem != null) {
                    throw new ConfigurationException(problem);
                }
            }
        }
    }

    private List<ActiveRule> build(Map<String, RuleSetting> settings) {
        List<ActiveRule> rules = new ArrayList<>();
        for (RuleDescriptor descriptor : registry.rules()) {
            RuleSetting setting = settings.get(descriptor.id());
            if (setting != null && !setting.enabled()) {
                continue;
            }
            Severity severity = setting != null && setting.severity() != null ? setting.severity()
                    : descriptor.defaultSeverity();
            Rule rule = registry.create(descriptor, setting == null ? Map.of() : setting.options());
            rules.add(new ActiveRule(descriptor, rule, severity));
        }
        return List.copyOf(rules);
    }
}
