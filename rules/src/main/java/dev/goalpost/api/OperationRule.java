package dev.goalpost.api;

import dev.goalpost.api.model.Operation;

/** Runs on each operation whose effective goals include the rule's goal. */
public interface OperationRule extends Rule {

    /** Narrows the operations the rule looks at (list operations, state-changing ones, …). */
    default boolean appliesTo(Operation operation) {
        return true;
    }

    void check(Operation operation, RuleContext context);
}
