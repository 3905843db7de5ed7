package dev.goalpost.api;

import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Operation;

/**
 * Runs on each media type of the request body and responses of each operation whose effective goals include the
 * rule's goal.
 */
public interface MediaTypeRule extends Rule {
    void check(MediaType mediaType, Operation operation, RuleContext context);
}
