package dev.goalpost.api;

import dev.goalpost.api.model.Server;

/** Runs on every server of a document that carries the rule's goal (root, path item and operation servers). */
public interface ServerRule extends Rule {
    void check(Server server, RuleContext context);
}
