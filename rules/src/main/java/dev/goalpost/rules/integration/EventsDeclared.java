package dev.goalpost.rules.integration;

import dev.goalpost.api.OperationRule;
import dev.goalpost.api.RuleContext;
import dev.goalpost.api.RuleInfo;
import dev.goalpost.api.Severity;
import dev.goalpost.api.Vocabulary;
import dev.goalpost.api.model.Operation;
import dev.goalpost.api.model.SpecNode;

/** A call that changes state names the business events it emits, so other systems can follow without polling. */
@RuleInfo(id = "integration/events-declared", severity = Severity.ERROR,
        summary = "A POST, PUT, PATCH or DELETE names the business events it emits in x-events, or defines callbacks; "
                + "a POST that only reads (its path, operationId or summary says so) is exempt.")
@Vocabulary(members = {DeclaredEvents.EXTENSION, "callbacks"},
        missing = "no operation names the business events it emits",
        advice = "add `x-events: [<domain>.<action>]` (such as `order.created`) to each operation that changes state, "
                + "or define `callbacks`")
public final class EventsDeclared implements OperationRule {

    /** State-changing calls clients make: webhooks and callbacks are themselves events the API sends. */
    @Override
    public boolean appliesTo(Operation operation) {
        return operation.kind() == Operation.Kind.PATH && operation.changesState();
    }

    @Override
    public void check(Operation operation, RuleContext context) {
        SpecNode events = operation.get(DeclaredEvents.EXTENSION);
        if (!DeclaredEvents.of(operation).isEmpty()) {
            return;
        }
        if (events != null) {
            context.reportValue(events, operation.label() + " declares `x-events` but names no event in it; list the "
                    + "events it emits as `domain.action` names, such as `x-events: [order.created]`");
            return;
        }
        SpecNode callbacks = operation.get("callbacks");
        if (callbacks != null && !callbacks.keys().isEmpty()) {
            return;
        }
        context.report(operation.node(), operation.label() + " changes state but names no business event; add "
                + "`x-events: [<domain>.<action>]` (such as `order.created`) listing the events it emits, or define "
                + "`callbacks`");
    }
}
