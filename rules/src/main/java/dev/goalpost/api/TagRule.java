package dev.goalpost.api;

import dev.goalpost.api.model.Tag;

/** Runs on every Tag Object declared at the root of a document that carries the rule's goal. */
public interface TagRule extends Rule {
    void check(Tag tag, RuleContext context);
}
