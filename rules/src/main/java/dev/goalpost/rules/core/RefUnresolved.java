package dev.goalpost.rules.core;

import dev.goalpost.engine.RuleContext;
import dev.goalpost.engine.RuleInfo;
import dev.goalpost.engine.Severity;
import dev.goalpost.engine.WorkspaceRule;
import dev.goalpost.load.LoadProblem;
import dev.goalpost.load.Workspace;

/** Every {@code $ref} leads to content: the file exists and can be read, the pointer names a node, no loops. */
@RuleInfo(id = "core/ref-unresolved", severity = Severity.ERROR,
        summary = "Every $ref points to a file and a node that exist.")
public final class RefUnresolved implements WorkspaceRule {

    @Override
    public void check(Workspace workspace, RuleContext context) {
        LoadProblems.report(workspace, LoadProblem.Kind.REF_UNRESOLVED, context);
    }
}
