package dev.goalpost.engine;

import dev.goalpost.model.ApiDocument;

/** Runs once on a document that carries the rule's goal. */
public interface DocumentRule extends Rule {
    void check(ApiDocument document, RuleContext context);
}
