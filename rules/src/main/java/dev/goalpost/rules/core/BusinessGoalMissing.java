package dev.goalpost.rules.core;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.Goals;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;

/**
 * The document says which business goal it serves, so Goalpost knows what to check. A document rule: whether any goal
 * is declared is a fact of the whole document.
 */
@RuleInfo(id = "core/business-goal-missing", severity = Severity.WARNING,
        summary = "The document declares the business goal it serves with x-business-goal.")
public final class BusinessGoalMissing implements DocumentRule {

    @Override
    public void check(ApiDocument document, RuleContext context) {
        if (!context.goals().declaresAny() && !context.goals().defaultsApplied()) {
            context.report(document.root(), "no business goal is declared, so only core rules ran; add "
                    + "`x-business-goal: <goal>` at the top level (one of " + String.join(", ", Goals.BUILT_IN)
                    + "), or lint it against goals with " + context.optionName("defaultGoals"));
        }
    }
}
