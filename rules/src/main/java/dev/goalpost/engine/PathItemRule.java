package dev.goalpost.engine;

import dev.goalpost.model.PathItem;

/** Runs on each path item of a document that carries the rule's goal. */
public interface PathItemRule extends Rule {
    void check(PathItem pathItem, RuleContext context);
}
