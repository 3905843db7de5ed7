package dev.goalpost.rules.core;

import dev.goalpost.engine.RuleContext;
import dev.goalpost.engine.RuleInfo;
import dev.goalpost.engine.Severity;
import dev.goalpost.engine.WorkspaceRule;
import dev.goalpost.load.LoadProblem;
import dev.goalpost.load.Workspace;

/** The spec can be read: valid UTF-8, JSON or YAML, an OpenAPI document of a version Goalpost knows. */
@RuleInfo(id = "core/spec-valid", severity = Severity.ERROR,
        summary = "The spec can be read as an OpenAPI 2.0, 3.0, 3.1 or 3.2 document.")
public final class SpecValid implements WorkspaceRule {

    @Override
    public void check(Workspace workspace, RuleContext context) {
        LoadProblems.report(workspace, LoadProblem.Kind.SPEC_INVALID, context);
    }
}
