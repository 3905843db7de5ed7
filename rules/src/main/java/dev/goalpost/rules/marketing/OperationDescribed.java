package dev.goalpost.rules.marketing;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;

/** Each call explains itself in the catalogue, so a reader sees what it does for them without reading the schema. */
@RuleInfo(id = "marketing/operation-described", severity = Severity.WARNING,
        summary = "The operation has a non-empty summary and a non-empty description.")
public final class OperationDescribed implements OperationRule {

    @Override
    public void check(Operation operation, RuleContext context) {
        SpecNode summary = operation.get("summary");
        SpecNode description = operation.get("description");
        if (summary == null && description == null) {
            context.report(operation.node(), operation.label() + " has neither a `summary` nor a `description`; add a "
                    + "one-line `summary` for the catalogue and a `description` of what the call does for its caller");
            return;
        }
        checkMember(operation, summary, "summary", "a one-line `summary` for the catalogue", context);
        checkMember(operation, description, "description", "a `description` of what the call does for its caller",
                context);
    }

    private static void checkMember(Operation operation, SpecNode member, String name, String what,
            RuleContext context) {
        if (member == null) {
            context.report(operation.node(), operation.label() + " has no `" + name + "`; add " + what);
        } else if (member.text() == null || member.text().isBlank()) {
            context.reportValue(member, operation.label() + " has an empty `" + name + "`; write " + what);
        }
    }
}
