package dev.goalpost.engine;

import dev.goalpost.model.Operation;
import dev.goalpost.model.Parameter;

/** Runs on each parameter of each operation whose effective goals include the rule's goal. */
public interface ParameterRule extends Rule {
    void check(Parameter parameter, Operation operation, RuleContext context);
}
