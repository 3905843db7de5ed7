package dev.goalpost.rules.core;

import dev.goalpost.api.DocumentRule;
import dev.goalpost.api.Goals;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.ApiDocument;

/**
 * Every {@code x-business-goal} value names a goal Goalpost knows (built-in, alias or custom). A document rule: it
 * judges the goal declarations the engine gathered from every level at once.
 */
@RuleInfo(id = "core/business-goal-unknown", severity = Severity.ERROR,
        summary = "Every x-business-goal value names a known goal.")
public final class BusinessGoalUnknown implements DocumentRule {

    @Override
    public void check(ApiDocument document, RuleContext context) {
        for (Goals.UnknownGoal unknown : context.goals().unknown()) {
            context.reportValue(unknown.node(), unknown.message());
        }
    }
}
