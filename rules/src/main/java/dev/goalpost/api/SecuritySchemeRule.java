package dev.goalpost.api;

import dev.goalpost.api.model.SecurityScheme;

/** Runs on every declared security scheme of a document that carries the rule's goal. */
public interface SecuritySchemeRule extends Rule {
    void check(SecurityScheme scheme, RuleContext context);
}
