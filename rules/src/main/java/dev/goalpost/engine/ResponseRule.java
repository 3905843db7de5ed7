package dev.goalpost.engine;

import dev.goalpost.model.Operation;
import dev.goalpost.model.Response;

/** Runs on each response of each operation whose effective goals include the rule's goal. */
public interface ResponseRule extends Rule {
    void check(Response response, Operation operation, RuleContext context);
}
