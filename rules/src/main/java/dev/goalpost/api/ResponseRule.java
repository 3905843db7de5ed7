package dev.goalpost.api;

import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Response;

/** Runs on each response of each operation whose effective goals include the rule's goal. */
public interface ResponseRule extends Rule {
    void check(Response response, Operation operation, RuleContext context);
}
