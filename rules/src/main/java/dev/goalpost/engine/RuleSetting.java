package dev.goalpost.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.goalpost.api.Severity;
import java.util.Map;

/**
 * What configuration says about one rule.
 *
 * @param enabled false when the rule is turned off
 * @param severity the severity to report with, or null for the rule's default
 * @param options option values by name, as JSON
 */
public record RuleSetting(boolean enabled, Severity severity, Map<String, JsonNode> options) {

    public RuleSetting {
        options = Map.copyOf(options);
    }

    public static RuleSetting off() {
        return new RuleSetting(false, null, Map.of());
    }

    public static RuleSetting severity(Severity severity) {
        return new RuleSetting(true, severity, Map.of());
    }

    public static RuleSetting options(Map<String, JsonNode> options) {
        return new RuleSetting(true, null, options);
    }

    /** This setting with {@code later} written over it: later severity, on/off and options win. */
    public RuleSetting overriddenBy(RuleSetting later) {
        Map<String, JsonNode> merged = new java.util.LinkedHashMap<>(options);
        merged.putAll(later.options);
        return new RuleSetting(later.enabled, later.severity != null ? later.severity : severity, merged);
    }
}
