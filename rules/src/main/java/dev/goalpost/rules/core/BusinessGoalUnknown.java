package dev.goalpost.rules.core;

import dev.goalpost.engine.DocumentRule;
import dev.goalpost.engine.RuleContext;
import dev.goalpost.engine.RuleInfo;
import dev.goalpost.engine.Severity;
import dev.goalpost.goal.GoalAssignment;
import dev.goalpost.model.ApiDocument;

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
