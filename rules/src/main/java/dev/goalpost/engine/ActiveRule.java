package dev.goalpost.engine;

import dev.goalpost.api.Rule;
import dev.goalpost.api.Severity;

/** A configured rule ready to run: its metadata, its instance (with options set) and its effective severity. */
public record ActiveRule(RuleDescriptor descriptor, Rule rule, Severity severity) {

    public String id() {
        return descriptor.id();
    }
}
