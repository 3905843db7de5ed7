package dev.goalpost.api;

import dev.goalpost.api.model.Example;

/**
 * Runs on every example: those of the media types, parameters and headers of each operation whose effective goals
 * include the rule's goal, and those of every schema of a document that carries it. An example shared by several
 * places is judged once per schema and direction it is used with.
 */
public interface ExampleRule extends Rule {
    void check(Example example, RuleContext context);
}
