package dev.goalpost.rules.core;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;
import dev.goalpost.goal.GoalAssignment;

/** Every {@code x-business-goal} value names a goal Goalpost knows (built-in, alias or custom). */
@RuleInfo(id = "core/business-goal-unknown", severity = Severity.ERROR,
        summary = "Every x-business-goal value names a known goal.")
public final class BusinessGoalUnknown implements DocumentRule {

    @Override
    public void check(ApiDocument document, RuleContext context) {
        for (GoalAssignment.UnknownGoal unknown : context.goals().unknown()) {
            context.reportValue(unknown.node(), unknown.message());
        }
    }
}
