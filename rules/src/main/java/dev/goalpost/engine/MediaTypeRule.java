package dev.goalpost.engine;

import dev.goalpost.model.MediaType;
import dev.goalpost.model.Operation;

/**
 * Runs on each media type of each request body and response of each operation whose effective goals include
 * the rule's goal.
 */
public interface MediaTypeRule extends Rule {
    void check(MediaType mediaType, Operation operation, RuleContext context);
}
