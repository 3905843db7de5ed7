package dev.goalpost.api;

import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.Parameter;

/** Runs on each parameter of each operation whose effective goals include the rule's goal. */
public interface ParameterRule extends Rule {
    void check(Parameter parameter, Operation operation, RuleContext context);
}
