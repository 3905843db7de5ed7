package dev.goalpost.rules.core;

import dev.goalpost.engine.RuleContext;
import dev.goalpost.engine.RuleInfo;
import dev.goalpost.engine.Severity;
import dev.goalpost.engine.WorkspaceRule;
import dev.goalpost.load.LoadProblem;
import dev.goalpost.load.Workspace;

/** No {@code $ref} reaches outside what the reference policy allows: the spec's folder and allowed URL prefixes. */
@RuleInfo(id = "core/ref-refused", severity = Severity.ERROR,
        summary = "No $ref leaves the spec's folder or reaches a URL that is not allowed.")
public final class RefRefused implements WorkspaceRule {

    @Override
    public void check(Workspace workspace, RuleContext context) {
        LoadProblems.report(workspace, LoadProblem.Kind.REF_REFUSED, context);
    }
}
