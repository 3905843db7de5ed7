package dev.goalpost.rules.innovation;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.Operation;

/** Builders know how far they can rely on an operation before they build on it. */
@RuleInfo(id = "innovation/lifecycle-declared", severity = Severity.WARNING,
        summary = "The operation, its path item or the root declares x-lifecycle.")
@Vocabulary(members = LifecycleDeclared.EXTENSION, missing = "no operation says how stable it is",
        advice = "add `x-lifecycle: stable` (or experimental, beta, deprecated) at the root, and on the paths or "
                + "operations that differ")
public final class LifecycleDeclared implements OperationRule {

    static final String EXTENSION = "x-lifecycle";

    @Override
    public void check(Operation operation, RuleContext context) {
        if (operation.nearest(EXTENSION) == null) {
            context.report(operation.node(), operation.label() + " does not say how stable it is; add `" + EXTENSION
                    + ": beta` (or experimental, stable, deprecated) to the operation, its path or the document, so "
                    + "builders know what they can rely on");
        }
    }
}
