package dev.goalpost.api;

import dev.goalpost.api.model.PathItem;

/**
 * Runs on each path item under {@code paths} that holds an operation the rule's goal applies to (core rules: every
 * path item).
 */
public interface PathItemRule extends Rule {
    void check(PathItem pathItem, RuleContext context);
}
