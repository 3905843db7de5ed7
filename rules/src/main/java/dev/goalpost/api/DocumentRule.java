package dev.goalpost.api;

import dev.goalpost.api.model.ApiDocument;

/**
 * Runs once on a document that carries the rule's goal. Only for checks that compare elements with each other
 * (unique ids, "most paths do, this one does not") or judge the document as a whole; a check of one element at a
 * time is an element rule, so the engine does the walking and the goal scoping.
 */
public interface DocumentRule extends Rule {
    void check(ApiDocument document, RuleContext context);
}
