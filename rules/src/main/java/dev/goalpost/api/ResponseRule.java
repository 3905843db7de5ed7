package dev.goalpost.api;

import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Response;

/** Runs on each response of each operation whose effective goals include the rule's goal. */
public interface ResponseRule extends Rule {

    /** Narrows the responses the rule looks at (successful ones, errors, …). */
    default boolean appliesTo(Response response, Operation operation) {
        return true;
    }

    void check(Response response, Operation operation, RuleContext context);
}
