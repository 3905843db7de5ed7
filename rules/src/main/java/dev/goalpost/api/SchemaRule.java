package dev.goalpost.api;

import dev.goalpost.api.model.Schema;

/** Runs on every schema of a document that carries the rule's goal, each schema once where it is written. */
public interface SchemaRule extends Rule {
    void check(Schema schema, RuleContext context);
}
