package dev.goalpost.engine;

import dev.goalpost.load.Workspace;

/** Runs once per spec on the loaded files, even when they could not be read as an OpenAPI document. */
public interface WorkspaceRule extends Rule {
    void check(Workspace workspace, RuleContext context);
}
